package dev.shixian.plan;

import dev.shixian.deadline.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A labelled part of a task (分项) with its own time limit and, where the document gives them, its own lead units
 * (牵头单位) and responsible units (责任单位). A task has parts when its time limit splits between units or between
 * the table's columns and its body text.
 *
 * <p>Example, task 12 of the 兴义市2021年政务公开工作要点: the 完成时限 column reads "门户网站重点信息栏目端口开通的
 * 市级部门每2个月不少于1篇。乡镇(街道)重点领域信息,每月4个不同工作方面的信息不少于1篇。", two parts:
 * <pre>{@code
 * TaskPart.builder("市级部门").lead("市直有关部门").timeLimit("每2个月不少于1篇")     // due 2021-08-31, 10-31, 12-31 …
 * TaskPart.builder("乡镇(街道)").lead("各乡镇<街道>").timeLimit("每月不少于4篇")    // due at each month's end
 * }</pre>
 * A part with no lead (or responsible) units of its own has the task's: {@link Plan#leadUnits(Task, TaskPart)}.
 * Parts are created by {@link Plan.Builder#build()}, which parses and checks them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaskPart {

    private final String label;
    private final List<String> lead;
    private final List<String> responsible;
    private final String timeLimit;
    private final Deadline deadline;

    TaskPart(Builder b, Deadline deadline) {
        this.label = b.label;
        this.lead = List.copyOf(b.lead);
        this.responsible = List.copyOf(b.responsible);
        this.timeLimit = b.timeLimit;
        this.deadline = deadline;
    }

    /**
     * Starts a part.
     *
     * @param label  what the part covers, such as 市级部门 or 实施方案; a valid {@link dev.shixian.deadline.Labelled}
     *     label (NFKC, no separators); not null
     * @return the builder, not null
     */
    public static Builder builder(String label) {
        return new Builder(label);
    }

    /**
     * What the part covers, such as 市级部门.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * The part's own lead units (牵头单位) as written; empty when the part has the task's.
     *
     * @return the references, not null, immutable
     */
    public List<String> lead() {
        return lead;
    }

    /**
     * The part's own responsible units (责任单位) as written; empty when the part has the task's.
     *
     * @return the references, not null, immutable
     */
    public List<String> responsible() {
        return responsible;
    }

    /**
     * The part's time limit as written, such as {@code 每2个月不少于1篇}.
     *
     * @return the text, not null
     */
    public String timeLimit() {
        return timeLimit;
    }

    /**
     * The parsed time limit: one deadline, neither labelled nor multiple.
     *
     * @return the deadline, not null
     */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * Compares label, units and time limit.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof TaskPart o)) {
            return false;
        }
        return label.equals(o.label) && lead.equals(o.lead) && responsible.equals(o.responsible)
                && timeLimit.equals(o.timeLimit) && deadline.equals(o.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, lead, responsible, timeLimit);
    }

    /**
     * A summary such as {@code 市级部门: 每2个月不少于1篇 lead [市直有关部门]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return label + ": " + timeLimit + (lead.isEmpty() ? "" : " lead " + lead);
    }

    /**
     * Builds a {@link TaskPart}; checked and parsed by {@link Plan.Builder#build()}. Not thread-safe.
     */
    public static final class Builder {
        final String label;
        final List<String> lead = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        String timeLimit = "";
        Deadline deadline;

        private Builder(String label) {
            this.label = Objects.requireNonNull(label, "label");
        }

        /**
         * Adds the part's own lead units.
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder lead(String... references) {
            return lead(List.of(references));
        }

        /**
         * Adds the part's own lead units.
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder lead(List<String> references) {
            references.forEach(r -> lead.add(Objects.requireNonNull(r, "reference")));
            return this;
        }

        /**
         * Adds the part's own responsible units.
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder responsible(String... references) {
            return responsible(List.of(references));
        }

        /**
         * Adds the part's own responsible units.
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder responsible(List<String> references) {
            references.forEach(r -> responsible.add(Objects.requireNonNull(r, "reference")));
            return this;
        }

        /**
         * Sets the time limit as written, such as {@code 2021年5月底前}; parsed when the plan is built.
         *
         * @param timeLimit  the text, not null
         * @return this builder
         */
        public Builder timeLimit(String timeLimit) {
            this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
            this.deadline = null;
            return this;
        }

        /**
         * Sets the time limit as a deadline value; its text is the deadline's Chinese form.
         *
         * @param deadline  the deadline, not null
         * @return this builder
         */
        public Builder deadline(Deadline deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline");
            this.timeLimit = deadline.toChinese();
            return this;
        }

        /** The deadline given as a value, if any. */
        Optional<Deadline> given() {
            return Optional.ofNullable(deadline);
        }
    }
}
