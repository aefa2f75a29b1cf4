package dev.shixian.testkit;

import dev.shixian.ShixianException;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a deadline (时限): the dates it resolves to. Obtain one with
 * {@link ShixianAssertions#assertThat(Deadline)} or {@link ShixianAssertions#deadline(String)}.
 *
 * <p>The shape is "context first, then the check": {@link #on(WorkingCalendar)} (required: core knows no
 * country's calendar, so there is no default), then optionally {@link #inYear(int)}, {@link #given(String)} and
 * {@link #givenEvent(String, String)}, and last {@link #resolvesTo(String...)}, which runs the check. The issue's
 * {@code resolvesTo(...).given(trigger)} order was not chosen: a check that only runs when a later call completes it
 * passes silently when that call is forgotten.
 *
 * <p>Example: issued Thursday 2021-09-30, 3 working days are Fri 10-08, adjusted Sat 10-09 (调休上班) and Mon 10-11:
 * <pre>{@code
 * deadline("印发后3个工作日内").on(ChinaCalendar.official()).given("2021-09-30").resolvesTo("2021-10-11");
 * assertThat(Deadline.parse("每季度一次")).on(calendar).inYear(2021)
 *         .resolvesTo("2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31");
 * }</pre>
 * A failure shows the expected and computed dates and, for each computed date, its explanation in Chinese and
 * English. Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, Deadline> {

    private WorkingCalendar calendar;
    private DeadlineContext context;
    private Year year;
    private LocalDate trigger;
    private final Map<String, LocalDate> events = new LinkedHashMap<>();

    DeadlineAssert(Deadline actual) {
        super(actual, DeadlineAssert.class);
    }

    /**
     * The calendar to resolve on. Example: {@code on(ChinaCalendar.official())}.
     *
     * @param workingCalendar  the calendar, not null
     * @return this, for chaining
     */
    public DeadlineAssert on(WorkingCalendar workingCalendar) {
        this.calendar = Objects.requireNonNull(workingCalendar, "workingCalendar");
        return this;
    }

    /**
     * A whole context to resolve in, replacing {@link #on(WorkingCalendar)}; {@link #inYear(int)}, {@link
     * #given(String)} and {@link #givenEvent(String, String)} still add to it. Example:
     * {@code in(DeadlineContext.of(calendar).withPolicy(policy))}.
     *
     * @param deadlineContext  the context, not null
     * @return this, for chaining
     */
    public DeadlineAssert in(DeadlineContext deadlineContext) {
        this.context = Objects.requireNonNull(deadlineContext, "deadlineContext");
        return this;
    }

    /**
     * The plan year (年度), for deadlines such as 9月底前 or 每季度. Example: {@code inYear(2021)}.
     *
     * @param planYear  the year, such as 2021
     * @return this, for chaining
     */
    public DeadlineAssert inYear(int planYear) {
        this.year = Year.of(planYear);
        return this;
    }

    /**
     * The date of the triggering event (事件日期), for deadlines such as 印发后3个工作日内. Example:
     * {@code given("2021-09-30")}.
     *
     * @param triggerDate  the date, such as {@code 2021-09-30}, not null
     * @return this, for chaining
     */
    public DeadlineAssert given(String triggerDate) {
        return given(Texts.date(triggerDate));
    }

    /**
     * The date of the triggering event (事件日期). Example: {@code given(LocalDate.of(2021, 9, 30))}.
     *
     * @param triggerDate  the date, not null
     * @return this, for chaining
     */
    public DeadlineAssert given(LocalDate triggerDate) {
        this.trigger = Objects.requireNonNull(triggerDate, "triggerDate");
        return this;
    }

    /**
     * The date of a named event, for deadlines with several events. Example: {@code givenEvent("形成",
     * "2021-09-10")} for 形成之日起20个工作日内.
     *
     * @param event  the event's name, Chinese or English, such as {@code 形成} or {@code formation}, not null
     * @param date  the date, such as {@code 2021-09-10}, not null
     * @return this, for chaining
     */
    public DeadlineAssert givenEvent(String event, String date) {
        events.put(Objects.requireNonNull(event, "event"), Texts.date(date));
        return this;
    }

    /**
     * Verifies that the deadline resolves to exactly these due dates, in order. Example: issued Thu 2021-09-30,
     * {@code 印发后3个工作日内} resolves to Mon 2021-10-11 (Fri 10-08, adjusted Sat 10-09, Mon 10-11).
     *
     * @param expectedDates  the due dates, such as {@code 2021-10-11}, not null
     * @return this, for chaining
     * @throws IllegalStateException if neither {@link #on(WorkingCalendar)} nor {@link #in(DeadlineContext)} was
     *     called
     */
    public DeadlineAssert resolvesTo(String... expectedDates) {
        Objects.requireNonNull(expectedDates, "expectedDates");
        List<LocalDate> dates = new ArrayList<>();
        for (String d : expectedDates) {
            dates.add(Texts.date(d));
        }
        return resolvesTo(dates);
    }

    /**
     * Verifies that the deadline resolves to exactly these due dates, in order. Example:
     * {@code resolvesTo(List.of(LocalDate.of(2021, 10, 11)))}.
     *
     * @param expectedDates  the due dates, not null
     * @return this, for chaining
     * @throws IllegalStateException if neither {@link #on(WorkingCalendar)} nor {@link #in(DeadlineContext)} was
     *     called
     */
    public DeadlineAssert resolvesTo(List<LocalDate> expectedDates) {
        List<LocalDate> expected = List.copyOf(expectedDates);
        List<Due> dues = resolve();
        List<LocalDate> actualDates = new ArrayList<>();
        for (Due due : dues) {
            actualDates.add(due.dueDate());
        }
        if (!actualDates.equals(expected)) {
            StringBuilder b = new StringBuilder();
            b.append("\nExpecting ").append(describe()).append("\nto resolve to ").append(expected)
                    .append("\nbut it resolves to ").append(actualDates);
            for (Due due : dues) {
                b.append("\n  ").append(due.dueDate()).append(":\n").append(Texts.explain(due, "    "));
            }
            failWithMessage("%s", b.toString());
        }
        return this;
    }

    /**
     * Verifies the number of due dates the deadline resolves to. Example: {@code 每季度} in 2021 resolves to 4
     * (03-31, 06-30, 09-30, 12-31); {@code 长期} to none.
     *
     * @param expected  the expected number of due dates
     * @return this, for chaining
     * @throws IllegalStateException if neither {@link #on(WorkingCalendar)} nor {@link #in(DeadlineContext)} was
     *     called
     */
    public DeadlineAssert hasDueCount(int expected) {
        List<Due> dues = resolve();
        if (dues.size() != expected) {
            StringBuilder b = new StringBuilder();
            b.append("\nExpecting ").append(describe()).append(String.format(Locale.ROOT,
                    "%nto resolve to %d due dates%nbut it resolves to %d", expected, dues.size()));
            for (Due due : dues) {
                b.append("\n  ").append(due.dueDate()).append(":\n").append(Texts.explain(due, "    "));
            }
            failWithMessage("%s", b.toString());
        }
        return this;
    }

    /**
     * Resolves the deadline in the context built so far, failing the test with the reason if it cannot.
     * Example: {@code on(calendar).given("2021-09-30").resolve().get(0).explanation()}.
     *
     * @return the dues, not null, immutable
     * @throws IllegalStateException if neither {@link #on(WorkingCalendar)} nor {@link #in(DeadlineContext)} was
     *     called
     */
    public List<Due> resolve() {
        isNotNull();
        DeadlineContext ctx = context();
        try {
            return actual.resolve(ctx);
        } catch (ShixianException e) {
            failWithMessage("%s", "\nExpecting " + describe() + " to resolve\nbut it cannot: " + e.getMessage());
            throw new AssertionError("unreachable", e);
        }
    }

    private DeadlineContext context() {
        DeadlineContext ctx = context;
        if (ctx == null) {
            if (calendar == null) {
                throw new IllegalStateException("no calendar for " + actual.toChinese() + ": call on(calendar) or "
                        + "in(context) before resolvesTo — core knows no country's calendar, so there is no default");
            }
            ctx = DeadlineContext.of(calendar);
        }
        if (year != null) {
            ctx = ctx.withYear(year);
        }
        if (trigger != null) {
            ctx = ctx.withTrigger(trigger);
        }
        for (Map.Entry<String, LocalDate> e : events.entrySet()) {
            ctx = ctx.withEvent(e.getKey(), e.getValue());
        }
        return ctx;
    }

    private String describe() {
        StringBuilder b = new StringBuilder("deadline ").append(actual.toChinese()).append(" (").append(actual)
                .append(')');
        if (year != null) {
            b.append(" in year ").append(year);
        }
        if (trigger != null) {
            b.append(" given event date (事件日期) ").append(Texts.day(trigger));
        }
        for (Map.Entry<String, LocalDate> e : events.entrySet()) {
            b.append(", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        b.append(" on calendar ").append((context != null ? context.calendar() : calendar).name());
        return b.toString();
    }
}
