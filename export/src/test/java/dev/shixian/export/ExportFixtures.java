package dev.shixian.export;

import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Test fixture: a small plan, its schedule and a ledger as of Friday 2021-10-15. The calendar is 2021 as the State
 * Council notice 国办发明电〔2020〕27号 gives its 中秋节 and 国庆节 (days off 09-19..09-21 and 10-01..10-07; adjusted
 * working days Sat 09-18, Sun 09-26 and Sat 10-09); the other holidays of the year are left out, as no date here
 * needs them. Copied from core's SchedulerTest, whose test classes this module cannot see.
 */
final class ExportFixtures {

    static final WorkingCalendar CAL = ImmutableWorkingCalendar.builder().name("CN-2021-autumn")
            .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            .daysOff(LocalDate.of(2021, 9, 19), LocalDate.of(2021, 9, 21), "中秋节")
            .workingDay(LocalDate.of(2021, 9, 18), "中秋节")
            .daysOff(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7), "国庆节")
            .workingDay(LocalDate.of(2021, 9, 26), "国庆节")
            .workingDay(LocalDate.of(2021, 10, 9), "国庆节")
            .build();

    /** A task content with a comma, double quotes and a line break, to check quoting. */
    static final String AWKWARD = "公开\"双随机、一公开\"结果,含逗号\n第二行";

    static final Plan PLAN = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
            .issued(LocalDate.of(2021, 6, 24))
            .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局")).unit(Unit.of("sfj", "市司法局"))
            .group(new UnitGroup("市直有关部门", List.of("czj", "sfj")))
            .addressees(List.of("市直有关部门"))
            .task(Task.builder("7").content("财政预决算公开").lead("czj", "zfb").timeLimit("每季度一次"))
            .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内"))
            .task(Task.builder("23").content("持续").lead("sfj").timeLimit("长期"))
            .task(Task.builder("30").content(AWKWARD).lead("sfj").timeLimit("每半年一次"))
            .build();

    static final Schedule SCHEDULE = Scheduler.of(CAL).schedule(PLAN, List.of(
            Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号"),
            Occurrence.of("issuance", LocalDate.of(2021, 10, 20), "兴府发〔2021〕6号"),
            Occurrence.of("issuance", LocalDate.of(2021, 10, 14), "兴府发〔2021〕7号"),
            Occurrence.of("issuance", LocalDate.of(2021, 10, 13), "兴府发〔2021〕8号")));

    static final List<ObligationRecord> RECORDS = List.of(
            Completion.of("xy/7/2021-Q2@czj", LocalDate.of(2021, 6, 30)),
            Completion.of("xy/7/2021-Q2@zfb", LocalDate.of(2021, 6, 29)),
            Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
            Completion.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 12)),
            Extension.of("xy/13/兴府发〔2021〕8号@zfb", LocalDate.of(2021, 10, 15), 5),
            NotApplicable.of("xy/30/2021-H1@sfj", LocalDate.of(2021, 6, 28), "本单位无此项工作"));

    static final LocalDate AS_OF = LocalDate.of(2021, 10, 15);

    private ExportFixtures() {
    }

    static Ledger ledger() {
        return SCHEDULE.statusAsOf(AS_OF, RECORDS).ledger();
    }
}
