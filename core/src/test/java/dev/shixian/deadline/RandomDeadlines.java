package dev.shixian.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Test fixture: arbitrary deadlines of every kind, and whether a due of one depends on the calendar. */
final class RandomDeadlines {

    private static final List<Event> EVENTS = List.of(Event.ISSUANCE, Event.FORMATION, Event.CHANGE, Event.RECEIPT,
            Event.MEETING, Event.EXPIRY);

    private RandomDeadlines() {
    }

    /** Subjects, plain and ones the Chinese form must quote (an event word or a numeral inside, a stray word). */
    private static final List<String> SUBJECTS = List.of("", "政策性文件", "信息", "《政府工作报告》", "年度决算经县人大常委会",
            "有关事项", "X", "文件印发后", "第3号文件", "申请 材料");
    /** Actions, plain and ones the Chinese form must quote (done words only, a date inside, other words). */
    private static final List<String> ACTIONS = List.of("", "予以公开", "报送", "报送县政务公开办", "向社会公布",
            "一次性告知申请人", "完成并报县政务公开办", "及时更新 保持最新", "完成", "说明", "6月底前", "印发后");

    static Arbitrary<List<Event>> events() {
        return Arbitraries.of(EVENTS).list().uniqueElements().ofMaxSize(2);
    }

