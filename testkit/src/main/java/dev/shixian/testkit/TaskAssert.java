package dev.shixian.testkit;

import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Schedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the obligations of one task (任务) of a schedule. Obtain one with {@link ScheduleAssert#task(String)}.
 *
 * <p>Example, the 兴义 2021 plan: task 2 (9月底前, 市财政局) has one obligation, due Thursday 2021-09-30:
 * <pre>{@code
 * assertThat(schedule).task("2").hasObligationsDueOn("2021-09-30").hasObligationCount(1);
 * }</pre>
 * A failure lists each obligation of the task with its due date and how it was computed, in Chinese and English.
 * Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class TaskAssert extends AbstractAssert<TaskAssert, Schedule> {

    private final String taskId;

    TaskAssert(Schedule actual, String taskId) {
        super(actual, TaskAssert.class);
        this.taskId = Objects.requireNonNull(taskId, "taskId");
    }

    /**
     * Verifies the distinct due dates of the task's dated obligations: exactly these, in any order (several units
     * sharing a date count once). Example: {@code hasObligationsDueOn("2021-09-30")} for a 9月底前 task of three
     * units.
     *
     * @param dates  the expected due dates, such as {@code 2021-06-30}, not null
     * @return this, for chaining
     */
    public TaskAssert hasObligationsDueOn(String... dates) {
        Objects.requireNonNull(dates, "dates");
        TreeSet<LocalDate> expected = new TreeSet<>();
        for (String d : dates) {
            expected.add(Texts.date(d));
        }
        TreeSet<LocalDate> found = new TreeSet<>();
        for (Obligation o : obligations()) {
            o.dueDate().ifPresent(found::add);
        }
        if (!found.equals(expected)) {
            fail("to have obligations due on " + expected + "\nbut they are due on " + found);
        }
        return this;
    }

    /**
     * Verifies the number of the task's obligations, dated or not. Example: {@code hasObligationCount(4)} for a
     * 每季度 task of one unit over a whole year.
     *
     * @param expected  the expected number
     * @return this, for chaining
     */
    public TaskAssert hasObligationCount(int expected) {
        int n = obligations().size();
        if (n != expected) {
            fail(String.format(Locale.ROOT, "to have %d obligations (义务)%nbut it has %d", expected, n));
        }
        return this;
    }

    private List<Obligation> obligations() {
        isNotNull();
        List<Obligation> list = actual.obligations(taskId);
        if (list.isEmpty()) {
            failWithMessage("%s", "\nExpecting task " + taskId + " of plan " + actual.plan().id()
                    + " to have obligations\nbut the plan has no task " + taskId + " or it gives none (无此任务)");
        }
        return list;
    }

    private void fail(String expectation) {
        StringBuilder b = new StringBuilder("\nExpecting task ").append(taskId).append(" of plan ")
                .append(actual.plan().id()).append('\n').append(expectation).append("\nits obligations (义务):");
        for (Obligation o : actual.obligations(taskId)) {
            b.append("\n  ").append(o.id()).append(": ");
            if (o.due().isPresent()) {
                b.append(o.due().get().dueDate()).append('\n').append(Texts.explain(o.due().get(), "    "));
            } else {
                b.append(o.kind()).append(' ').append(o.reasonChinese().orElse("")).append(" / ")
                        .append(o.reason().orElse(""));
            }
        }
        failWithMessage("%s", b.toString());
    }
}
