package dev.shixian.holidays.cn.internal;

import dev.shixian.holidays.cn.HolidayDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The shipped table of festival dates ({@code festivals.txt}): for each Gregorian year, 春节 (正月初一), 清明,
 * 端午 (五月初五) and 中秋 (八月十五), in Beijing time. Read once, on first use.
 */
public final class FestivalTable {

    /** The resource holding the table, beside {@code ChinaCalendar}. */
    public static final String RESOURCE = "/dev/shixian/holidays/cn/festivals.txt";

    private static final class Holder {
        static final FestivalTable INSTANCE = load();
    }

    private final int firstYear;
    /** Per year from firstYear: four dates as day-of-year (1-based), in column order. */
    private final short[][] days;

    private FestivalTable(int firstYear, short[][] days) {
        this.firstYear = firstYear;
        this.days = days;
    }

    /**
     * The shipped table.
     *
     * @return the table, not null
     */
    public static FestivalTable shipped() {
        return Holder.INSTANCE;
    }

    /**
     * The first year in the table.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last year in the table.
     *
     * @return the year
     */
    public int lastYear() {
        return firstYear + days.length - 1;
    }

    /**
     * The festival dates of a year.
     *
     * @param year  the Gregorian year
     * @return the dates, empty if the year is outside the table
     */
    public Optional<FestivalDates> year(int year) {
        int i = year - firstYear;
        if (i < 0 || i >= days.length) {
            return Optional.empty();
        }
        short[] d = days[i];
        return Optional.of(new FestivalDates(LocalDate.ofYearDay(year, d[0]), LocalDate.ofYearDay(year, d[1]),
                LocalDate.ofYearDay(year, d[2]), LocalDate.ofYearDay(year, d[3])));
    }

    private static FestivalTable load() {
        InputStream in = FestivalTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE + " from the shixian-holidays-cn jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a table in the {@code festivals.txt} format: comment lines start with {@code #}; each other line is
     * {@code YEAR MM-dd MM-dd MM-dd MM-dd} (春节, 清明, 端午, 中秋), years consecutive.
     *
     * @param reader  the text, not null
     * @param source  the source name for messages, not null
     * @return the table, not null
     * @throws IOException if reading fails
     * @throws HolidayDataException if the text is malformed
     */
    static FestivalTable read(BufferedReader reader, String source) throws IOException {
        java.util.List<short[]> rows = new java.util.ArrayList<>();
        int first = -1;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+");
            String where = "line " + lineNumber;
            if (parts.length != 5) {
                throw new HolidayDataException(source, where,
                        "expected 'YEAR MM-dd MM-dd MM-dd MM-dd' (春节 清明 端午 中秋) but found '" + text + "'");
            }
            int year;
            try {
                year = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                throw new HolidayDataException(source, where, "expected a year but found '" + parts[0] + "'");
            }
            if (first < 0) {
                first = year;
            } else if (year != first + rows.size()) {
                throw new HolidayDataException(source, where,
                        "expected year " + (first + rows.size()) + " but found " + year);
            }
            short[] row = new short[4];
            for (int c = 0; c < 4; c++) {
                try {
                    row[c] = (short) MonthDay.parse("--" + parts[c + 1]).atYear(year).getDayOfYear();
                } catch (DateTimeException e) {
                    throw new HolidayDataException(source, where,
                            "expected a date MM-dd in column " + (c + 2) + " but found '" + parts[c + 1] + "'");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new HolidayDataException(source, "line " + lineNumber, "the festival table has no rows");
        }
        return new FestivalTable(first, rows.toArray(new short[0][]));
    }

    /**
     * The festival dates of one Gregorian year.
     *
     * @param springFestival  春节, 正月初一
     * @param qingming  清明, the day of the solar term
     * @param dragonBoat  端午, 五月初五
     * @param midAutumn  中秋, 八月十五
     */
    public record FestivalDates(LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat,
            LocalDate midAutumn) {
    }
}