    /**
     * Deadlines of every kind; fixed dates and period ends with a year take it from {@code years}.
     *
     * @param years  the years for dated kinds
     * @return the deadlines
     */
    static Arbitrary<Deadline> single(Arbitrary<Integer> years) {
        Arbitrary<Deadline> afterEvent = Combinators.combine(Arbitraries.integers().between(1, 9999)
                .edgeCases(c -> c.includeOnly(1, 9999)), Arbitraries.of(AfterEvent.Counting.class), events())
                .as((n, u, e) -> new AfterEvent(Math.min(n, u.max()), u, e));
        Arbitrary<Deadline> beforeEvent = Combinators.combine(Arbitraries.integers().between(1, 9999)
                .edgeCases(c -> c.includeOnly(1, 9999)), Arbitraries.of(AfterEvent.Counting.class), events(),
                Arbitraries.integers().between(0, 400))
                .as((n, u, e, w) -> {
                    int amount = Math.min(n, u.max() - 1);
                    int opens = w == 0 ? 0 : Math.min(amount + w, u.max());
                    return new BeforeEvent(amount, u, e, opens);
                });
        Arbitrary<Deadline> withEvent = Combinators.combine(events(), Arbitraries.integers().between(0, 30))
                .as((e, t) -> new WithEvent(e, t));
        Arbitrary<Deadline> fixed = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31), years, Arbitraries.of(true, false))
                .as((m, day, y, withYear) -> {
                    MonthDay md = MonthDay.of(m, Math.min(day, MonthDay.of(m, 1).getMonth().maxLength()));
                    if (withYear && md.isValidYear(y) && y >= FixedDate.MIN_YEAR && y <= FixedDate.MAX_YEAR) {
                        return FixedDate.of(Year.of(y), md);
                    }
                    return FixedDate.of(md);
                });
        Arbitrary<Deadline> periodEnd = Combinators.combine(Arbitraries.of(PeriodEnd.Span.class),
                Arbitraries.integers().between(1, 12), years, Arbitraries.of(true, false))
                .as((span, i, y, withYear) -> {
                    int index = span == PeriodEnd.Span.QUARTER ? (i - 1) % 4 + 1 : span == PeriodEnd.Span.HALF_YEAR
                            ? (i - 1) % 2 + 1 : span == PeriodEnd.Span.YEAR ? 1 : i;
                    boolean yearAllowed = y >= FixedDate.MIN_YEAR && y <= FixedDate.MAX_YEAR;
                    return withYear && yearAllowed ? PeriodEnd.of(Year.of(y), span, index)
                            : PeriodEnd.of(span, index);
                });
        // a year relative to the plan's (次年, 上一年度): docs/RULES.md §3
        Arbitrary<Deadline> relative = Combinators.combine(Arbitraries.of(-1, 1), Arbitraries.of(PeriodEnd.Span.class),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31), Arbitraries.of(true, false))
                .as((offset, span, i, day, date) -> {
                    if (date) {
                        return FixedDate.relative(offset, MonthDay.of(i, Math.min(day,
                                MonthDay.of(i, 1).getMonth().maxLength())));
                    }
                    int index = span == PeriodEnd.Span.QUARTER ? (i - 1) % 4 + 1 : span == PeriodEnd.Span.HALF_YEAR
                            ? (i - 1) % 2 + 1 : span == PeriodEnd.Span.YEAR ? 1 : i;
                    return PeriodEnd.relative(offset, span, index);
                });
        Arbitrary<Deadline> recurring = Combinators.combine(Arbitraries.of(1, 2, 3, 4, 6, 12, 24, 36, 60, 120),
                Arbitraries.integers().between(0, 28), Arbitraries.integers().between(1, 3))
                .as((months, day, count) -> {
                    Recurring r = Recurring.every(months);
                    if (day > 0 && months <= 12) {
                        r = r.withDueDay(day);
                    }
                    return count > 1 ? r.withMinimumCount(count, Measure.ARTICLE) : r;
                });
        Arbitrary<Recurring.Anchor> anchors = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(AfterEvent.Counting.DAYS, AfterEvent.Counting.WORKING_DAYS,
                        AfterEvent.Counting.MONTHS), Arbitraries.integers().between(1, 366))
                        .as((c, n) -> Recurring.Anchor.afterEnd(c == AfterEvent.Counting.MONTHS ? (n - 1) % 12 + 1
                                : c == AfterEvent.Counting.WORKING_DAYS ? (n - 1) % 250 + 1 : n, c)),
                Arbitraries.integers().between(1, 31).map(Recurring.Anchor::dayOfNextMonth),
                Arbitraries.integers().between(1, 15).map(Recurring.Anchor::workingDay),
                Arbitraries.integers().between(1, 15).map(Recurring.Anchor::lastWorkingDay));
        Arbitrary<Deadline> anchored = Combinators.combine(Arbitraries.of(1, 2, 3, 4, 6, 12), anchors,
                Arbitraries.integers().between(1, 3))
                .as((months, anchor, count) -> {
                    Recurring r = Recurring.every(months).withAnchor(anchor);
                    return count > 1 ? r.withMinimumCount(count, Measure.ITEM) : r;
                });
        Arbitrary<Deadline> weekly = Combinators.combine(Arbitraries.integers().between(1, Weekly.MAX_WEEKS)
                .edgeCases(c -> c.includeOnly(1, 2, Weekly.MAX_WEEKS)), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(1, 3), Arbitraries.of(Measure.class))
                .as(Weekly::new);
        Arbitrary<Deadline> freshness = Arbitraries.integers().between(1, 9999).map(Freshness::new);
        Arbitrary<Deadline> open = Arbitraries.of(OpenEnded.ONGOING, OpenEnded.PER_EVENT,
                OpenEnded.perEvent(Event.PUBLIC_OPINION));
        return Arbitraries.oneOf(afterEvent, beforeEvent, withEvent, fixed, periodEnd, relative, recurring, anchored,
                weekly, freshness, open);
    }

    /**
     * Deadlines of every kind, alone, labelled, or several together.
     *
     * @param years  the years for dated kinds
     * @return the deadlines
     */
    static Arbitrary<Deadline> any(Arbitrary<Integer> years) {
        Arbitrary<Deadline> single = single(years);
        Arbitrary<Deadline> annotated = Combinators.combine(single, Arbitraries.of(SUBJECTS), Arbitraries.of(ACTIONS))
                .as((d, subject, action) -> {
                    String s = d.events().isEmpty() ? "" : subject;
                    return Annotated.of(d, s, s.isEmpty() && action.isEmpty() ? "报送" : action);
                });
        single = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, single), net.jqwik.api.Tuple.of(1, annotated));
        Arbitrary<Deadline> labelled = single.map(d -> new Labelled("栏目", d));
        Arbitrary<Deadline> multiple = Arbitraries.oneOf(single, labelled).list().ofMinSize(2).ofMaxSize(3)
                .map(parts -> new Multiple(new ArrayList<>(parts)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, single), net.jqwik.api.Tuple.of(1, labelled),
                net.jqwik.api.Tuple.of(2, multiple));
    }

    /**
     * Whether a due of a (single, unlabelled) deadline uses no calendar day: a fixed date, period end, recurring or
     * weekly due (its due day, last day or a day of the next month) that the policy does not roll, or 同时 without a
     * tolerance; a count after a period's end and a working day of a period always use the calendar.
     */
    static boolean independentOfTheCalendar(Deadline d, DeadlinePolicy policy) {
        d = Annotated.unwrap(d);
        if (d instanceof FixedDate) {
            return !policy.rollFixedDates();
        }
        if (d instanceof PeriodEnd) {
            return !policy.rollPeriodEnds();
        }
        if (d instanceof Recurring r) {
            switch (r.anchor().kind()) {
                case IN_PERIOD:
                    return r.dueDay() == 0 ? !policy.rollPeriodEnds() : !policy.rollFixedDates();
                case DAY_OF_NEXT_MONTH:
                    return !policy.rollFixedDates();
                default:
                    return false;
            }
        }
        if (d instanceof Weekly) {
            return ((Weekly) d).dueWeekday() == 0 ? !policy.rollPeriodEnds() : !policy.rollFixedDates();
        }
        return d instanceof WithEvent && ((WithEvent) d).toleranceWorkingDays() == 0;
    }

    /** A date's epoch day, clamped to the range of {@link LocalDate}. */
    static LocalDate ofEpochDayClamped(long day) {
        return LocalDate.ofEpochDay(Math.max(LocalDate.MIN.toEpochDay(), Math.min(LocalDate.MAX.toEpochDay(), day)));
    }
}
