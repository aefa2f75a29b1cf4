package dev.shixian.plan;

import dev.shixian.internal.Snippet;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a plan, error or warning: where it is (a JSON path such as {@code $.tasks[3].lead[0]}, or a
 * line and column for malformed JSON), the id of the task it is in, if any, and what is wrong. Example:
 * {@code $.tasks[3].lead[0] (task "4"): unknown unit '市统计局'; expected a unit id, name or alias or a group name
 * (nearest: 市财政局, 市司法局)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanProblem {

    private final String path;
    private final String taskId;
    private final String reason;

    /**
     * A problem outside any task.
     *
     * @param path  the JSON path of the offending value, not null
     * @param reason  what is wrong and what was expected, not null
     */
    public PlanProblem(String path, String reason) {
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.taskId = null;
    }

    /**
     * A problem inside a task.
     *
     * @param path  the JSON path of the offending value, such as {@code $.tasks[1].deadline}, not null
     * @param taskId  the id of the task, as the plan writes it, not null
     * @param reason  what is wrong and what was expected, not null
     */
    public PlanProblem(String path, String taskId, String reason) {
        this.path = Objects.requireNonNull(path, "path");
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The JSON path of the offending value, such as {@code $.tasks[1].parts[0].lead[0]}, or {@code line 2,
     * column 12} for malformed JSON.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * The id of the task the problem is in.
     *
     * @return the task's id, empty for a problem outside the tasks (or in a task with no usable id)
     */
    public Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    /**
     * What is wrong and what was expected.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * The path with the task's id beside it: {@code $.tasks[1] (task "2")}, or the path alone.
     *
     * @return the location, not null
     */
    public String location() {
        return taskId == null ? path : path + " (task \"" + Snippet.of(taskId) + "\")";
    }

    /**
     * Compares path, task id and reason.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PlanProblem o)) {
            return false;
        }
        return path.equals(o.path) && Objects.equals(taskId, o.taskId) && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, taskId, reason);
    }

    /**
     * The problem as {@code location: reason}, such as {@code $.tasks[1].deadline (task "2"): cannot read …}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return location() + ": " + reason;
    }
}
