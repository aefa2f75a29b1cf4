package dev.shixian.plan;

import java.util.Objects;

/**
 * One problem found in a plan, error or warning: where it is (a JSON path such as {@code $.tasks[3].lead[0]}) and
 * what is wrong. Example: {@code $.tasks[3].lead[0]: unknown unit '市统计局'; expected a unit id, name or alias or a
 * group name}.
 *
 * @param path  the JSON path of the offending value, not null
 * @param reason  what is wrong and what was expected, not null
 */
public record PlanProblem(String path, String reason) {

    /**
     * Validates the parts.
     *
     * @param path  the JSON path, not null
     * @param reason  the reason, not null
     */
    public PlanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The problem as {@code path: reason}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
