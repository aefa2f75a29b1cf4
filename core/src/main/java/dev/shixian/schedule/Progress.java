package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress report (进度填报) on a long obligation: the share done, in percent, compared with the planned progress
 * (序时进度: the share of the obligation's span's working days elapsed) for warnings — by default 黄 when 10 to 30
 * points behind, 红 beyond ({@link SchedulePolicy#withProgressThresholds(int, int)}). The latest report as of a date
 * counts; progress not reported since is taken as unchanged.
 *
 * <p>Example: a span from 2024-03-01 to a due date 2024-03-29 holds 20 working days (Mar 4–29); as of 2024-03-15
 * 10 have elapsed, so the planned progress is 50 %; a report of 30 % is 20 points behind: 黄.
 * <pre>{@code
 * Progress.of("xingyi-2024/5@fgw", LocalDate.of(2024, 3, 15), 30);
 * }</pre>
 *
 * @param obligationId  the obligation's id, not null
 * @param date  the day of the report, not null
 * @param percent  the share done, 0 to 100; outside that is a bad record
 * @serial exclude
 */
public record Progress(String obligationId, LocalDate date, int percent) implements ObligationRecord {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that nothing is null.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the date, not null
     * @param percent  the share done in percent
     */
    public Progress {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(date, "date");
    }

    /**
     * A progress report. Example: {@code Progress.of(id, LocalDate.of(2024, 3, 1), 40)}.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the date, not null
     * @param percent  the share done in percent
     * @return the report, not null
     */
    public static Progress of(String obligationId, LocalDate date, int percent) {
        return new Progress(obligationId, date, percent);
    }
}
