package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The seed plans' labelled parts and policies say what the documents say: 兴义 task 12 (a frequency per kind of
 * unit), tasks 18 and 33 (a body-text date beside the table's column), 局发〔2021〕5号 tasks 1, 4 and 19, and 兴义's
 * 20 working days from formation (条例第二十六条). Expected dates are read off the State Council notices.
 */
class SeedPlanPartsTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    private static List<LocalDate> dues(Deadline deadline, DeadlineContext context) {
        return deadline.resolve(context).stream().map(Due::dueDate).toList();
    }

    @Test
    void xingyiTask12GivesEachKindOfUnitItsOwnFrequency() {
        Plan plan = PlanLedger.load("xingyi-2021");
        Task task = plan.task("12").orElseThrow();
        assertThat(task.parts()).extracting(TaskPart::label).containsExactly("市级部门", "乡镇(街道)");
        TaskPart city = task.parts().get(0);
        TaskPart towns = task.parts().get(1);
        assertThat(plan.leadUnits(task, city)).extracting(Unit::name).contains("市财政局").doesNotContain("顶效镇")
                .hasSize(13);
        assertThat(plan.leadUnits(task, towns)).isEmpty(); // 各乡镇<街道>: the document names no town
        DeadlineContext context = plan.deadlineContext(CHINA, task);
        // issued 2021-06-24: two-month periods from May–June
        assertThat(dues(city.deadline(), context)).containsExactly(LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 8, 31), LocalDate.of(2021, 10, 31), LocalDate.of(2021, 12, 31));
        List<Due> monthly = towns.deadline().resolve(context);
        assertThat(monthly).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 7, 31), LocalDate.of(2021, 8, 31), LocalDate.of(2021, 9, 30),
                LocalDate.of(2021, 10, 31), LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 31));
        assertThat(monthly).allSatisfy(d -> assertThat(d.minimumCount()).isEqualTo(4));
        assertThat(task.remarks().orElseThrow()).contains("时限分项");
    }

    @Test
    void xingyiTasks18And33KeepTheBodyTextsJuneDeadline() {
        Plan plan = PlanLedger.load("xingyi-2021");
        Task task18 = plan.task("18").orElseThrow();
        assertThat(task18.timeLimit()).contains("信息产生或更新起20日。");
        assertThat(task18.parts()).extracting(TaskPart::label).containsExactly("现行文件入库", "新制定文件公开");
        DeadlineContext context = plan.deadlineContext(CHINA, task18).withEvent(Event.FORMATION,
                LocalDate.of(2021, 7, 1));
        assertThat(dues(task18.parts().get(0).deadline(), context)).containsExactly(LocalDate.of(2021, 6, 30));
        // 20 working days after Thursday 2021-07-01: July 2021 has no holiday
        assertThat(dues(task18.parts().get(1).deadline(), context)).containsExactly(LocalDate.of(2021, 7, 29));
        Task task33 = plan.task("33").orElseThrow();
        assertThat(task33.parts()).extracting(p -> p.deadline().toString())
                .containsExactly("by end of 2021-06", "ongoing");
    }

    @Test
    void xingyiReadsTwentyDaysFromFormationAsWorkingDays() {
        Plan plan = PlanLedger.load("xingyi-2021");
        assertThat(plan.hasExplicitPolicy()).isTrue();
        assertThat(plan.policy().calendarDaysAsWorkingDays()).isTrue();
        Task task = plan.task("5").orElseThrow();
        assertThat(task.timeLimit()).contains("形成起20日内公开");
        // formed Friday 2021-09-24: adjusted Sunday 09-26 counts, 10-01..10-07 do not, adjusted Saturday 10-09 does
        DeadlineContext context = plan.deadlineContext(CHINA, task).withEvent(Event.FORMATION,
                LocalDate.of(2021, 9, 24));
        assertThat(dues(task.deadline().orElseThrow(), context)).containsExactly(LocalDate.of(2021, 10, 27));
        assertThat(plan.warnings()).extracting(PlanProblem::reason)
                .noneSatisfy(r -> assertThat(r).contains("calendarDaysAsWorkingDays"));
    }

    @Test
    void bureauTask19HasAMayStepBeforeTheJanuaryDeadline() {
        Plan plan = PlanLedger.load("guizhou-jgswglj-2021");
        Task task = plan.task("19").orElseThrow();
        assertThat(task.timeLimit()).contains("2022 年 1 月底前");
        assertThat(task.parts()).extracting(TaskPart::label).containsExactly("实施方案", "整体");
        assertThat(dues(task.deadline().orElseThrow(), plan.deadlineContext(CHINA, task)))
                .containsExactly(LocalDate.of(2021, 5, 31), LocalDate.of(2022, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "4"})
    void bureauTasks1And4CountThreeWorkingDaysFromEachDocumentsIssuance(String id) {
        Plan plan = PlanLedger.load("guizhou-jgswglj-2021");
        Task task = plan.task(id).orElseThrow();
        assertThat(task.timeLimit()).contains("2021年12月底前");
        assertThat(task.parts()).hasSize(2);
        assertThat(task.parts().get(0).deadline()).isEqualTo(Deadline.parse("3 working days after issuance"));
        assertThat(task.parts().get(1).deadline()).isEqualTo(Deadline.parse("by end of 2021-12"));
        // a document issued Thursday 2021-09-30: Fri 10-08, adjusted Sat 10-09, Mon 10-11
        DeadlineContext context = plan.deadlineContext(CHINA, task).withEvent(Event.ISSUANCE,
                LocalDate.of(2021, 9, 30));
        assertThat(dues(task.deadline().orElseThrow(), context))
                .containsExactly(LocalDate.of(2021, 10, 11), LocalDate.of(2021, 12, 31));
        assertThat(task.remarks().orElseThrow()).contains("正文").contains("括注");
    }

    @ParameterizedTest
    @ValueSource(strings = {"guizhou-jgswglj-2021", "qinghai-2021", "guizhou-2020", "xingyi-2021",
        "rongjiang-2021"})
    void noSeedPlanLeavesTwentyDaysFromFormationUndecided(String id) {
        assertThat(PlanLedger.load(id).warnings()).extracting(PlanProblem::reason)
                .noneSatisfy(r -> assertThat(r).contains("calendarDaysAsWorkingDays"));
    }
}
