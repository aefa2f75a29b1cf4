package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of resolution against brute-force references, and of the parser on random and mutated input. */
class DeadlineProperties {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private static final List<String> SEEDS = List.of("2021年12月底前", "印发后3个工作日内", "形成起20日内公开",
            "每季度一次", "长期", "不定期公开", "最新规划:形成20日内。历史规划:9月底完成公开。", "每2个月不少于1篇",
            "每年1、4、7、10月8日之前", "与政策出台或实施起同时公开。", "舆情产生后按相关程序公开。", "信息产生或更新起20日。",
            "2021年10月30日前", "持续推进，2021年底前完成", "二〇二一年九月三十日", "超过14天未更新",
            "quarterly by day 8 of months 1, 4, 7, 10", "label \"a\": 3 working days after issuance; by end of 2021-Q3",
            "with issuance, within 5 working days", "every 2 months, at least 1 article");

    @Provide
    Arbitrary<LocalDate> eventDates() {
        return Arbitraries.integers().between(0, 365 * 2 + 365).map(FIRST::plusDays);
    }

    private static DeadlineContext at(LocalDate event) {
        return DeadlineContext.of(CAL).withTrigger(event);
    }

    @Property
    void workingDaysEqualADayByDayCount(@ForAll("eventDates") LocalDate event, @ForAll @IntRange(min = 1, max = 60)
            int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.WORKING_DAYS).resolve(at(event)).get(0).dueDate();
        LocalDate d = event;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (CAL.isWorkingDay(d)) {
                counted++;
            }
        }
        assertThat(due).isEqualTo(d);
    }

    @Property
    void calendarDaysLandOnAWorkingDayAndEqualTheReference(@ForAll("eventDates") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.DAYS, Event.FORMATION).resolve(at(event)).get(0).dueDate();
        LocalDate d = event.plusDays(n);
        while (!CAL.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        assertThat(CAL.isWorkingDay(due)).isTrue();
        assertThat(due).isEqualTo(d);
    }

    @Property
    void monthsFollowCivilCodeArticle202(@ForAll("eventDates") LocalDate event,
            @ForAll @IntRange(min = 1, max = 36) int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.MONTHS, Event.RECEIPT).resolve(at(event)).get(0).dueDate();
        YearMonth target = YearMonth.from(event).plusMonths(n);
        LocalDate end = target.isValidDay(event.getDayOfMonth()) ? target.atDay(event.getDayOfMonth())
                : target.atEndOfMonth();
        LocalDate d = end;
        while (!CAL.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        assertThat(CAL.isWorkingDay(due)).isTrue();
        assertThat(due).isEqualTo(d);
        assertThat(due).isAfterOrEqualTo(end);
    }

    @Property
    void yearsAreTwelveMonths(@ForAll("eventDates") LocalDate event, @ForAll @IntRange(min = 1, max = 3) int n) {
        LocalDate years = AfterEvent.of(n, AfterEvent.Counting.YEARS).resolve(at(event)).get(0).dueDate();
        LocalDate months = AfterEvent.of(12 * n, AfterEvent.Counting.MONTHS).resolve(at(event)).get(0).dueDate();
        Assume.that(!event.plusYears(n).isAfter(LocalDate.of(2026, 12, 20)));
        assertThat(years).isEqualTo(months);
    }

    @Property
    void randomTextOnlyEverFailsWithDeadlineParseException(@ForAll String text) {
        check(text);
    }

    @Property(tries = 2000)
    void mutatedSeedPhrasesOnlyEverFailWithDeadlineParseException(@ForAll("mutated") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().with("年月日前内后底末季度个工作天每至少不少于篇次或"
                + "起之时同步，。：、;:\"“”0123456789一二三四五六七八九十两〇百千 -"), Arbitraries.chars());
        return Arbitraries.lazyOf(() -> seed.flatMap(s -> Arbitraries.integers().between(1, 4).flatMap(k ->
                mutations(s, k, chars))));
    }

    private static Arbitrary<String> mutations(String s, int k, Arbitrary<Character> chars) {
        Arbitrary<String> out = Arbitraries.just(s);
        for (int i = 0; i < k; i++) {
            out = out.flatMap(t -> Arbitraries.integers().between(0, 2).flatMap(op -> Arbitraries.integers()
                    .between(0, Math.max(0, t.length() - 1)).flatMap(at -> chars.map(c -> mutate(t, op, at, c)))));
        }
        return out;
    }

    private static String mutate(String t, int op, int at, char c) {
        if (t.isEmpty()) {
            return String.valueOf(c);
        }
        switch (op) {
            case 0:
                return t.substring(0, at) + c + t.substring(at);
            case 1:
                return t.substring(0, at) + t.substring(at + 1);
            default:
                return t.substring(0, at) + c + t.substring(at + 1);
        }
    }

    private static void check(String text) {
        try {
            Deadline d = Deadline.parse(text);
            assertThat(Deadline.parse(d.toString())).isEqualTo(d);
            assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        } catch (DeadlineParseException e) {
            assertThat(e.index()).isBetween(0, text.length());
            assertThat(e.input()).isEqualTo(text);
        }
        try {
            IgnoredSpans.wellFormed(text, Deadline.parseLenient(text).ignored());
        } catch (DeadlineParseException e) {
            assertThat(e.index()).isBetween(0, text.length());
        }
    }
}
