package dev.shixian.testkit;

import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a status report (状态报告): the statuses of a schedule's obligations as of a date. Obtain one with
 * {@link ShixianAssertions#assertThat(StatusReport)}.
 *
 * <p>Example, the 兴义 plan as of Friday 2021-10-15: due Thu 09-30 and still open, overdue by Fri 10-08, adjusted
 * Sat 10-09 and Mon 10-11..Fri 10-15 = 7 working days:
 * <pre>{@code
 * assertThat(report).isAsOf("2021-10-15")
 *         .obligation("xingyi-2021/1#历史规划@szfbgs").hasDueDate("2021-09-30").isOverdueByWorkingDays(7);
 * }</pre>
 * Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class StatusReportAssert extends AbstractAssert<StatusReportAssert, StatusReport> {

    StatusReportAssert(StatusReport actual) {
        super(actual, StatusReportAssert.class);
    }

    /**
     * Verifies the date the report is as of (截至日期). Example: {@code isAsOf("2021-10-15")}.
     *
     * @param date  the expected date, such as {@code 2021-10-15}, not null
     * @return this, for chaining
     */
    public StatusReportAssert isAsOf(String date) {
        LocalDate d = Texts.date(date);
        isNotNull();
        if (!actual.asOf().equals(d)) {
            failWithMessage("%s", "\nExpecting the report to be as of " + Texts.day(d) + "\nbut it is as of "
                    + Texts.day(actual.asOf()));
        }
        return this;
    }

    /**
     * Verifies how many obligations have a status. Example: {@code hasCount(DueStatus.OVERDUE, 151)} for the 兴义
     * plan as of 2021-10-15.
     *
     * @param status  the status, not null
     * @param expected  the expected number of obligations
     * @return this, for chaining
     */
    public StatusReportAssert hasCount(DueStatus status, int expected) {
        Objects.requireNonNull(status, "status");
        isNotNull();
        int n = actual.counts().getOrDefault(status, 0);
        if (n != expected) {
            failWithMessage("%s", String.format(Locale.ROOT,
                    "%nExpecting %d obligations %s (%s) as of %s%nbut there are %d; all counts: %s", expected,
                    status.chinese(), status.english(), actual.asOf(), n, actual.counts()));
        }
        return this;
    }

    /**
     * Continues with the status of one obligation, whose failures also explain its due date. Example:
     * {@code obligation("xingyi-2021/2@sczj").isDoneLate()}.
     *
     * @param obligationId  the obligation's id, not null
     * @return the assertion on its status, not null
     */
    public ObligationStatusAssert obligation(String obligationId) {
        Objects.requireNonNull(obligationId, "obligationId");
        isNotNull();
        if (actual.schedule().find(obligationId).isEmpty()) {
            failWithMessage("%s", "\nExpecting the report as of " + actual.asOf() + " to have obligation "
                    + obligationId + " (义务)\nbut its schedule has none with this id; ids of the same task: "
                    + ScheduleAssert.sameTask(actual.schedule(), obligationId));
        }
        ObligationStatus status = actual.status(obligationId);
        ObligationStatusAssert next = new ObligationStatusAssert(status, actual.schedule().find(obligationId));
        return descriptionText().isEmpty() ? next : next.as(descriptionText());
    }
}
