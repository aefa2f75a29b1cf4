package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every constructor and factory of the deadline values over its FULL range (arbitrary ints, arbitrary strings for
 * labels and event names, mixed with realistic values so that valid ones are common): construction throws
 * IllegalArgumentException or NullPointerException, or the value reads back from both canonical forms,
 * {@code Deadline.parse(d.toString()).equals(d)} and {@code Deadline.parse(d.toChinese()).equals(d)}.
 */
class RoundTripProperties {

    private static final String SEED = "20261130";

    /** Builds a value: null if construction refused it with IllegalArgumentException or NullPointerException. */
    private static Deadline build(Supplier<Deadline> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static void check(Supplier<Deadline> make) {
        Deadline d = build(make);
        if (d != null) {
            assertThat(Deadline.parse(d.toString())).as(d.toString()).isEqualTo(d);
            assertThat(Deadline.parse(d.toChinese())).as(d.toChinese()).isEqualTo(d);
        }
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 40),
                Arbitraries.integers().between(990, 1010), Arbitraries.integers().between(9990, 10010));
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE),
                Arbitraries.integers().between(990, 1010), Arbitraries.integers().between(1900, 2100),
                Arbitraries.integers().between(9990, 9999));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings(), Arbitraries.strings().ofMaxLength(45),
                Arbitraries.strings().withChars("最新规划历史期限时限完成时间要求为是印发公开形成 -_()①…「」:;,。\"“”\\\u3000\u200B"
                        + "ＡａAa0１\t").ofMinLength(1).ofMaxLength(42),
                Arbitraries.of("期限A", "时限为A", "完成时限", "办理时限", "label", "by", "3 a", "公示结束", "印发", "issuance",
                        "𠀀𠀁", "a b", "长期", "每季度一次", "并", "A类"));
    }

    @Provide
    Arbitrary<Event> events() {
        return Arbitraries.oneOf(Arbitraries.of(Event.builtIn()), names().map(n -> {
            try {
                return Event.of(n);
            } catch (IllegalArgumentException e) {
                return Event.ISSUANCE;
            }
        }));
    }

    @Provide
    Arbitrary<List<Event>> eventLists() {
        return events().list().ofMaxSize(12);
    }

    /** Single deadlines of every kind, with built-in and named events, to label and to combine. */
    private static final List<Deadline> SINGLES = List.of(OpenEnded.ONGOING, OpenEnded.PER_EVENT,
            OpenEnded.perEvent(Event.PUBLIC_OPINION, Event.of("公示结束")), Recurring.every(3),
            Recurring.every(12).withDueDay(29, List.of(2)).withMinimumCount(2, Measure.ITEM),
            Recurring.every(1).withDueDay(31), Recurring.every(4).withMinimumCount(1, Measure.ARTICLE),
            new Freshness(9999), FixedDate.of(LocalDate.of(1000, 1, 1)),
            FixedDate.of(MonthDay.of(2, 29)), PeriodEnd.of(PeriodEnd.Span.QUARTER, 4),
            PeriodEnd.yearEnd(Year.of(9999)), PeriodEnd.of(Year.of(2021), PeriodEnd.Span.MIDDLE_MONTH, 8),
            AfterEvent.of(999, AfterEvent.Counting.YEARS, Event.FORMATION, Event.CHANGE),
            AfterEvent.of(3, AfterEvent.Counting.WORKING_DAYS, Event.ISSUANCE),
            AfterEvent.of(1, AfterEvent.Counting.DAYS),
            AfterEvent.of(20, AfterEvent.Counting.MONTHS, Event.of("期限A"), Event.PUBLICATION),
            WithEvent.of().withTolerance(5), WithEvent.of(Event.ISSUANCE, Event.of("a:b;c")),
            BeforeEvent.of(5, AfterEvent.Counting.DAYS, Event.MEETING),
            BeforeEvent.of(30, AfterEvent.Counting.WORKING_DAYS, Event.EXPIRY, Event.of("期限A")).withWindowOpening(90),
            BeforeEvent.of(1, AfterEvent.Counting.MONTHS).withWindowOpening(9999));

    @Provide
    Arbitrary<Deadline> singles() {
        return Arbitraries.of(SINGLES);
    }

    // ------------------------------------------------------------------ properties

    @Property(seed = SEED)
    void fixedDates(@ForAll("years") int year, @ForAll("ints") int month, @ForAll("ints") int day) {
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (java.time.DateTimeException e) {
            return;
        }
        check(() -> FixedDate.of(Year.of(year), md));
        check(() -> FixedDate.of(md));
        if (year >= -999_999_999 && year <= 999_999_999 && md.isValidYear(year)) {
            check(() -> FixedDate.of(md.atYear(year)));
        }
    }

    @Property(seed = SEED)
    void fixedDatesFromAnyLocalDate(@ForAll("epochDays") long epochDay) {
        check(() -> FixedDate.of(LocalDate.ofEpochDay(epochDay)));
    }

    @Provide
    Arbitrary<Long> epochDays() {
        return Arbitraries.oneOf(Arbitraries.longs().between(ChronoField.EPOCH_DAY.range().getMinimum(),
                ChronoField.EPOCH_DAY.range().getMaximum()), Arbitraries.longs().between(-400_000, 3_000_000));
    }

    @Property(seed = SEED)
    void periodEnds(@ForAll("years") int year, @ForAll PeriodEnd.Span span, @ForAll("ints") int index) {
        check(() -> PeriodEnd.of(Year.of(year), span, index));
        check(() -> PeriodEnd.of(span, index));
        check(() -> PeriodEnd.yearEnd(Year.of(year)));
    }

    @Property(seed = SEED)
    void afterEvents(@ForAll("ints") int amount, @ForAll AfterEvent.Counting counting,
            @ForAll("eventLists") List<Event> ev) {
        check(() -> new AfterEvent(amount, counting, ev));
        check(() -> AfterEvent.of(amount, counting, ev.toArray(new Event[0])));
    }

    @Property(seed = SEED)
    void beforeEvents(@ForAll("ints") int amount, @ForAll AfterEvent.Counting counting,
            @ForAll("eventLists") List<Event> ev, @ForAll("ints") int opens) {
        check(() -> new BeforeEvent(amount, counting, ev, 0));
        check(() -> new BeforeEvent(amount, counting, ev, opens));
        check(() -> BeforeEvent.of(amount, counting, ev.toArray(new Event[0])).withWindowOpening(opens));
        check(() -> BeforeEvent.of(amount, counting, ev.toArray(new Event[0]))
                .withWindowOpening(amount + Math.floorMod(opens, 50) + 1));
    }

    @Property(seed = SEED)
    void withEvents(@ForAll("ints") int tolerance, @ForAll("eventLists") List<Event> ev) {
        check(() -> new WithEvent(ev, tolerance));
        check(() -> WithEvent.of(ev.toArray(new Event[0])).withTolerance(tolerance));
    }

    @Property(seed = SEED)
    void openEnded(@ForAll OpenEnded.Kind kind, @ForAll("eventLists") List<Event> ev) {
        check(() -> new OpenEnded(kind, ev));
        check(() -> OpenEnded.perEvent(ev.toArray(new Event[0])));
    }

    @Property(seed = SEED, tries = 2000)
    void recurring(@ForAll("periods") int months, @ForAll("ints") int day, @ForAll("monthLists") List<Integer> dueMonths,
            @ForAll("ints") int count, @ForAll Measure measure) {
        check(() -> new Recurring(months, day, dueMonths, count, measure));
        check(() -> Recurring.every(months).withDueDay(day));
        check(() -> Recurring.every(months).withDueDay(day, dueMonths).withMinimumCount(count, measure));
        check(() -> Recurring.every(months).withMinimumCount(count, measure));
    }

    @Property(seed = SEED, tries = 2000)
    void anchoredRecurring(@ForAll("periods") int months, @ForAll Recurring.Anchor.Kind kind, @ForAll("ints") int n,
            @ForAll AfterEvent.Counting counting, @ForAll("ints") int count, @ForAll Measure measure) {
        check(() -> new Recurring(months, 0, List.of(), count, measure, new Recurring.Anchor(kind, n, counting)));
        check(() -> Recurring.every(months).withDueAfterEnd(n, counting).withMinimumCount(count, measure));
        check(() -> Recurring.every(months).withDueInNextMonth(n));
        check(() -> Recurring.every(months).withDueOnWorkingDay(n));
        check(() -> Recurring.every(months).withDueOnLastWorkingDay(n).withMinimumCount(count, measure));
    }

    @Provide
    Arbitrary<Integer> periods() {
        return Arbitraries.oneOf(ints(), Arbitraries.of(1, 2, 3, 4, 6, 12));
    }

    @Provide
    Arbitrary<List<Integer>> monthLists() {
        return Arbitraries.oneOf(ints().list().ofMaxSize(13), Arbitraries.integers().between(0, 13).list().ofMaxSize(13),
                Arbitraries.of(1, 2, 3, 4, 6, 12).flatMap(m -> Arbitraries.integers().between(0, m - 1).map(k -> {
                    List<Integer> list = new ArrayList<>();
                    for (int first = 1; first <= 12; first += m) {
                        list.add(first + k);
                    }
                    return list;
                })));
    }

    @Property(seed = SEED)
    void freshness(@ForAll("ints") int days) {
        check(() -> new Freshness(days));
    }

    @Property(seed = SEED, tries = 1500)
    void labels(@ForAll("names") String label, @ForAll("singles") Deadline d) {
        check(() -> new Labelled(label, d));
    }

    @Property(seed = SEED, tries = 2000)
    void eventNames(@ForAll("names") String name, @ForAll("ints") int amount) {
        check(() -> AfterEvent.of(Math.floorMod(amount, 999) + 1, AfterEvent.Counting.DAYS, Event.of(name)));
        check(() -> WithEvent.of(Event.of(name), Event.FORMATION));
        check(() -> BeforeEvent.of(Math.floorMod(amount, 999) + 1, AfterEvent.Counting.WORKING_DAYS, Event.of(name)));
        check(() -> OpenEnded.perEvent(Event.of(name)));
    }

    @Property(seed = SEED, tries = 100)
    void multiples(@ForAll("partLists") List<Deadline> parts) {
        check(() -> new Multiple(parts));
        check(() -> Multiple.of(parts));
    }

    @Provide
    Arbitrary<List<Deadline>> partLists() {
        Arbitrary<Deadline> part = Arbitraries.oneOf(singles(), names().flatMap(n -> singles()
                .map(d -> build(() -> new Labelled(n, d))))).filter(d -> d != null);
        return Arbitraries.oneOf(part.list().ofMaxSize(4), part.list().ofMinSize(98).ofMaxSize(103));
    }
}
