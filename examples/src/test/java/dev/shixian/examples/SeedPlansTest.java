package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.FixedDate;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.QuantityTarget;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.json.PlanFiles;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The five seed plans, transcribed from the published plan documents into the {@code plans/*.json} resources of this
 * module, load with no errors and say what the documents say. Everything read here is on the classpath: the test
 * needs no file outside the project.
 */
class SeedPlansTest {

    static Plan load(String id) {
        try (InputStream in = SeedPlansTest.class.getResourceAsStream("/plans/" + id + ".json")) {
            assertThat(in).as("plan resource %s", id).isNotNull();
            return PlanFiles.read(in, id + ".json");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("guizhou-jgswglj-2021", 20, "局发〔2021〕5号"),
                Arguments.of("qinghai-2021", 31, "青政办〔2021〕47号"),
                Arguments.of("guizhou-2020", 26, "黔府办函〔2020〕23号"),
                Arguments.of("xingyi-2021", 33, null),
                Arguments.of("rongjiang-2021", 32, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void loadsWithItsTaskCountAndRoundTrips(String id, int tasks, String number) {
        Plan plan = load(id);
        assertThat(plan.id()).isEqualTo(id);
        assertThat(plan.tasks()).hasSize(tasks);
        assertThat(plan.documentNumber().orElse(null)).isEqualTo(number);
        Plan again = PlanFiles.fromJson(PlanFiles.toJson(plan), id + " (written)");
        assertThat(again).isEqualTo(plan);
        assertThat(PlanFiles.toJson(again)).isEqualTo(PlanFiles.toJson(plan));
    }

    @Test
    void quantityTargetsWithTheirMeasureWords() {
        // the plan files write the measure word under "measure"; the time limit is parsed with the plan
        QuantityTarget ten = load("guizhou-jgswglj-2021").task("10").orElseThrow().quantity().orElseThrow();
        assertThat(ten).isEqualTo(QuantityTarget.of(10, "条").withBy("2021年11月15日前"));
        assertThat(ten.deadline()).contains(FixedDate.of(LocalDate.of(2021, 11, 15)));
        Plan qinghai = load("qinghai-2021");
        assertThat(qinghai.task("7.2").orElseThrow().quantity())
                .contains(QuantityTarget.of(1, "篇").withBy("2021年底前"));
        assertThat(qinghai.task("7.3").orElseThrow().quantity().orElseThrow().measure()).isEqualTo("个");
    }

    @Test
    void xingyiTaskOneAsTheDocumentWritesIt() {
        Plan plan = load("xingyi-2021");
        assertThat(plan.title()).isEqualTo("兴义市2021年政务公开工作要点");
        assertThat(plan.issued()).contains(LocalDate.of(2021, 6, 24));
        assertThat(plan.window().getStart()).isEqualTo(LocalDate.of(2021, 6, 24));
        assertThat(plan.window().getEndInclusive()).isEqualTo(LocalDate.of(2021, 12, 31));
        Task task = plan.task("1").orElseThrow();
        assertThat(task.section()).containsExactly("一、", "(一)");
        assertThat(task.content()).startsWith("市直有关部门要依托政府门户网站,主动公开“十四五”规划");
        assertThat(task.lead()).containsExactly("市政府办公室", "市直有关部门");
        assertThat(task.responsible()).containsExactly("各乡镇<街道>");
        assertThat(plan.leadUnits(task).stream().map(Unit::name)).contains("市政府办公室");
        assertThat(task.timeLimit()).contains("最新规划:形成20日内。 历史规划:到“十二五”时期,既往不限。9月底完成公开。");
        assertThat(task.deadline()).isPresent();
    }

    @Test
    void xingyiRecurringAndOngoingTimeLimits() {
        Plan plan = load("xingyi-2021");
        List<String> limits = plan.tasks().stream().map(t -> t.timeLimit().orElse("")).collect(Collectors.toList());
        assertThat(limits).contains("每季度一次", "长期", "不定期公开");
        Task quarterly = plan.tasks().stream().filter(t -> t.timeLimit().orElse("").equals("每季度一次")).findFirst()
                .orElseThrow();
        // issued 2021-06-24: the quarters from the one containing the window start, the first partial one included
        List<Due> dues = quarterly.deadline().orElseThrow()
                .resolve(plan.deadlineContext(ChinaCalendar.official()));
        assertThat(dues).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 9, 30), LocalDate.of(2021, 12, 31));
    }

    @Test
    void guizhou2020PlanWithinTwentyWorkingDaysOfIssuance() {
        // docs/RULES.md §8 example 4: 20个工作日内 after 2020-04-09 is 2020-05-09, an adjusted Saturday
        Plan plan = load("guizhou-2020");
        Task task = plan.task("12.2").orElseThrow();
        assertThat(task.timeLimit()).contains("本要点正式印发后的20个工作日内");
        assertThat(task.lead()).isEmpty();
        assertThat(plan.addressees()).contains("省政府各部门");
        Deadline deadline = task.deadline().orElseThrow();
        assertThat(deadline.resolve(plan.deadlineContext(ChinaCalendar.official())))
                .extracting(Due::dueDate).containsExactly(LocalDate.of(2020, 5, 9));
    }

    @Test
    void rongjiangTableRows() {
        Plan plan = load("rongjiang-2021");
        Task first = plan.task("1").orElseThrow();
        assertThat(first.lead()).containsExactly("县发展改革局", "相关规划编制牵头部门");
        assertThat(first.timeLimit()).contains("2021年底前");
        assertThat(first.deadline().orElseThrow().resolve(plan.deadlineContext(ChinaCalendar.official())))
                .extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 12, 31));
        assertThat(plan.task("23").orElseThrow().timeLimit()).contains("持续推进");
        assertThat(plan.task("23").orElseThrow().deadline().orElseThrow()
                .resolve(plan.deadlineContext(ChinaCalendar.official()))).isEmpty();
        assertThat(plan.task("32").orElseThrow().lead()).containsExactly("县直各部门", "各乡镇人民政府");
        assertThat(plan.units().resolve("县直各部门")).hasSize(13);
    }

    @Test
    void bureauPlanGroupsExpandToItsOffices() {
        Plan plan = load("guizhou-jgswglj-2021");
        Task task = plan.task("1").orElseThrow();
        assertThat(task.section()).containsExactly("二、", "（一）", "1.");
        assertThat(task.lead()).containsExactly("办公室");
        assertThat(plan.units().resolve("各处（室）、单位")).hasSize(9);
        assertThat(plan.task("19").orElseThrow().deadline().orElseThrow()
                .resolve(plan.deadlineContext(ChinaCalendar.official())))
                .extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 5, 31), LocalDate.of(2022, 1, 31));
    }

    @Test
    void qinghaiInlineTimeLimits() {
        Plan plan = load("qinghai-2021");
        assertThat(plan.issued()).contains(LocalDate.of(2021, 7, 5));
        Task task = plan.task("1.2").orElseThrow();
        assertThat(task.timeLimit()).contains("12月底前");
        assertThat(task.deadline().orElseThrow().resolve(plan.deadlineContext(ChinaCalendar.official())))
                .extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 12, 31));
        assertThat(plan.leadUnits(task)).isEmpty(); // addressees name groups whose members the document omits
    }
}
