package dev.shixian.testkit;

import dev.shixian.calendar.DayKind;
import dev.shixian.deadline.Due;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationStatus;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as office workers write them, and the bilingual explanations shown in failure messages. */
final class Texts {

    /** 2021-10-11, 2021/10/11, 2021.10.11 or 2021年10月11日, with or without leading zeros. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:-|/|\\.|月)\\s*(\\d{1,2})\\s*日?");

    private Texts() {
    }

    /**
     * Reads a date written 2021-10-11, 2021/10/11, 2021.10.11 or 2021年10月11日.
     *
     * @throws IllegalArgumentException naming the text if it is not such a date
     */
    static LocalDate date(String text) {
        Objects.requireNonNull(text, "date");
        Matcher m = DATE.matcher(text.strip());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("'" + quote(text) + "' is not a date of the calendar: "
                        + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("'" + quote(text) + "' is not a date: expected yyyy-MM-dd such as "
                + "2021-10-11 (also 2021/10/11 or 2021年10月11日)");
    }

    /** At most 40 characters of a text, control characters escaped. */
    static String quote(String text) {
        String t = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A date with its day of the week: 2021-10-09 (Saturday, 周六). */
    static String day(LocalDate date) {
        return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA) + ")";
    }

    /** A day kind in Chinese and English: 调休上班 (adjusted working day). */
    static String kind(DayKind kind) {
        if (kind == DayKind.WORKDAY) {
            return "工作日 (working day)";
        } else if (kind == DayKind.REST_DAY) {
            return "休息日 (rest day)";
        } else if (kind == DayKind.HOLIDAY) {
            return "节假日放假 (holiday)";
        }
        return "调休上班 (adjusted working day)";
    }

    /** A due date's explanation, Chinese line then English line, each indented. */
    static String explain(Due due, String indent) {
        return indent + "中文：" + due.explanation().toChinese() + "\n" + indent + "English: "
                + due.explanation().toEnglish();
    }

    /** A status with its due date's explanation and its history, in Chinese and English. */
    static String explain(ObligationStatus status, Optional<Obligation> obligation) {
        StringBuilder b = new StringBuilder();
        b.append("\n  状态：").append(status.toChinese());
        b.append("\n  status: ").append(status.toEnglish());
        Optional<Due> due = obligation.flatMap(Obligation::due);
        if (due.isPresent()) {
            b.append("\n  截止日期的由来 / how the due date was computed:\n").append(explain(due.get(), "    "));
        }
        if (!status.history().isEmpty()) {
            b.append("\n  记录 / records:");
            for (HistoryEntry h : status.history()) {
                b.append("\n    - ").append(h.chinese()).append(" / ").append(h.english());
            }
        }
        return b.toString();
    }
}
