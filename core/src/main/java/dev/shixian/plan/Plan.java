package dev.shixian.plan;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.Event;
import dev.shixian.internal.Snippet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A work plan (工作要点, 实施方案, 任务分解表): its identity, issuing unit (发文单位), document number (文号), issue date,
 * year and window, the dates of named events (issuance …), its {@link DeadlinePolicy}, the units it names and the
 * groups that stand for many of them, its outline and its tasks.
 *
 * <p>Example: the 兴义市2021年政务公开工作要点, issued 2021-06-24 by 兴义市人民政府办公室, year 2021, window
 * 2021-06-24..2021-12-31, 33 tasks. Built with {@link #builder(String)} or read from a plan file with
 * {@code dev.shixian.plan.json.PlanFiles} (module shixian-jackson); {@link Builder#build()} checks everything in one place.
 *
 * <p>A task that names no lead unit is led by the plan's addressees (主送机关), the units the plan is sent to: that
 * is what such a plan means. A task with no lead and a plan with no addressees is an error.
 *
 * <p>Limits, beyond which a plan is refused with the JSON path of the offending value: at most
 * {@value #MAX_TASKS} tasks, {@value #MAX_PARTS} parts per task, sections nested {@value #MAX_SECTION_DEPTH} levels
 * deep, time limits of {@value #MAX_TIME_LIMIT_LENGTH} characters, and years (of the plan and of every date) from
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}. Checking a plan takes time linear in its size.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Plan {

    /** The most tasks a plan may have. */
    public static final int MAX_TASKS = 10_000;
    /** The most labelled parts a task may have. */
    public static final int MAX_PARTS = 100;
    /** The deepest nesting of the outline: 一、 (一) 1. (1) and four more levels. */
    public static final int MAX_SECTION_DEPTH = 8;
    /** The longest time limit (a table cell) read, in characters. */
    public static final int MAX_TIME_LIMIT_LENGTH = 1_000;
    /** The earliest year of a plan or of any date in it. */
    public static final int MIN_YEAR = 1000;
    /** The latest year of a plan or of any date in it. */
    public static final int MAX_YEAR = 9999;

    private final String id;
    private final String title;
    private final String issuer;
    private final String documentNumber;
    private final LocalDate issued;
    private final Year year;
    private final LocalDateRange window;
    private final boolean windowGiven;
    private final Map<Event, LocalDate> events;
    private final DeadlinePolicy policy;
    private final boolean policyGiven;
    private final List<String> addressees;
    private final UnitDirectory units;
    private final List<Section> sections;
    private final List<Task> tasks;
    private final List<String> notes;
    private final List<PlanProblem> warnings;
    private final boolean lenientDeadlines;
    private final Map<String, Task> tasksById = new HashMap<>();

    private Plan(Builder b, PlanValidator.Result checked) {
        this.id = b.id;
        this.title = b.title;
        this.issuer = b.issuer;
        this.documentNumber = b.documentNumber;
        this.issued = b.issued;
        this.year = b.year;
        this.windowGiven = b.windowStart != null;
        this.window = checked.window();
        this.events = Collections.unmodifiableMap(new LinkedHashMap<>(checked.events()));
        this.policyGiven = b.policy != null;
        this.policy = policyGiven ? b.policy : DeadlinePolicy.defaults();
        this.addressees = List.copyOf(b.addressees);
        this.units = checked.units();
        this.sections = List.copyOf(b.sections);
        this.tasks = List.copyOf(checked.tasks());
        this.notes = List.copyOf(b.notes);
        this.warnings = List.copyOf(checked.warnings());
        this.lenientDeadlines = b.lenientDeadlines;
        tasks.forEach(t -> tasksById.put(t.id(), t));
    }

    /**
     * Starts a plan.
     *
     * @param id  a short id, such as {@code xingyi-2021}, not null
     * @return the builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The plan's id, such as {@code xingyi-2021}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The plan's title, such as 兴义市2021年政务公开工作要点.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * The issuing unit (发文单位), such as 兴义市人民政府办公室.
     *
     * @return the issuer, empty if the document does not say
     */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /**
     * The document number (文号), such as 黔府办函〔2020〕23号.
     *
     * @return the number, empty if the document has none
     */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /**
     * The issue date (印发日期).
     *
     * @return the date, empty if the document does not give it
     */
    public Optional<LocalDate> issued() {
        return Optional.ofNullable(issued);
    }

    /**
     * The plan's year: a time limit without a year (12月底前) takes this one.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The window in which the plan's obligations run, both ends inclusive: by default from the issue date (or
     * 1 January when there is none) to 31 December of the plan's year. Recurring obligations have periods from the
     * one containing the window's start to the window's end.
     *
     * @return the window, not null
     */
    public LocalDateRange window() {
        return window;
    }

    /**
     * The dates of events, such as {@code Event.ISSUANCE → 2021-06-24}. A plan file or builder names an event by
     * its id ({@code issuance}) or Chinese word (印发), or by the name of an event one of its time limits declares
     * ({@code “公示结束”之日起20日内} declares 公示结束); any other name is an error.
     *
     * @return the events and their dates, not null, immutable, in the order given
     */
    public Map<Event, LocalDate> events() {
        return events;
    }

    /**
     * The plan's deadline policy: whether 日 means working days (条例第二十六条's 20 days after formation are
     * working days), whether fixed dates and period ends roll forward, the default for 及时. Example: the 兴义 plan
     * sets {@code calendarDaysAsWorkingDays}, so 形成起20日内 from Thursday 2021-07-01 is due on Thursday 2021-07-29.
     *
     * @return the policy, {@link DeadlinePolicy#defaults()} when the plan sets none, not null
     */
    public DeadlinePolicy policy() {
        return policy;
    }

    /**
     * Whether the plan sets its policy; when it does not, and no task sets its own, a time limit of N日 after
     * formation or change gets a warning.
     *
     * @return true if the plan file or builder gave a policy
     */
    public boolean hasExplicitPolicy() {
        return policyGiven;
    }

    /**
     * The policy in force for a task: its own, else the plan's.
     *
     * @param task  a task of this plan, not null
     * @return the policy, not null
     */
    public DeadlinePolicy policy(Task task) {
        return Objects.requireNonNull(task, "task").policy().orElse(policy);
    }

    /**
     * The addressees (主送机关): the units and groups the plan is sent to, who lead every task that names no lead.
     *
     * @return the references, not null, immutable
     */
    public List<String> addressees() {
        return addressees;
    }

    /**
     * The plan's units and groups.
     *
     * @return the directory, not null
     */
    public UnitDirectory units() {
        return units;
    }

    /**
     * The outline (一、 (一) 1. (1)).
     *
     * @return the top-level sections, not null, immutable
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The tasks, in document order.
     *
     * @return the tasks, not null, immutable
     */
    public List<Task> tasks() {
        return tasks;
    }

    /**
     * Finds a task by id.
     *
     * @param taskId  the task's number, not null
     * @return the task, empty if there is none
     */
    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasksById.get(Objects.requireNonNull(taskId, "taskId")));
    }

    /**
     * Notes about the plan or its transcription.
     *
     * @return the notes, not null, immutable
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The warnings found when the plan was built: things that are allowed but probably wrong, such as a fixed or
     * recurring due date before the issue date, an event a deadline names that the plan never dates, or 日 counted
     * from formation without the plan saying whether it means working days.
     *
     * @return the warnings, not null, immutable
     */
    public List<PlanProblem> warnings() {
        return warnings;
    }

    /**
     * The concrete lead units (牵头单位) of a task as its own lead cell names them, groups expanded; the plan's
     * addressees when the task names none. The units of each part are {@link #leadUnits(Task, TaskPart)}.
     *
     * @param task  a task of this plan, not null
     * @return the units, not null, immutable
     */
    public Set<Unit> leadUnits(Task task) {
        Objects.requireNonNull(task, "task");
        return units.resolveAll(task.lead().isEmpty() ? addressees : task.lead());
    }

    /**
     * The concrete responsible units (责任单位) of a task, groups expanded.
     *
     * @param task  a task of this plan, not null
     * @return the units, not null, immutable
     */
    public Set<Unit> responsibleUnits(Task task) {
        return units.resolveAll(Objects.requireNonNull(task, "task").responsible());
    }

    /**
     * The concrete lead units of one part of a task: the part's own, else the task's (else the addressees).
     * Example: in task 12 of the 兴义 plan, the part 市级部门 is led by the 市直有关部门 and the part 乡镇(街道) by
     * 各乡镇&lt;街道&gt;, each with its own frequency.
     *
     * @param task  a task of this plan, not null
     * @param part  one of the task's parts, not null
     * @return the units, not null, immutable
     * @throws IllegalArgumentException if the part is not the task's
     */
    public Set<Unit> leadUnits(Task task, TaskPart part) {
        requirePart(task, part);
        return part.lead().isEmpty() ? leadUnits(task) : units.resolveAll(part.lead());
    }

    /**
     * The concrete responsible units of one part of a task: the part's own, else the task's.
     *
     * @param task  a task of this plan, not null
     * @param part  one of the task's parts, not null
     * @return the units, not null, immutable
     * @throws IllegalArgumentException if the part is not the task's
     */
    public Set<Unit> responsibleUnits(Task task, TaskPart part) {
        requirePart(task, part);
        return part.responsible().isEmpty() ? responsibleUnits(task) : units.resolveAll(part.responsible());
    }

    private static void requirePart(Task task, TaskPart part) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(part, "part");
        if (!task.parts().contains(part)) {
            throw new IllegalArgumentException("Part '" + part.label() + "' is not a part of task " + task.id());
        }
    }

    /**
     * A deadline context for this plan on a calendar: the plan's year, window, policy and every dated event.
     * Example: for the 贵州省2020年政务公开工作要点 (issued 2020-04-09), {@code 本要点正式印发后的20个工作日内} resolves
     * in this context to 2020-05-09, an adjusted working Saturday.
     *
     * @param calendar  the working-day calendar, not null
     * @return the context, not null
     */
    public DeadlineContext deadlineContext(WorkingCalendar calendar) {
        DeadlineContext context = DeadlineContext.of(calendar).withYear(year)
                .withWindow(window.getStart(), window.getEndInclusive()).withPolicy(policy);
        for (Map.Entry<Event, LocalDate> event : events.entrySet()) {
            context = context.withEvent(event.getKey(), event.getValue());
        }
        return context;
    }

    /**
     * The deadline context for one task: the plan's, with the policy in force for the task ({@link #policy(Task)}).
     * Example: in the 兴义 plan, whose policy reads 日 as working days, task 5's 形成起20日内 with formation on
     * 2021-07-01 is due 2021-07-29.
     *
     * @param calendar  the working-day calendar, not null
     * @param task  a task of this plan, not null
     * @return the context, not null
     */
    public DeadlineContext deadlineContext(WorkingCalendar calendar, Task task) {
        return deadlineContext(calendar).withPolicy(policy(task));
    }

    /**
     * Whether the plan's time limits are read leniently: a cell that holds words besides its time limit
     * ("检查于6月底完成。") gives the deadline it contains, and a warning lists the text that was ignored. Off by
     * default: then such a cell is an error.
     *
     * @return true if time limits are read leniently
     */
    public boolean lenientDeadlines() {
        return lenientDeadlines;
    }

    /**
     * Whether the window was given explicitly rather than defaulted.
     *
     * @return true if the plan file or builder set the window
     */
    public boolean hasExplicitWindow() {
        return windowGiven;
    }

    /**
     * Compares plans by every part but the warnings, which follow from the rest.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Plan o)) {
            return false;
        }
        return id.equals(o.id) && title.equals(o.title) && Objects.equals(issuer, o.issuer)
                && Objects.equals(documentNumber, o.documentNumber) && Objects.equals(issued, o.issued)
                && year.equals(o.year) && window.equals(o.window) && windowGiven == o.windowGiven
                && lenientDeadlines == o.lenientDeadlines && policy.equals(o.policy) && policyGiven == o.policyGiven
                && events.equals(o.events) && addressees.equals(o.addressees) && units.equals(o.units)
                && sections.equals(o.sections) && tasks.equals(o.tasks) && notes.equals(o.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, year, tasks);
    }

    /**
     * A summary such as {@code Plan[xingyi-2021 兴义市2021年政务公开工作要点, 33 tasks]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Plan[" + id + " " + title + ", " + tasks.size() + " tasks]";
    }

    /** An event as given to the builder: by name (checked when the plan is built) or as an {@link Event}. */
    record EventEntry(String name, Event event, LocalDate date) {
    }

    /**
     * Builds a {@link Plan}; {@link #check()} and {@link #build()} are the one place where a plan is validated.
     * Problems carry the JSON path they would have in a plan file ({@code $.tasks[3].lead[0]}) and the task's id.
     * Not thread-safe.
     */
    public static final class Builder {
        final String id;
        String title = "";
        String issuer;
        String documentNumber;
        LocalDate issued;
        Year year;
        LocalDate windowStart;
        LocalDate windowEnd;
        final List<EventEntry> events = new ArrayList<>();
        final List<String> addressees = new ArrayList<>();
        final List<Unit> unitList = new ArrayList<>();
        final List<UnitGroup> groups = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        final List<Task.Builder> tasks = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean lenientDeadlines;
        DeadlinePolicy policy;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the title.
         *
         * @param title  the title, not null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the issuing unit (发文单位).
         *
         * @param issuer  the issuer, not null
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /**
         * Sets the document number (文号).
         *
         * @param documentNumber  the number, such as 黔府办函〔2020〕23号, not null
         * @return this builder
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber");
            return this;
        }

        /**
         * Sets the issue date (印发日期); it does not by itself date the issuance event.
         *
         * @param issued  the date, not null
         * @return this builder
         */
        public Builder issued(LocalDate issued) {
            this.issued = Objects.requireNonNull(issued, "issued");
            return this;
        }

        /**
         * Sets the plan's year, {@value Plan#MIN_YEAR} to {@value Plan#MAX_YEAR} (checked when built).
         *
         * @param year  the year, not null
         * @return this builder
         */
        public Builder year(Year year) {
            this.year = Objects.requireNonNull(year, "year");
            return this;
        }

        /**
         * Sets the window explicitly, both ends inclusive.
         *
         * @param startInclusive  the start, not null
         * @param endInclusive  the end, not null
         * @return this builder
         */
        public Builder window(LocalDate startInclusive, LocalDate endInclusive) {
            this.windowStart = Objects.requireNonNull(startInclusive, "startInclusive");
            this.windowEnd = Objects.requireNonNull(endInclusive, "endInclusive");
            return this;
        }

        /**
         * Dates an event given by name: a built-in event's id or Chinese word ({@code issuance} or 印发), or the name
         * of an event a time limit of the plan declares. Checked when the plan is built: an unknown name is an
         * error listing the expected names. Example: {@code event("印发", LocalDate.of(2021, 6, 24))}.
         *
         * @param name  the event's name, not null
         * @param date  its date, not null
         * @return this builder
         */
        public Builder event(String name, LocalDate date) {
            events.add(new EventEntry(Objects.requireNonNull(name, "name"), null,
                    Objects.requireNonNull(date, "date")));
            return this;
        }

        /**
         * Dates an event. Example: {@code event(Event.ISSUANCE, LocalDate.of(2021, 6, 24))}.
         *
         * @param event  the event, not null
         * @param date  its date, not null
         * @return this builder
         */
        public Builder event(Event event, LocalDate date) {
            Objects.requireNonNull(event, "event");
            events.add(new EventEntry(event.id(), event, Objects.requireNonNull(date, "date")));
            return this;
        }

        /**
         * Sets the plan's deadline policy. Example: the 兴义 plan's
         * {@code DeadlinePolicy.builder().calendarDaysAsWorkingDays(true).build()} reads 形成起20日内 as 20 working
         * days, as 条例第二十六条 means.
         *
         * @param planPolicy  the policy, not null
         * @return this builder
         */
        public Builder policy(DeadlinePolicy planPolicy) {
            this.policy = Objects.requireNonNull(planPolicy, "planPolicy");
            return this;
        }

        /** The policy given, if any. */
        Optional<DeadlinePolicy> policy() {
            return Optional.ofNullable(policy);
        }

        /**
         * Adds addressees (主送机关).
         *
         * @param references  unit or group references, not null
         * @return this builder
         */
        public Builder addressees(List<String> references) {
            references.forEach(r -> addressees.add(Objects.requireNonNull(r, "reference")));
            return this;
        }

        /**
         * Adds a unit.
         *
         * @param unit  the unit, not null
         * @return this builder
         */
        public Builder unit(Unit unit) {
            unitList.add(Objects.requireNonNull(unit, "unit"));
            return this;
        }

        /**
         * Adds a group.
         *
         * @param group  the group, not null
         * @return this builder
         */
        public Builder group(UnitGroup group) {
            groups.add(Objects.requireNonNull(group, "group"));
            return this;
        }

        /**
         * Adds a top-level section of the outline.
         *
         * @param section  the section, not null
         * @return this builder
         */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /**
         * Adds a task.
         *
         * @param task  the task's builder, not null
         * @return this builder
         */
        public Builder task(Task.Builder task) {
            tasks.add(Objects.requireNonNull(task, "task"));
            return this;
        }

        /**
         * Reads the time limits leniently (see {@link Plan#lenientDeadlines()}); strict unless set.
         *
         * @param lenient  true to read leniently
         * @return this builder
         */
        public Builder lenientDeadlines(boolean lenient) {
            this.lenientDeadlines = lenient;
            return this;
        }

        /**
         * Adds a note.
         *
         * @param note  the note, not null
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Checks the plan without building it.
         *
         * @return every error, with its JSON path and task id; empty if the plan is valid
         */
        public List<PlanProblem> check() {
            return List.copyOf(PlanValidator.validate(this).errors());
        }

        /**
         * Builds the plan.
         *
         * @return the plan, with its warnings, not null
         * @throws PlanFormatException listing every error
         */
        public Plan build() {
            PlanValidator.Result checked = PlanValidator.validate(this);
            if (!checked.errors().isEmpty()) {
                throw new PlanFormatException("Plan '" + Snippet.of(id) + "'", checked.errors());
            }
            return new Plan(this, checked);
        }
    }
}
