package dev.shixian.testkit;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * A small plan of 2021 on the official calendar (2021 notice 国办发明电〔2020〕27号: 中秋节 09-19..09-21 off, adjusted
 * Sat 09-18; 国庆节 10-01..10-07 off, adjusted Sun 09-26 and Sat 10-09), issued Thu 06-24:
 * <ul>
 *   <li>task 2, 9月底前, 市政府办公室: due Thu 09-30; open;</li>
 *   <li>task 7, 每季度一次, 市财政局: due 06-30 (the partial first quarter), 09-30, 12-31; Q2 done Fri 07-02, late by
 *     Thu 07-01 and Fri 07-02 = 2; Q3 done Wed 09-29, on time;</li>
 *   <li>task 13, 印发后3个工作日内, 市政府办公室, a document issued Thu 09-30: due Mon 10-11 (Fri 10-08, adjusted Sat
 *     10-09, Mon 10-11); open.</li>
 * </ul>
 * As of Fri 10-15: 2 overdue by Fri 10-08, Sat 10-09, Mon 10-11..Fri 10-15 = 7 (红, more than 5); 13 overdue by
 * 10-12..10-15 = 4 (黄).
 */
final class Fixtures {

    static final WorkingCalendar CAL = ChinaCalendar.official();

    static final String T2 = "xy/2@zfb";
    static final String T13 = "xy/13/兴府发〔2021〕5号@zfb";
    static final String Q2 = "xy/7/2021-Q2@czj";
    static final String Q3 = "xy/7/2021-Q3@czj";
    static final String Q4 = "xy/7/2021-Q4@czj";

    static final List<ObligationRecord> RECORDS = List.of(Completion.of(Q2, LocalDate.of(2021, 7, 2)),
            Completion.of(Q3, LocalDate.of(2021, 9, 29)));

    private Fixtures() {
    }

    static Schedule schedule() {
        Plan plan = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局"))
                .task(Task.builder("2").content("历史规划").lead("zfb").timeLimit("9月底前"))
                .task(Task.builder("7").content("财政预决算公开").lead("czj").timeLimit("每季度一次"))
                .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内"))
                .build();
        return Scheduler.of(CAL).schedule(plan, List.of(
                Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号").forTask("13")));
    }
}
