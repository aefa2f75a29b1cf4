package dev.shixian.testkit;

import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a schedule (日程): the obligations a plan gives on a calendar. Obtain one with
 * {@link ShixianAssertions#assertThat(Schedule)}.
 *
 * <p>Example, the 兴义 2021 plan: task 7 (每季度一次, 市财政局) is due at the end of each quarter from the plan's
 * issue (06-24):
 * <pre>{@code
 * assertThat(schedule).hasObligation("xingyi-2021/7/2021-Q4@sczj")
 *         .task("7").hasObligationsDueOn("2021-06-30", "2021-09-30", "2021-12-31");
 * }</pre>
 * Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class ScheduleAssert extends AbstractAssert<ScheduleAssert, Schedule> {

    ScheduleAssert(Schedule actual) {
        super(actual, ScheduleAssert.class);
    }

    /**
     * Verifies that the schedule has an obligation with this id. Example:
     * {@code hasObligation("xingyi-2021/2@sczj")}.
     *
     * @param obligationId  the id, not null
     * @return this, for chaining
     */
    public ScheduleAssert hasObligation(String obligationId) {
        Objects.requireNonNull(obligationId, "obligationId");
        isNotNull();
        if (actual.find(obligationId).isEmpty()) {
            failWithMessage("%s", "\nExpecting the schedule of " + actual.plan().id() + " to have obligation "
                    + obligationId + " (义务)\nbut it has none with this id; ids of the same task: "
                    + sameTask(actual, obligationId));
        }
        return this;
    }

    /**
     * Continues with the obligations of one task (任务). Example: {@code task("4").hasObligationsDueOn("2021-06-30")}.
     *
     * @param taskId  the task's id as the plan numbers it, such as {@code 4}, not null
     * @return the assertion on the task's obligations, not null
     */
    public TaskAssert task(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        isNotNull();
        TaskAssert next = new TaskAssert(actual, taskId);
        return descriptionText().isEmpty() ? next : next.as(descriptionText());
    }

    /** The ids of the obligations of the task an id names (the part before the second '/'), at most ten. */
    static List<String> sameTask(Schedule schedule, String obligationId) {
        String[] parts = obligationId.split("/", 3);
        String task = parts.length >= 2 ? parts[1].split("[#@]", 2)[0] : obligationId;
        List<String> ids = new ArrayList<>();
        for (Obligation o : schedule.obligations(task)) {
            if (ids.size() == 10) {
                ids.add("…");
                break;
            }
            ids.add(o.id());
        }
        return ids;
    }
}
