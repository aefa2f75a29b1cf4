package dev.shixian.plan;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlinePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task (任务) of a plan: its number, where it sits in the outline, what must be done, its lead units (牵头单位)
 * and responsible units (责任单位) as references into the plan's {@link UnitDirectory}, and its time limit
 * (完成时限) both as the plan writes it and parsed into a {@link Deadline}; optionally labelled {@link TaskPart parts}
 * with time limits (and units) of their own, and a {@link DeadlinePolicy} of its own.
 *
 * <p>Example, task 23 of the 榕江县 2021 责任分解表: lead 县政府办, time limit 持续推进 (ongoing). Tasks are created
 * by {@link Plan.Builder#build()}, which parses and checks them: build them with {@link #builder(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Task {

    private final String id;
    private final List<String> section;
    private final String content;
    private final List<String> lead;
    private final List<String> responsible;
    private final String timeLimit;
    private final Deadline deadline;
    private final QuantityTarget quantity;
    private final String remarks;
    private final List<TaskPart> parts;
    private final DeadlinePolicy policy;

    Task(Builder b, Deadline deadline, List<TaskPart> parts, QuantityTarget quantity) {
        this.id = b.id;
        this.section = List.copyOf(b.section);
        this.content = b.content;
        this.lead = List.copyOf(b.lead);
        this.responsible = List.copyOf(b.responsible);
        this.timeLimit = b.timeLimit;
        this.deadline = deadline;
        this.quantity = quantity;
        this.remarks = b.remarks;
        this.parts = List.copyOf(parts);
        this.policy = b.policy;
    }

    /**
     * Starts a task.
     *
     * @param id  its number in the plan, such as {@code 3} or {@code 12.2}, not null
     * @return the builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The task's number in the plan.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The numbers of the headings the task sits under, outermost first, such as {@code [一、, (一)]}.
     *
     * @return the section path, not null, immutable, empty for a task outside the outline
     */
    public List<String> section() {
        return section;
    }

    /**
     * What must be done, as the plan writes it.
     *
     * @return the content, not null
     */
    public String content() {
        return content;
    }

    /**
     * The lead units (牵头单位) as written: unit ids, names or aliases, or group names. Empty when the plan names
     * none; {@link Plan#leadUnits(Task)} then falls back to the plan's addressees (主送机关).
     *
     * @return the references, not null, immutable
     */
    public List<String> lead() {
        return lead;
    }

    /**
     * The responsible units (责任单位) as written.
     *
     * @return the references, not null, immutable
     */
    public List<String> responsible() {
        return responsible;
    }

    /**
     * The time limit (完成时限) exactly as the plan writes it, such as {@code 形成起20日内}. For a task with
     * {@link #parts()}, the words of the table's column, kept as written and not parsed: the parts are their reading.
     *
     * @return the text, empty when the task has no time limit
     */
    public Optional<String> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /**
     * The parsed time limit. For a task with {@link #parts()}, the parts' deadlines, each
     * {@link dev.shixian.deadline.Labelled labelled}, as one {@link dev.shixian.deadline.Multiple} (or the one
     * labelled deadline of a single part). Example: task 19 of 局发〔2021〕5号 gives
     * {@code label "实施方案": by end of 2021-05; label "年度报告": by end of 2022-01}, due 2021-05-31 and 2022-01-31.
     *
     * @return the deadline, empty when the task has no time limit
     */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /**
     * The labelled parts, each with its own time limit and, where the document gives them, its own units.
     *
     * @return the parts in document order, not null, immutable, empty for a task with one time limit
     */
    public List<TaskPart> parts() {
        return parts;
    }

    /**
     * The task's own deadline policy, which replaces the plan's for this task (for example, 日 read as working days
     * for one task only). {@link Plan#policy(Task)} gives the policy in force.
     *
     * @return the policy, empty when the plan's applies
     */
    public Optional<DeadlinePolicy> policy() {
        return Optional.ofNullable(policy);
    }

    /**
     * The quantity the task must reach.
     *
     * @return the target, empty if none is stated
     */
    public Optional<QuantityTarget> quantity() {
        return Optional.ofNullable(quantity);
    }

    /**
     * Remarks (备注).
     *
     * @return the remarks, empty if none
     */
    public Optional<String> remarks() {
        return Optional.ofNullable(remarks);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Task o)) {
            return false;
        }
        return id.equals(o.id) && section.equals(o.section) && content.equals(o.content) && lead.equals(o.lead)
                && responsible.equals(o.responsible) && Objects.equals(timeLimit, o.timeLimit)
                && Objects.equals(deadline, o.deadline) && Objects.equals(quantity, o.quantity)
                && Objects.equals(remarks, o.remarks) && parts.equals(o.parts) && Objects.equals(policy, o.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, section, content, lead, responsible, timeLimit, quantity, remarks, parts);
    }

    /**
     * A summary such as {@code Task 3 [一、, (二)] lead [市政务服务中心] by 长期}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Task " + id + " " + section + " lead " + lead + (timeLimit == null ? "" : " by " + timeLimit);
    }

    /**
     * Builds a {@link Task}; checked and parsed by {@link Plan.Builder#build()}. Not thread-safe.
     */
    public static final class Builder {
        final String id;
        List<String> section = List.of();
        String content = "";
        final List<String> lead = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        String timeLimit;
        Deadline deadline;
        QuantityTarget quantity;
        String remarks;
        final List<TaskPart.Builder> parts = new ArrayList<>();
        DeadlinePolicy policy;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the section path.
         *
         * @param numbers  the heading numbers, outermost first, not null
         * @return this builder
         */
        public Builder section(List<String> numbers) {
            this.section = List.copyOf(numbers);
            return this;
        }

        /**
         * Sets what must be done.
         *
         * @param content  the task's text, not null
         * @return this builder
         */
        public Builder content(String content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        /**
         * Adds lead units (牵头单位).
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder lead(String... references) {
            return lead(List.of(references));
        }

        /**
         * Adds lead units (牵头单位).
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder lead(List<String> references) {
            references.forEach(r -> lead.add(Objects.requireNonNull(r, "reference")));
            return this;
        }

        /**
         * Adds responsible units (责任单位).
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder responsible(String... references) {
            return responsible(List.of(references));
        }

        /**
         * Adds responsible units (责任单位).
         *
         * @param references  unit ids, names or aliases, or group names, not null
         * @return this builder
         */
        public Builder responsible(List<String> references) {
            references.forEach(r -> responsible.add(Objects.requireNonNull(r, "reference")));
            return this;
        }

        /**
         * Sets the time limit as written, in Chinese or canonical form, such as {@code 印发后3个工作日内}; it is
         * parsed when the plan is built.
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

        /**
         * Sets the quantity target.
         *
         * @param quantity  the target, not null
         * @return this builder
         */
        public Builder quantity(QuantityTarget quantity) {
            this.quantity = Objects.requireNonNull(quantity, "quantity");
            return this;
        }

        /**
         * Adds a labelled part with its own time limit (and units). Example: task 19 of 局发〔2021〕5号 has
         * {@code part(TaskPart.builder("实施方案").timeLimit("2021年5月底前"))} from its body text and
         * {@code part(TaskPart.builder("年度报告").timeLimit("2022年1月底前"))} from its 完成时限 column.
         *
         * @param part  the part's builder, not null
         * @return this builder
         */
        public Builder part(TaskPart.Builder part) {
            parts.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        /**
         * Sets the task's own deadline policy, replacing the plan's for this task.
         *
         * @param taskPolicy  the policy, not null
         * @return this builder
         */
        public Builder policy(DeadlinePolicy taskPolicy) {
            this.policy = Objects.requireNonNull(taskPolicy, "taskPolicy");
            return this;
        }

        /**
         * Sets the remarks (备注).
         *
         * @param remarks  the remarks, not null
         * @return this builder
         */
        public Builder remarks(String remarks) {
            this.remarks = Objects.requireNonNull(remarks, "remarks");
            return this;
        }
    }
}
