package dev.shixian.plan;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.ParseResult;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * A work plan (工作要点, 实施方案, 任务分解表): its identity, issuing unit (发文单位), document number (文号), issue date,
 * year and window, the dates of named events (issuance …), the units it names and the groups that stand for many
 * of them, its outline and its tasks.
 *
 * <p>Example: the 兴义市2021年政务公开工作要点, issued 2021-06-24 by 兴义市人民政府办公室, year 2021, window
 * 2021-06-24..2021-12-31, 33 tasks. Built with {@link #builder(String)} or read from a plan file with
 * {@link dev.shixian.plan.json.PlanFiles}; {@link Builder#build()} checks everything in one place.
 *
 * <p>A task that names no lead unit is led by the plan's addressees (主送机关), the units the plan is sent to: that
 * is what such a plan means. A task with no lead and a plan with no addressees is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Plan {

    private final String id;
    private final String title;
    private final String issuer;
    private final String documentNumber;
    private final LocalDate issued;
    private final Year year;
    private final LocalDateRange window;
    private final boolean windowGiven;
    private final Map<String, LocalDate> events;
    private final List<String> addressees;
    private final UnitDirectory units;
    private final List<Section> sections;
    private final List<Task> tasks;
    private final List<String> notes;
    private final List<PlanProblem> warnings;
    private final boolean lenientDeadlines;
    private final Map<String, Task> tasksById = new HashMap<>();

    private Plan(Builder b, UnitDirectory units, List<Task> tasks, List<PlanProblem> warnings) {
        this.id = b.id;
        this.title = b.title;
        this.issuer = b.issuer;
        this.documentNumber = b.documentNumber;
        this.issued = b.issued;
        this.year = b.year;
        this.windowGiven = b.windowStart != null;
        this.window = windowGiven ? LocalDateRange.ofClosed(b.windowStart, b.windowEnd) : defaultWindow(b);
        this.events = Collections.unmodifiableMap(new LinkedHashMap<>(b.events));
        this.addressees = List.copyOf(b.addressees);
        this.units = units;
        this.sections = List.copyOf(b.sections);
        this.tasks = List.copyOf(tasks);
        this.notes = List.copyOf(b.notes);
        this.warnings = List.copyOf(warnings);
        this.lenientDeadlines = b.lenientDeadlines;
        tasks.forEach(t -> tasksById.put(t.id(), t));
    }

    private static LocalDateRange defaultWindow(Builder b) {
        LocalDate end = b.year.atDay(1).withDayOfYear(b.year.length());
        LocalDate start = b.issued != null && b.issued.getYear() == b.year.getValue() ? b.issued : b.year.atDay(1);
        return LocalDateRange.ofClosed(start, end);
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
     * The dates of named events, such as {@code issuance → 2021-06-24}.
     *
     * @return the events by name, not null, immutable, in the order given
     */
    public Map<String, LocalDate> events() {
        return events;
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
     * The warnings found when the plan was built: things that are allowed but probably wrong, such as a fixed due
     * date before the issue date, or an event a deadline names that the plan never dates.
     *
     * @return the warnings, not null, immutable
     */
    public List<PlanProblem> warnings() {
        return warnings;
    }

    /**
     * The concrete lead units (牵头单位) of a task, groups expanded; the plan's addressees when the task names none.
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
     * A deadline context for this plan on a calendar: the plan's year and window, and every dated event. Example:
     * for the 贵州省2020年政务公开工作要点 (issued 2020-04-09), {@code 本要点正式印发后的20个工作日内} resolves in this
     * context to 2020-05-09, an adjusted working Saturday.
     *
     * @param calendar  the working-day calendar, not null
     * @return the context, not null
     */
    public DeadlineContext deadlineContext(WorkingCalendar calendar) {
        DeadlineContext context = DeadlineContext.of(calendar).withYear(year)
                .withWindow(window.getStart(), window.getEndInclusive());
        for (Map.Entry<String, LocalDate> event : events.entrySet()) {
            context = context.withEvent(event.getKey(), event.getValue());
        }
        return context;
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
        if (!(obj instanceof Plan)) {
            return false;
        }
        Plan o = (Plan) obj;
        return id.equals(o.id) && title.equals(o.title) && Objects.equals(issuer, o.issuer)
                && Objects.equals(documentNumber, o.documentNumber) && Objects.equals(issued, o.issued)
                && year.equals(o.year) && window.equals(o.window) && windowGiven == o.windowGiven
                && lenientDeadlines == o.lenientDeadlines
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

    /**
     * Builds a {@link Plan}; {@link #check()} and {@link #build()} are the one place where a plan is validated.
     * Problems carry the JSON path they would have in a plan file ({@code $.tasks[3].lead[0]}). Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String issuer;
        private String documentNumber;
        private LocalDate issued;
        private Year year;
        private LocalDate windowStart;
        private LocalDate windowEnd;
        private final Map<String, LocalDate> events = new LinkedHashMap<>();
        private final List<String> addressees = new ArrayList<>();
        private final List<Unit> unitList = new ArrayList<>();
        private final List<UnitGroup> groups = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Task.Builder> tasks = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private boolean lenientDeadlines;

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
         * Sets the plan's year.
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
         * Dates a named event, such as {@code issuance}.
         *
         * @param name  the event's name, not null
         * @param date  its date, not null
         * @return this builder
         */
        public Builder event(String name, LocalDate date) {
            events.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(date, "date"));
            return this;
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
         * @return every error, with its JSON path; empty if the plan is valid
         */
        public List<PlanProblem> check() {
            List<PlanProblem> errors = new ArrayList<>();
            assemble(new ArrayList<>(), new ArrayList<>(), errors);
            return List.copyOf(errors);
        }

        /**
         * Builds the plan.
         *
         * @return the plan, with its warnings, not null
         * @throws PlanFormatException listing every error
         */
        public Plan build() {
            List<PlanProblem> warnings = new ArrayList<>();
            List<PlanProblem> errors = new ArrayList<>();
            List<Task> built = new ArrayList<>();
            UnitDirectory units = assemble(built, warnings, errors);
            if (!errors.isEmpty()) {
                throw new PlanFormatException("Plan '" + id + "'", errors);
            }
            return new Plan(this, units, built, warnings);
        }

        /** Checks and parses everything, appending errors and warnings; returns the unit directory. */
        private UnitDirectory assemble(List<Task> built, List<PlanProblem> warnings, List<PlanProblem> errors) {
            if (id.isBlank()) {
                errors.add(new PlanProblem("$.id", "a plan needs a non-blank id"));
            }
            if (title.isBlank()) {
                errors.add(new PlanProblem("$.title", "a plan needs a title"));
            }
            if (year == null) {
                errors.add(new PlanProblem("$.year", "a plan needs its year, such as 2021"));
            }
            if (windowStart != null && windowEnd.isBefore(windowStart)) {
                errors.add(new PlanProblem("$.window.end", "window end " + windowEnd + " is before its start "
                        + windowStart));
            }
            for (String name : events.keySet()) {
                if (name.isBlank()) {
                    errors.add(new PlanProblem("$.events", "an event needs a non-blank name"));
                }
            }
            UnitDirectory units = UnitDirectory.checked(unitList, groups, errors);
            for (int i = 0; i < addressees.size(); i++) {
                reference(units, addressees.get(i), "$.addressees[" + i + "]", errors);
            }
            Set<List<String>> outline = new LinkedHashSet<>();
            sections.forEach(s -> collectPaths(s, new ArrayList<>(), outline));
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < tasks.size(); i++) {
                Task.Builder t = tasks.get(i);
                String path = "$.tasks[" + i + "]";
                if (t.id.isBlank()) {
                    errors.add(new PlanProblem(path + ".id", "a task needs a non-blank id"));
                }
                Integer first = ids.putIfAbsent(t.id, i);
                if (first != null) {
                    errors.add(new PlanProblem(path + ".id", "duplicate task id '" + t.id + "', first used at $.tasks["
                            + first + "].id"));
                }
                if (t.content.isBlank()) {
                    errors.add(new PlanProblem(path + ".content", "task '" + t.id + "' needs its content"));
                }
                if (!t.section.isEmpty() && !sections.isEmpty() && !outline.contains(t.section)) {
                    errors.add(new PlanProblem(path + ".section", "section " + t.section
                            + " is not in the plan's outline; expected the numbers of nested headings, outermost first"));
                }
                if (t.lead.isEmpty() && addressees.isEmpty()) {
                    errors.add(new PlanProblem(path + ".lead", "task '" + t.id + "' has no lead unit (牵头单位) and the "
                            + "plan names no addressees (主送机关) to lead it"));
                }
                for (int j = 0; j < t.lead.size(); j++) {
                    reference(units, t.lead.get(j), path + ".lead[" + j + "]", errors);
                }
                for (int j = 0; j < t.responsible.size(); j++) {
                    reference(units, t.responsible.get(j), path + ".responsible[" + j + "]", errors);
                }
                Deadline deadline = t.deadline;
                if (deadline == null && t.timeLimit != null) {
                    deadline = parse(t.timeLimit, path + ".deadline", errors, warnings);
                }
                if (t.quantity != null && t.quantity.by().isPresent()) {
                    parse(t.quantity.by().get(), path + ".quantity.by", errors, warnings);
                }
                if (deadline != null && year != null) {
                    PlanDeadlineChecks.warn(this.year, this.issued, this.events.keySet(), deadline,
                            path + ".deadline", warnings);
                }
                built.add(new Task(t, deadline));
            }
            return units;
        }

        private Deadline parse(String text, String path, List<PlanProblem> errors, List<PlanProblem> warnings) {
            try {
                return Deadline.parse(text);
            } catch (DeadlineParseException strict) {
                if (lenientDeadlines) {
                    try {
                        ParseResult result = Deadline.parseLenient(text);
                        warnings.add(new PlanProblem(path, "read leniently as '" + result.deadline() + "', ignoring "
                                + result.ignored().stream().map(i -> "'" + i.text() + "' at " + i.start())
                                        .collect(Collectors.joining(", "))));
                        return result.deadline();
                    } catch (DeadlineParseException lenient) {
                        errors.add(problem(text, path, lenient));
                        return null;
                    }
                }
                errors.add(problem(text, path, strict));
                return null;
            }
        }

        private static PlanProblem problem(String text, String path, DeadlineParseException e) {
            return new PlanProblem(path, "cannot read the time limit '" + text + "': at index " + e.index()
                    + " expected " + e.expected());
        }

        private static void reference(UnitDirectory units, String reference, String path, List<PlanProblem> errors) {
            if (!units.knows(reference)) {
                errors.add(new PlanProblem(path, "unknown unit '" + reference
                        + "'; expected a unit id, name or alias or a group name"));
            }
        }

        private static void collectPaths(Section s, List<String> prefix, Set<List<String>> into) {
            List<String> path = new ArrayList<>(prefix);
            path.add(s.number());
            into.add(List.copyOf(path));
            s.children().forEach(c -> collectPaths(c, path, into));
        }
    }
}
