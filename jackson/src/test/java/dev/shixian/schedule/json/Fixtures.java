package dev.shixian.schedule.json;

import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Test fixtures: the 2021 autumn of the official calendar as 国办发明电〔2020〕27号 gives it (中秋节 09-19..21 with
 * adjusted working day Sat 09-18; 国庆节 10-01..07 with adjusted working days Sun 09-26 and Sat 10-09), and a small
 * plan modelled on the 兴义市 2021 要点.
 */
final class Fixtures {

    static final WorkingCalendar CAL = ImmutableWorkingCalendar.builder().name("CN-2021-autumn")
            .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            .daysOff(LocalDate.of(2021, 9, 19), LocalDate.of(2021, 9, 21), "中秋节")
            .workingDay(LocalDate.of(2021, 9, 18), "中秋节")
            .daysOff(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7), "国庆节")
            .workingDay(LocalDate.of(2021, 9, 26), "国庆节")
            .workingDay(LocalDate.of(2021, 10, 9), "国庆节")
            .build();

    static final Plan PLAN = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
            .issued(LocalDate.of(2021, 6, 24))
            .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局")).unit(Unit.of("sfj", "市司法局"))
            .group(new UnitGroup("市直有关部门", List.of("czj", "sfj")))
            .task(Task.builder("7").content("财政预决算公开").lead("czj", "zfb").timeLimit("每季度一次"))
            .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内"))
            .task(Task.builder("23").content("持续").lead("sfj").timeLimit("长期"))
            .build();

    static final Scheduler SCHEDULER = Scheduler.of(CAL);

    static final List<Occurrence> OCCURRENCES = List.of(
            Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号"),
            Occurrence.of("issuance", LocalDate.of(2021, 10, 20), "兴府发〔2021〕6号"));

    static final Schedule SCHEDULE = SCHEDULER.schedule(PLAN, OCCURRENCES);

    /** Records as of 2021-10-15; the last is dated after it. */
    static final List<ObligationRecord> RECORDS = List.of(
            Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
            Completion.of("xy/7/2021-Q3@zfb", LocalDate.of(2021, 10, 8)).withNote("三季度预算执行"),
            Completion.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11)),
            NotApplicable.of("xy/7/2021-Q4@zfb", LocalDate.of(2021, 10, 12), "本单位无此项工作"),
            Completion.of("xy/7/2021-Q4@czj", LocalDate.of(2021, 10, 20)));

    private Fixtures() {
    }
}
