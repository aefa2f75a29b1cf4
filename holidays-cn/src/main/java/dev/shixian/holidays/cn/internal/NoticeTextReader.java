package dev.shixian.holidays.cn.internal;

import dev.shixian.holidays.cn.HolidayDataException;
import dev.shixian.holidays.cn.HolidayNotice;
import dev.shixian.holidays.cn.NoticeDay;
import dev.shixian.internal.Snippet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the project's own notice text format. Fails fast on the first error with the source and line, quoting at
 * most a short escaped window of the line ({@link Snippet}). Linear in the input. Several blocks of one year are
 * returned as they are; how they combine is {@code ChinaCalendar}'s rule (see its class documentation, "Several
 * notices of one year").
 */
public final class NoticeTextReader {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final String source;
    private int lineNumber;

    private NoticeTextReader(String source) {
        this.source = source;
    }

    /**
     * Reads every notice block.
     *
     * @param text  the decoded text ({@link NoticeInput}), not null
     * @param source  the name of the source for messages, not null
     * @return the notices in file order, not null
     * @throws HolidayDataException if the text is malformed
     */
    public static List<HolidayNotice> read(String text, String source) {
        return new NoticeTextReader(source).readAll(new StringReader(text));
    }

    private HolidayDataException error(String reason) {
        return new HolidayDataException(source, "line " + lineNumber, reason);
    }

    private List<HolidayNotice> readAll(StringReader reader) {
        List<HolidayNotice> notices = new ArrayList<>();
        Block block = null;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = SPACES.split(text, 2);
                String key = parts[0];
                String rest = parts.length > 1 ? parts[1].strip() : "";
                if (key.equals("notice")) {
                    if (block != null) {
                        throw error("'notice " + quote(rest) + "' starts before notice " + block.year
                                + " (line " + block.startLine + ") is closed by 'end'");
                    }
                    if (!YEAR.matcher(rest).matches()) {
                        throw error("expected 'notice YYYY' with a four-digit year but found '" + quote(text) + "'");
                    }
                    block = new Block(Year.of(Integer.parseInt(rest)), lineNumber);
                    continue;
                }
                if (block == null) {
                    throw error("expected 'notice YYYY' to start a block but found '" + quote(text) + "'");
                }
                switch (key) {
                    case "title":
                        block.title = single(block.title, "title", rest);
                        break;
                    case "number":
                        block.number = single(block.number, "number", rest);
                        break;
                    case "published":
                        if (block.published != null) {
                            throw error("notice " + block.year + " has a second 'published' line");
                        }
                        block.published = date(rest, "published");
                        break;
                    case "off":
                        days(block, rest, true);
                        break;
                    case "work":
                        days(block, rest, false);
                        break;
                    case "end":
                        if (!rest.isEmpty()) {
                            throw error("expected 'end' alone on its line but found '" + quote(text) + "'");
                        }
                        notices.add(finish(block));
                        block = null;
                        break;
                    default:
                        throw error("unknown key '" + quote(key)
                                + "'; expected one of notice, title, number, published, off, work, end");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday notices from " + source, e);
        }
        if (block != null) {
            throw error("notice " + block.year + " opened at line " + block.startLine + " is not closed by 'end'");
        }
        if (notices.isEmpty()) {
            throw error("expected at least one 'notice YYYY' block");
        }
        return notices;
    }

    private static String quote(String text) {
        return Snippet.of(text);
    }

    private String single(String existing, String key, String value) {
        if (existing != null) {
            throw error("second '" + key + "' line in one notice");
        }
        if (value.isEmpty()) {
            throw error("'" + key + "' needs a value");
        }
        return value;
    }

    private LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected " + what + " as a date yyyy-MM-dd but found '" + quote(text) + "'");
        }
    }

    private void days(Block block, String rest, boolean off) {
        String[] parts = SPACES.split(rest, 2);
        String keyword = off ? "off" : "work";
        if (parts.length < 2 || parts[1].isBlank()) {
            throw error("expected '" + keyword + " DATE" + (off ? "[..DATE]" : "") + " HOLIDAY' but found '"
                    + quote(keyword + " " + rest) + "'");
        }
        String name = parts[1].strip();
        if (SPACES.matcher(name).find()) {
            throw error("holiday name '" + quote(name) + "' must be one word");
        }
        String problem = HolidayNames.problem(name);
        if (problem != null) {
            throw error("holiday name '" + quote(name) + "' " + problem);
        }
        LocalDate start;
        LocalDate end;
        int dots = parts[0].indexOf("..");
        if (dots >= 0) {
            if (!off) {
                throw error("a 'work' line names one date, but found the range '" + quote(parts[0]) + "'");
            }
            start = date(parts[0].substring(0, dots), "the range's start");
            end = date(parts[0].substring(dots + 2), "the range's end");
            if (!end.isAfter(start)) {
                throw error("range " + quote(parts[0]) + " must end after it starts");
            }
        } else {
            start = date(parts[0], "the date");
            end = start;
        }
        if (!block.names.contains(name)) {
            if (block.names.size() >= HolidayNotice.MAX_HOLIDAY_NAMES) {
                throw error("notice " + block.year + " names more than " + HolidayNotice.MAX_HOLIDAY_NAMES
                        + " holidays; '" + quote(name) + "' would be one more");
            }
            block.names.add(name);
        }
        LocalDate earliest = HolidayNotice.earliestDay(block.year);
        LocalDate latest = HolidayNotice.latestDay(block.year);
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.isBefore(earliest) || d.isAfter(latest)) {
                throw error("date " + d + " is too far from the notice's year " + block.year
                        + " (expected " + earliest + ".." + latest + ")");
            }
            if (!off && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw error("adjusted working day " + d + " is a " + d.getDayOfWeek()
                        + ", but only a weekend day can be made a working day");
            }
            Integer previous = block.lines.putIfAbsent(d, lineNumber);
            if (previous != null) {
                throw error("date " + d + " is already named at line " + previous);
            }
            block.days.add(new NoticeDay(d, off, name));
        }
    }

    private HolidayNotice finish(Block block) {
        if (block.title == null) {
            throw error("notice " + block.year + " (line " + block.startLine + ") has no 'title'");
        }
        if (block.number == null) {
            throw error("notice " + block.year + " (line " + block.startLine + ") has no 'number' (文号)");
        }
        if (block.days.isEmpty()) {
            throw error("notice " + block.year + " (line " + block.startLine + ") names no days");
        }
        HolidayNotice notice = HolidayNotice.of(block.year, block.title, source, block.days)
                .withDocumentNumber(block.number);
        return block.published == null ? notice : notice.withPublished(block.published);
    }

    /** A notice being read. */
    private static final class Block {
        final Year year;
        final int startLine;
        String title;
        String number;
        LocalDate published;
        final List<NoticeDay> days = new ArrayList<>();
        final Map<LocalDate, Integer> lines = new HashMap<>();
        final Set<String> names = new HashSet<>();

        Block(Year year, int startLine) {
            this.year = year;
            this.startLine = startLine;
        }
    }
}
