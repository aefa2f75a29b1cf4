package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.PartResolution.Outcome;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Deadline#resolveParts(DeadlineContext)}: every part reported, none lost to another's missing context. */
class PartResolutionTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final DeadlineContext BARE = DeadlineContext.of(CAL);
    private static final DeadlineContext Y2021 = BARE.withYear(Year.of(2021));

    private static PartResolution only(String phrase, DeadlineContext ctx) {
        List<PartResolution> parts = Deadline.parse(phrase).resolveParts(ctx);
        assertThat(parts).hasSize(1);
        return parts.get(0);
    }

    @Test
    void aPartAwaitingItsEventDoesNotLoseTheDatedPart() {
        Deadline d = Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。");
        List<PartResolution> parts = d.resolveParts(Y2021);
        assertThat(parts).hasSize(2);
        PartResolution latest = parts.get(0);
        assertThat(latest.label()).contains("最新规划");
        assertThat(latest.deadline()).isEqualTo(AfterEvent.of(20, AfterEvent.Counting.DAYS, Event.FORMATION));
        assertThat(latest.outcome()).isEqualTo(Outcome.AWAITING_EVENTS);
        assertThat(latest.isDated()).isFalse();
        assertThat(latest.awaitedEvents()).containsExactly(Event.FORMATION);
        assertThat(latest.dues()).isEmpty();
        assertThat(latest.reason()).isEqualTo(new Bilingual(
                "waits for the date of formation (DeadlineContext.withEvent or withTrigger)", "待形成的日期确定"));
        PartResolution history = parts.get(1);
        assertThat(history.label()).contains("历史规划");
        assertThat(history.outcome()).isEqualTo(Outcome.DATED);
        assertThat(history.isDated()).isTrue();
        assertThat(history.awaitedEvents()).isEmpty();
        assertThat(history.dues()).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 9, 30));
        assertThat(history.dues().get(0).label()).contains("历史规划");
        assertThat(history.reason()).isEqualTo(new Bilingual("1 due date", "1个截止日期"));
        // resolve keeps its contract: the undated part fails the whole
        assertThatThrownBy(() -> d.resolve(Y2021)).isInstanceOfSatisfying(DeadlineResolutionException.class,
            e -> assertThat(e.getMessage()).isEqualTo("Cannot resolve '20 days after formation': missing the date"
                    + " of formation (DeadlineContext.withEvent or withTrigger)"));
        // once the event is dated, both parts are: formed 2021-07-01, +20 days = Wed 07-21
        List<PartResolution> dated = d.resolveParts(Y2021.withEvent(Event.FORMATION, LocalDate.of(2021, 7, 1)));
        assertThat(dated).allMatch(PartResolution::isDated);
        assertThat(dated.get(0).dues()).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 7, 21));
        assertThat(dated.get(0).dues().get(0).label()).contains("最新规划");
    }

    @Test
    void openEndedParts() {
        PartResolution ongoing = only("长期", Y2021);
        assertThat(ongoing.outcome()).isEqualTo(Outcome.OPEN_ENDED);
        assertThat(ongoing.reason()).isEqualTo(new Bilingual("ongoing (长期): no due date", "长期：无截止日期"));
        PartResolution prompt = only("及时", Y2021);
        assertThat(prompt.outcome()).isEqualTo(Outcome.OPEN_ENDED);
        assertThat(prompt.reason().chinese()).isEqualTo("及时：无固定期限，政策未设默认时限，无截止日期");
        assertThat(prompt.reason().english()).contains("DeadlinePolicy.promptDefault");

        List<PartResolution> both = Deadline.parse("持续推进，2021年底前完成").resolveParts(Y2021);
        assertThat(both).extracting(PartResolution::outcome).containsExactly(Outcome.OPEN_ENDED, Outcome.DATED);
        assertThat(both.get(1).dues()).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 12, 31));
    }

    @Test
    void promptWithAPolicyDefaultAwaitsTheDefaultsEvents() {
        DeadlineContext ctx = Y2021.withPolicy(DeadlinePolicy.builder()
                .promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT).build());
        PartResolution awaiting = only("及时公开", ctx);
        assertThat(awaiting.outcome()).isEqualTo(Outcome.AWAITING_EVENTS);
        assertThat(awaiting.deadline()).isEqualTo(OpenEnded.PER_EVENT);
        assertThat(awaiting.awaitedEvents()).containsExactly(Event.FORMATION, Event.CHANGE);
        assertThat(awaiting.reason().chinese()).isEqualTo("及时，按政策默认时限 形成或变更之日起20个工作日内：待形成或变更的日期确定");
        // formed Thu 2021-09-30: 20 working days are 10-08, 10-09 (adjusted), 10-11 … 11-03
        PartResolution dated = only("及时公开", ctx.withEvent(Event.FORMATION, LocalDate.of(2021, 9, 30)));
        assertThat(dated.dues()).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 11, 3));
        assertThat(dated.dues().get(0).deadline()).isEqualTo(OpenEnded.PER_EVENT);
        assertThat(dated.dues().get(0).explanation().toEnglish()).startsWith("per event (及时): policy default 20"
                + " working days after formation or change → formed Thu 2021-09-30 (day 0, not counted)");
    }

    @Test
    void missingYearWindowAndEvents() {
        PartResolution noYear = only("11月15日前", BARE);
        assertThat(noYear.outcome()).isEqualTo(Outcome.NEEDS_YEAR);
        assertThat(noYear.reason().chinese()).isEqualTo("需要计划年度");
        PartResolution noLeapDay = only("2月29日前", Y2021);
        assertThat(noLeapDay.outcome()).isEqualTo(Outcome.NEEDS_YEAR);
        assertThat(noLeapDay.reason()).isEqualTo(new Bilingual("needs a year in which 02-29 exists, not 2021",
                "需要有2月29日的年度，2021年没有"));
        assertThat(only("2月29日前", BARE.withYear(Year.of(2024))).dues()).extracting(Due::dueDate)
                .containsExactly(LocalDate.of(2024, 2, 29));
        PartResolution noWindow = only("每季度一次", BARE);
        assertThat(noWindow.outcome()).isEqualTo(Outcome.NEEDS_WINDOW);
        assertThat(noWindow.reason().chinese()).isEqualTo("需要计划期间或年度");
        PartResolution noUpdate = only("超过14天未更新", BARE);
        assertThat(noUpdate.outcome()).isEqualTo(Outcome.AWAITING_EVENTS);
        assertThat(noUpdate.awaitedEvents()).containsExactly(Event.CHANGE);
        PartResolution noTrigger = only("3个工作日内", BARE);
        assertThat(noTrigger.outcome()).isEqualTo(Outcome.AWAITING_EVENTS);
        assertThat(noTrigger.awaitedEvents()).isEmpty();
        assertThat(noTrigger.reason().english()).isEqualTo(
                "waits for the date of the event (DeadlineContext.withEvent or withTrigger)");
        assertThat(only("与文件同时公开", BARE).outcome()).isEqualTo(Outcome.AWAITING_EVENTS);
    }

    @Test
    void aSingleDeadlineIsOnePartWithTheDuesOfResolve() {
        DeadlineContext ctx = Y2021.withWindow(LocalDate.of(2021, 6, 24), LocalDate.of(2021, 12, 31));
        PartResolution quarterly = only("每季度一次", ctx);
        assertThat(quarterly.label()).isEmpty();
        assertThat(quarterly.dues()).isEqualTo(Deadline.parse("每季度一次").resolve(ctx));
        assertThat(quarterly.dues()).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 9, 30), LocalDate.of(2021, 12, 31));
        assertThat(quarterly.reason()).isEqualTo(new Bilingual("3 due dates", "3个截止日期"));
        assertThat(quarterly.toString()).isEqualTo("PartResolution[quarterly: DATED [Due[2021-06-30, period"
                + " 2021-04-01..2021-06-30: quarterly], Due[2021-09-30, period 2021-07-01..2021-09-30: quarterly],"
                + " Due[2021-12-31, period 2021-10-01..2021-12-31: quarterly]]]");
    }

    @Test
    void coverageErrorsStillThrow() {
        assertThatThrownBy(() -> Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。")
                .resolveParts(Y2021.withEvent(Event.FORMATION, LocalDate.of(2026, 12, 20))))
                .isInstanceOfSatisfying(CalendarCoverageException.class,
                    e -> assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 9)));
    }

    @Test
    void valuesAndToString() {
        PartResolution a = Deadline.parse("最新规划:形成20日内").resolveParts(Y2021).get(0);
        PartResolution b = Deadline.parse("最新规划:形成20日内").resolveParts(Y2021).get(0);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("PartResolution[label 最新规划, 20 days after formation: AWAITING_EVENTS"
                + " [formation]]");
        assertThat(only("长期", Y2021).toString()).isEqualTo("PartResolution[ongoing: OPEN_ENDED (ongoing (长期): no"
                + " due date)]");
    }
}
