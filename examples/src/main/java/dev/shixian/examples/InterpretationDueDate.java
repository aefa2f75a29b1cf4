package dev.shixian.examples;

import dev.shixian.calendar.DayKind;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.holidays.cn.HolidayNotice;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When is the policy interpretation (政策解读) of a document due? Plans such as the 榕江县 2021
 * 责任分解表 require it "印发后3个工作日内" — within three working days after issuance, the day of issuance not counted
 * (民法典第二百零一条). The program prints the due date and every day from issuance to it: which counted, which
 * were skipped and why (rest day, a holiday and its notice, an adjusted working day 调休上班).
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=dev.shixian.examples.InterpretationDueDate}
 * (default issue date 2021-09-30) or add {@code -Dexec.args="2024-09-27 3"} for another date and number of working
 * days. For 2021-09-30 it prints that
 * the interpretation is due Monday 2021-10-11, after the 国庆节 days off and the adjusted working Saturday 10-09.
 */
public final class InterpretationDueDate {

    private InterpretationDueDate() {
    }

    /**
     * Runs the example.
     *
     * @param args  optional issue date (yyyy-MM-dd, default 2021-09-30) and number of working days (default 3)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalDate issued;
        int days;
        try {
            issued = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2021, 9, 30);
            days = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        } catch (DateTimeParseException | NumberFormatException e) {
            System.err.println("Usage: InterpretationDueDate [yyyy-MM-dd] [working days]: " + e.getMessage());
            System.exit(2);
            return;
        }
        explain(ChinaCalendar.official(), issued, days).forEach(out::println);
    }

    /**
     * The lines the example prints: a heading, one line per day from issuance to the due date, the due date, and the
     * explanation that {@link Deadline#resolve} gives for {@code 印发后N个工作日内}.
     *
     * <p>Example: for 2021-09-30 and 3 working days the due line is
     * {@code Due: Mon 2021-10-11 (截止日期 2021-10-11)}.
     *
     * @param china  the calendar, not null
     * @param issued  the date the document was issued (印发), not null
     * @param workingDays  the number of working days allowed, at least 1
     * @return the lines, not null
     */
    public static List<String> explain(ChinaCalendar china, LocalDate issued, int workingDays) {
        Objects.requireNonNull(china, "china");
        Objects.requireNonNull(issued, "issued");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1 but was " + workingDays);
        }
        Deadline deadline = Deadline.parse("印发后" + workingDays + "个工作日内");
        DeadlineContext context = DeadlineContext.of(china).withYear(Year.of(issued.getYear()))
                .withEvent(Event.ISSUANCE, issued);
        Due resolved = deadline.resolve(context).get(0);
        LocalDate due = resolved.dueDate();
        List<String> lines = new ArrayList<>();
        lines.add("Policy interpretation (政策解读) of a document issued " + day(issued) + ": due within "
                + workingDays + " working days after issuance (印发后" + workingDays + "个工作日内).");
        lines.add("The day of issuance is not counted (民法典第二百零一条); calendar " + china + ".");
        lines.add(String.format(Locale.ROOT, "  %s  issued (day 0, not counted)", day(issued)));
        int count = 0;
        for (LocalDate d = issued.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            lines.add("  " + day(d) + "  " + describe(china, d, china.isWorkingDay(d) ? ++count : 0));
        }
        lines.add("Due: " + day(due) + " (截止日期 " + due + ")" + (resolved.isProvisional() ? " — provisional" : ""));
        lines.add("Deadline '" + deadline + "' (" + deadline.toChinese() + "):");
        lines.add("  " + resolved.explanation().toEnglish());
        lines.add("  " + resolved.explanation().toChinese());
        return lines;
    }

    private static String describe(ChinaCalendar china, LocalDate d, int count) {
        DayKind kind = china.dayKind(d);
        String notice = china.notice(d).map(HolidayNotice::citation).map(c -> ", " + c).orElse("");
        String name = china.holidayName(d).orElse("");
        switch (kind) {
            case WORKDAY:
                return "working day " + count;
            case ADJUSTED_WORKDAY:
                return "working day " + count + " (adjusted working day 调休上班 for " + name + notice + ")";
            case HOLIDAY:
                return "skipped: holiday " + name + " (放假" + notice + ")";
            case REST_DAY:
                return "skipped: rest day (周休息日)";
            default:
                throw new AssertionError(kind);
        }
    }

    private static String day(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d;
    }
}
