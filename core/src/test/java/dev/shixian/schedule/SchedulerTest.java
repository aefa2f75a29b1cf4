package dev.shixian.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Event;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Obligations made from a plan: their ids, kinds, units and due dates. The calendar is 2021 as the State Council
 * notice 国办发明电〔2020〕27号 gives its 中秋节 and 国庆节 (days off 09-19..09-21 and 10-01..10-07; adjusted working
 * days Sat 09-18, Sun 09-26 and Sat 10-09); the other holidays of the year are left out, as no date here needs them.
 */
class SchedulerTest {

    static final WorkingCalendar CAL = ImmutableWorkingCalendar.builder().name("CN-2021-autumn")
            .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            .daysOff(LocalDate.of(2021, 9, 19), LocalDate.of(2021, 9, 21), "中秋节")
            .workingDay(LocalDate.of(2021, 9, 18), "中秋节")
            .daysOff(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7), "国庆节")
            .workingDay(LocalDate.of(2021, 9, 26), "国庆节")
            .workingDay(LocalDate.of(2021, 10, 9), "国庆节")
            .build();

    static Plan.Builder plan() {
        return Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局")).unit(Unit.of("sfj", "市司法局"))
                .group(new UnitGroup("市直有关部门", List.of("czj", "sfj")))
                .group(new UnitGroup("各乡镇（街道）", List.of()))
                .addressees(List.of("市直有关部门"));
    }

    static List<String> ids(Schedule s) {
        return s.obligations().stream().map(Obligation::id).collect(Collectors.toList());
    }

    @Test
    void recurringGivesOneObligationPerPeriodAndLeadUnitFromThePartialFirstQuarter() {
        Plan p = plan().task(Task.builder("7").content("财政预决算公开").lead("czj", "zfb").timeLimit("每季度一次"))
                .build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(ids(s)).containsExactly("xy/7/2021-Q2@czj", "xy/7/2021-Q2@zfb", "xy/7/2021-Q3@czj",
                "xy/7/2021-Q3@zfb", "xy/7/2021-Q4@czj", "xy/7/2021-Q4@zfb");
        Obligation q3 = s.find("xy/7/2021-Q3@czj").orElseThrow();
        assertThat(q3.kind()).isEqualTo(Obligation.Kind.DATED);
        assertThat(q3.dueDate()).hasValue(LocalDate.of(2021, 9, 30));
        assertThat(q3.period().orElseThrow().getStart()).isEqualTo("2021-07-01");
        assertThat(q3.period().orElseThrow().getEndInclusive()).isEqualTo("2021-09-30");
        assertThat(q3.unit().orElseThrow().id()).isEqualTo("czj");
        assertThat(q3.minimumCount()).isEqualTo(1);
        assertThat(s.find("xy/7/2021-Q2@czj").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 6, 30));
    }

    @Test
    void periodsOfOtherLengthsHaveTheirOwnIdForms() {
        Plan p = plan().window(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .task(Task.builder("1").content("月").lead("zfb").timeLimit("每月一次"))
                .task(Task.builder("2").content("半年").lead("zfb").timeLimit("每半年一次"))
                .task(Task.builder("3").content("年").lead("zfb").timeLimit("每年一次"))
                .task(Task.builder("4").content("两月").lead("zfb").timeLimit("每2个月不少于1篇")).build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(s.obligations("1")).extracting(Obligation::id).startsWith("xy/1/2021-01@zfb", "xy/1/2021-02@zfb")
                .hasSize(12).endsWith("xy/1/2021-12@zfb");
        assertThat(s.obligations("2")).extracting(Obligation::id).containsExactly("xy/2/2021-H1@zfb",
                "xy/2/2021-H2@zfb");
        assertThat(s.obligations("3")).extracting(Obligation::id).containsExactly("xy/3/2021@zfb");
        assertThat(s.obligations("4")).extracting(Obligation::id).hasSize(6)
                .startsWith("xy/4/2021-01-01..2021-02-28@zfb").endsWith("xy/4/2021-11-01..2021-12-31@zfb");
    }

    @Test
    void eventWithoutOccurrenceAwaitsItAndEachOccurrenceGivesItsOwnObligation() {
        Plan p = plan().task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内")).build();
        Schedule waiting = Scheduler.of(CAL).schedule(p);
        assertThat(ids(waiting)).containsExactly("xy/13@zfb");
        Obligation w = waiting.obligations().get(0);
        assertThat(w.kind()).isEqualTo(Obligation.Kind.AWAITING_EVENT);
        assertThat(w.awaitedEvents()).containsExactly(Event.ISSUANCE);
        assertThat(w.due()).isEmpty();

        Schedule s = Scheduler.of(CAL).schedule(p, List.of(
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号"),
                Occurrence.of("印发", LocalDate.of(2021, 9, 17), "兴府发〔2021〕4号")));
        assertThat(ids(s)).containsExactly("xy/13/兴府发〔2021〕5号@zfb", "xy/13/兴府发〔2021〕4号@zfb");
        // Thu 09-30 → Fri 10-08 (1), adjusted Sat 10-09 (2), Mon 10-11 (3)
        assertThat(s.find("xy/13/兴府发〔2021〕5号@zfb").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 10, 11));
        // Fri 09-17 → adjusted Sat 09-18 (1), 中秋 09-19..21 off, Wed 09-22 (2), Thu 09-23 (3)
        assertThat(s.find("xy/13/兴府发〔2021〕4号@zfb").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 9, 23));
        assertThat(s.obligations().get(0).occurrence().orElseThrow().subject()).isEqualTo("兴府发〔2021〕5号");
    }

    @Test
    void anEventThePlanDatesIsAnOccurrenceOfThePlanItself() {
        Plan p = plan().event("issuance", LocalDate.of(2021, 6, 24))
                .task(Task.builder("5").content("制定方案").lead("zfb").timeLimit("本要点印发后20个工作日内")).build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(ids(s)).containsExactly("xy/5@zfb");
        // Thu 06-24 + 20 working days, no holiday between: 06-25 (1), 06-28..07-02 (6), 07-05..09 (11),
        // 07-12..16 (16), 07-19..22 (20)
        assertThat(s.obligations().get(0).dueDate()).hasValue(LocalDate.of(2021, 7, 22));
        assertThat(s.obligations().get(0).occurrence()).isEmpty();
    }

    @Test
    void occurrenceForOneTaskAndOneUnit() {
        Plan p = plan()
                .task(Task.builder("13").content("解读").lead("zfb", "czj").timeLimit("印发后3个工作日内"))
                .task(Task.builder("14").content("解读").lead("zfb").timeLimit("印发后5个工作日内")).build();
        Schedule s = Scheduler.of(CAL).schedule(p, List.of(
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴财发〔2021〕1号").forTask("13").byUnit("市财政局")));
        assertThat(ids(s)).containsExactly("xy/13/兴财发〔2021〕1号@czj", "xy/14@zfb");
        assertThat(s.find("xy/14@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.AWAITING_EVENT);
    }

    @Test
    void ongoingAndUndatedObligationsSayWhy() {
        Plan p = plan()
                .task(Task.builder("23").content("持续").lead("zfb").timeLimit("长期"))
                .task(Task.builder("24").content("及时").lead("zfb").timeLimit("及时"))
                .task(Task.builder("25").content("无时限").lead("zfb")).build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(s.find("xy/23@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.ONGOING);
        assertThat(s.find("xy/23@zfb").orElseThrow().reasonChinese()).hasValue("长期任务，无截止日期");
        assertThat(s.find("xy/24@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.UNDATED);
        assertThat(s.find("xy/24@zfb").orElseThrow().reason()).hasValue("per event (及时) with no default time limit");
        assertThat(s.find("xy/25@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.UNDATED);
        assertThat(s.find("xy/25@zfb").orElseThrow().deadline()).isEmpty();
    }

    @Test
    void labelledPartsAndUnlabelledPartsOfAMultiPartTimeLimit() {
        Plan p = plan()
                .task(Task.builder("1").content("规划").lead("zfb")
                        .timeLimit("最新规划:印发后3个工作日内。历史规划:9月底前"))
                .task(Task.builder("2").content("建设").lead("zfb").timeLimit("2021年12月底前完成并长期坚持")).build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(ids(s)).containsExactly("xy/1#最新规划@zfb", "xy/1#历史规划@zfb", "xy/2#1@zfb", "xy/2#2@zfb");
        assertThat(s.find("xy/1#历史规划@zfb").orElseThrow().label()).hasValue("历史规划");
        assertThat(s.find("xy/1#历史规划@zfb").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 9, 30));
        assertThat(s.find("xy/2#1@zfb").orElseThrow().label()).isEmpty();
        assertThat(s.find("xy/2#1@zfb").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 12, 31));
        assertThat(s.find("xy/2#2@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.ONGOING);
    }

    @Test
    void aPartWithItsOwnUnitsGivesObligationsOnlyToThem() {
        // 兴义 task 12: the 市直 departments every two months, the 乡镇（街道） at least 4 items a month
        Plan p = plan().unit(Unit.of("dxz", "顶效镇"))
                .group(new UnitGroup("各乡镇", List.of("dxz")))
                .task(Task.builder("12").content("重点信息栏目").lead("市直有关部门")
                        .timeLimit("市级部门每2个月不少于1篇。乡镇每月不少于4篇。")
                        .part(dev.shixian.plan.TaskPart.builder("市级部门").lead("市直有关部门")
                                .timeLimit("每2个月不少于1篇"))
                        .part(dev.shixian.plan.TaskPart.builder("乡镇").lead("各乡镇").timeLimit("每月不少于4篇")))
                .build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        // window 06-24..12-31: two-month periods from 05-01..06-30 (partial), then 07-08, 09-10, 11-12
        assertThat(s.obligations("12")).extracting(Obligation::id).filteredOn(id -> id.contains("#市级部门"))
                .containsExactly("xy/12#市级部门/2021-05-01..2021-06-30@czj", "xy/12#市级部门/2021-05-01..2021-06-30@sfj",
                        "xy/12#市级部门/2021-07-01..2021-08-31@czj", "xy/12#市级部门/2021-07-01..2021-08-31@sfj",
                        "xy/12#市级部门/2021-09-01..2021-10-31@czj", "xy/12#市级部门/2021-09-01..2021-10-31@sfj",
                        "xy/12#市级部门/2021-11-01..2021-12-31@czj", "xy/12#市级部门/2021-11-01..2021-12-31@sfj");
        assertThat(s.obligations("12")).filteredOn(o -> o.label().orElseThrow().equals("乡镇"))
                .extracting(Obligation::id).hasSize(7).allMatch(id -> id.endsWith("@dxz"))
                .startsWith("xy/12#乡镇/2021-06@dxz").endsWith("xy/12#乡镇/2021-12@dxz");
        assertThat(s.find("xy/12#乡镇/2021-07@dxz").orElseThrow().minimumCount()).isEqualTo(4);
        assertThat(s.find("xy/12#乡镇/2021-07@dxz").orElseThrow().dueDate()).hasValue(LocalDate.of(2021, 7, 31));
    }

    @Test
    void whoAnswers() {
        Plan p = plan().task(Task.builder("8").content("x").lead("zfb").responsible("市直有关部门").timeLimit("9月底前"))
                .task(Task.builder("9").content("addressees lead").timeLimit("9月底前")).build();
        assertThat(ids(Scheduler.of(CAL).schedule(p))).containsExactly("xy/8@zfb", "xy/9@czj", "xy/9@sfj");
        Schedule responsible = Scheduler.of(CAL).withAnsweringUnits(AnsweringUnits.RESPONSIBLE_UNITS).schedule(p);
        assertThat(ids(responsible)).containsExactly("xy/8@czj", "xy/8@sfj", "xy/9@czj", "xy/9@sfj");
        Schedule together = Scheduler.of(CAL).withAnsweringUnits(AnsweringUnits.TOGETHER).schedule(p);
        assertThat(ids(together)).containsExactly("xy/8", "xy/9");
        assertThat(together.find("xy/8").orElseThrow().units()).extracting(Unit::id).containsExactly("zfb", "czj",
                "sfj");
        assertThat(together.find("xy/8").orElseThrow().unit()).isEmpty();
    }

    @Test
    void aGroupWithoutMembersGivesOneObligationForTheTaskAndAWarning() {
        Plan p = plan().task(Task.builder("30").content("乡镇").lead("各乡镇（街道）").timeLimit("9月底前")).build();
        Schedule s = Scheduler.of(CAL).schedule(p);
        assertThat(ids(s)).containsExactly("xy/30");
        assertThat(s.warnings()).singleElement().asString().contains("task '30'");
    }

    @Test
    void idsAreStableWhenAnotherTaskIsAdded() {
        Task.Builder quarterly = Task.builder("7").content("q").lead("czj").timeLimit("每季度一次");
        Task.Builder perEvent = Task.builder("13").content("e").lead("zfb").timeLimit("印发后3个工作日内");
        List<Occurrence> occ = List.of(Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号"));
        Schedule before = Scheduler.of(CAL).schedule(plan().task(quarterly).task(perEvent).build(), occ);
        Schedule after = Scheduler.of(CAL).schedule(plan().task(Task.builder("1").content("new").lead("sfj")
                .timeLimit("每月一次")).task(quarterly).task(perEvent).build(), occ);
        assertThat(ids(after)).containsAll(ids(before));
        for (Obligation o : before.obligations()) {
            assertThat(after.find(o.id()).orElseThrow().dueDate()).isEqualTo(o.dueDate());
        }
    }

    @Test
    void everyBadOccurrenceIsListedWithItsIndex() {
        Plan p = plan().task(Task.builder("13").content("e").lead("zfb").timeLimit("印发后3个工作日内"))
                .task(Task.builder("7").content("q").lead("czj").timeLimit("每季度一次")).build();
        List<Occurrence> bad = List.of(
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "a"),
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "b").forTask("99"),
                Occurrence.of("receipt", LocalDate.of(2021, 9, 30), "c"),
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "d").forTask("7"),
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "e").byUnit("不存在的单位"),
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "f").byUnit("sfj"),
                Occurrence.of("issuance", LocalDate.of(2021, 10, 8), "a"));
        assertThatThrownBy(() -> Scheduler.of(CAL).schedule(p, bad))
                .isInstanceOf(OccurrenceException.class)
                .hasMessageContaining("6 occurrences cannot be scheduled")
                .satisfies(e -> assertThat(((OccurrenceException) e).problems())
                        .extracting(OccurrenceException.Problem::index).containsExactly(1, 2, 3, 4, 5, 6))
                .satisfies(e -> assertThat(((OccurrenceException) e).problems()).extracting(
                        OccurrenceException.Problem::reason).anySatisfy(r -> assertThat(r).contains("no task '99'"))
                        .anySatisfy(r -> assertThat(r).contains("no task of the plan counts from receipt"))
                        .anySatisfy(r -> assertThat(r).contains("does not count from issuance"))
                        .anySatisfy(r -> assertThat(r).contains("unknown unit '不存在的单位'"))
                        .anySatisfy(r -> assertThat(r).contains("has this unit among the units answering"))
                        .anySatisfy(r -> assertThat(r).contains("'xy/13/a@zfb' a second time")));
    }

    @Test
    void subjectsCannotBreakIds() {
        assertThatThrownBy(() -> Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "a/b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
        assertThatThrownBy(() -> Occurrence.of("issuance", LocalDate.of(2021, 9, 30), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
