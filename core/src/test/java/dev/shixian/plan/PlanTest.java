package dev.shixian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans built in code: parts, policy, events, warnings, and every error located with its task. */
class PlanTest {

    /** A plan modelled on the 兴义市2021年政务公开工作要点, issued 2021-06-24. */
    static Plan.Builder xingyi() {
        return Plan.builder("xingyi-2021").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室"))
                .unit(Unit.of("cz", "市财政局"))
                .unit(Unit.of("sf", "市司法局"))
                .unit(Unit.of("dx", "顶效镇"))
                .group(new UnitGroup("市直有关部门", List.of("cz", "sf")))
                .group(new UnitGroup("各乡镇（街道）", List.of("dx")));
    }

    static PlanFormatException errors(Plan.Builder b) {
        try {
            b.build();
        } catch (PlanFormatException e) {
            return e;
        }
        throw new AssertionError("expected a PlanFormatException");
    }

    static void hasError(Plan.Builder b, String path, String reason) {
        assertThat(errors(b).errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
        });
    }

    // ------------------------------------------------------------------ A1, A2: parts

    @Test
    void eachPartOfTask12HasItsOwnUnitsAndFrequency() {
        Plan plan = xingyi().task(Task.builder("12").content("及时发布权威信息").lead("市直有关部门", "各乡镇（街道）")
                .timeLimit("门户网站重点信息栏目端口开通的市级部门每2个月不少于1篇。乡镇(街道)重点领域信息,每月4个不同工作方面的信息不少于1篇。")
                .part(TaskPart.builder("市级部门").lead("市直有关部门").timeLimit("每2个月不少于1篇"))
                .part(TaskPart.builder("乡镇(街道)").lead("各乡镇(街道)").timeLimit("每月不少于4篇")))
                .build();
        Task task = plan.task("12").orElseThrow();
        assertThat(task.parts()).extracting(TaskPart::label).containsExactly("市级部门", "乡镇(街道)");
        TaskPart city = task.parts().get(0);
        TaskPart towns = task.parts().get(1);
        assertThat(plan.leadUnits(task, city)).extracting(Unit::id).containsExactly("cz", "sf");
        assertThat(plan.leadUnits(task, towns)).extracting(Unit::id).containsExactly("dx");
        assertThat(plan.leadUnits(task)).extracting(Unit::id).containsExactly("cz", "sf", "dx");
        assertThat(city.deadline()).isEqualTo(Deadline.parse("every 2 months, at least 1 article"));
        assertThat(towns.deadline()).isEqualTo(Deadline.parse("monthly, at least 4 articles"));
        assertThat(task.deadline()).contains(new Multiple(List.of(new Labelled("市级部门", city.deadline()),
                new Labelled("乡镇(街道)", towns.deadline()))));
        assertThat(task.timeLimit()).hasValueSatisfying(t -> assertThat(t).startsWith("门户网站重点信息栏目"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aPartWithoutUnitsHasTheTasksAndAForeignPartIsRefused() {
        Plan plan = xingyi().task(Task.builder("19").content("制定实施方案").lead("市政府办公室").responsible("市直有关部门")
                .part(TaskPart.builder("实施方案").timeLimit("2021年7月底前"))
                .part(TaskPart.builder("年度报告").timeLimit("2022年1月底前"))).build();
        Task task = plan.task("19").orElseThrow();
        TaskPart first = task.parts().get(0);
        assertThat(plan.leadUnits(task, first)).extracting(Unit::id).containsExactly("zfb");
        assertThat(plan.responsibleUnits(task, first)).extracting(Unit::id).containsExactly("cz", "sf");
        TaskPart foreign = xingyi().task(Task.builder("1").content("c").lead("zfb")
                .part(TaskPart.builder("其他").timeLimit("9月底前"))).build().tasks().get(0).parts().get(0);
        assertThatThrownBy(() -> plan.leadUnits(task, foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("其他");
    }

    @Test
    void partReferencesLabelsAndTimeLimitsAreCheckedWithTheirPaths() {
        PlanFormatException e = errors(xingyi().task(Task.builder("12").content("c").lead("zfb")
                .part(TaskPart.builder("市级部门").lead("市统计局").timeLimit("每2个月不少于1篇"))
                .part(TaskPart.builder("市级部门").responsible("各乡镇").timeLimit("每月"))
                .part(TaskPart.builder("乡镇：街道").timeLimit("每月"))
                .part(TaskPart.builder("两项").timeLimit("6月底前;9月底前"))
                .part(TaskPart.builder("空"))));
        assertThat(e.errors()).extracting(PlanProblem::path).containsExactly(
                "$.tasks[0].parts[0].lead[0]", "$.tasks[0].parts[1].label", "$.tasks[0].parts[1].responsible[0]",
                "$.tasks[0].parts[2].label", "$.tasks[0].parts[3].deadline", "$.tasks[0].parts[4].deadline");
        assertThat(e.errors()).allSatisfy(p -> assertThat(p.taskId()).contains("12"));
        assertThat(e.errors().get(1).reason()).contains("duplicate part label '市级部门'");
        assertThat(e.errors().get(3).reason()).contains("unusable label");
        assertThat(e.errors().get(4).reason()).contains("expected one per part");
    }

    // ------------------------------------------------------------------ A3: policy

    @Test
    void twentyDaysFromFormationWithoutAPolicyIsAWarning() {
        Plan plan = xingyi().task(Task.builder("5").content("自由裁量权公开").lead("sf").timeLimit("形成起20日内公开"))
                .build();
        assertThat(plan.hasExplicitPolicy()).isFalse();
        assertThat(plan.policy()).isEqualTo(DeadlinePolicy.defaults());
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.path()).isEqualTo("$.tasks[0].deadline");
            assertThat(w.taskId()).contains("5");
            assertThat(w.reason()).contains("calendarDaysAsWorkingDays").contains("条例第二十六条");
        });
    }

    @Test
    void aPlanOrTaskPolicyChoosesAndTheTaskOverridesThePlan() {
        DeadlinePolicy working = DeadlinePolicy.builder().calendarDaysAsWorkingDays(true).build();
        Plan plan = xingyi().policy(working)
                .task(Task.builder("5").content("c").lead("sf").timeLimit("形成起20日内公开"))
                .task(Task.builder("6").content("c").lead("cz").timeLimit("形成起20日内公开")
                        .policy(DeadlinePolicy.defaults()))
                .build();
        assertThat(plan.hasExplicitPolicy()).isTrue();
        assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w.reason()).contains("calendarDaysAsWorkingDays"));
        assertThat(plan.policy(plan.task("5").orElseThrow()).calendarDaysAsWorkingDays()).isTrue();
        assertThat(plan.policy(plan.task("6").orElseThrow()).calendarDaysAsWorkingDays()).isFalse();
        Plan taskOnly = xingyi().task(Task.builder("5").content("c").lead("sf").timeLimit("形成起20日内公开")
                .policy(working)).build();
        assertThat(taskOnly.warnings()).noneSatisfy(w -> assertThat(w.reason())
                .contains("calendarDaysAsWorkingDays"));
    }

    // ------------------------------------------------------------------ A6: events

    @Test
    void eventsAreKeyedByEventAndAcceptTheIdOrTheChineseWord() {
        Plan plan = xingyi().event("印发", LocalDate.of(2021, 6, 24)).event("formation", LocalDate.of(2021, 7, 1))
                .event(Event.CHANGE, LocalDate.of(2021, 8, 2))
                .task(Task.builder("1").content("c").lead("zfb").timeLimit("印发后3个工作日内")).build();
        assertThat(plan.events()).containsExactly(
                java.util.Map.entry(Event.ISSUANCE, LocalDate.of(2021, 6, 24)),
                java.util.Map.entry(Event.FORMATION, LocalDate.of(2021, 7, 1)),
                java.util.Map.entry(Event.CHANGE, LocalDate.of(2021, 8, 2)));
        // 印发 dates issuance: no false "never dates" warning
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void anUnknownEventIsALocatedErrorListingTheExpectedNames() {
        hasError(xingyi().event("issuence", LocalDate.of(2021, 6, 24)), "$.events.issuence",
                "unknown event 'issuence'; expected one of issuance (印发), publication (公开), formation (形成)");
        hasError(xingyi().event("public opinion", LocalDate.of(2021, 6, 24)), "$.events['public opinion']",
                "unknown event");
        hasError(xingyi().event("印发", LocalDate.of(2021, 6, 24)).event("issuance", LocalDate.of(2021, 6, 25)),
                "$.events.issuance", "already dated at $.events.印发");
    }

    @Test
    void everyBuiltInEventIsAcceptedByIdAndByChineseWord() {
        // Event.builtIn() grows with the parser (公开 = publication): the plan accepts whatever it lists
        for (Event event : Event.builtIn()) {
            assertThat(xingyi().event(event.id(), LocalDate.of(2021, 7, 1)).build().events())
                    .containsOnlyKeys(event);
            assertThat(xingyi().event(event.chinese(), LocalDate.of(2021, 7, 1)).build().events())
                    .containsOnlyKeys(event);
        }
    }

    @Test
    void anEventATimeLimitDeclaresMayBeDated() {
        Plan plan = xingyi().event("公示结束", LocalDate.of(2021, 9, 1))
                .task(Task.builder("1").content("c").lead("zfb").timeLimit("“公示结束”之日起20个工作日内")).build();
        assertThat(plan.events()).containsOnlyKeys(Event.of("公示结束"));
        assertThat(plan.warnings()).isEmpty();
    }

    // ------------------------------------------------------------------ A5, A7: dates

    @Test
    void recurringDueDatesBeforeTheIssueDateAreWarnings() {
        Plan plan = xingyi().task(Task.builder("1").content("c").lead("zfb").timeLimit("每月10日前"))
                .task(Task.builder("2").content("c").lead("zfb").timeLimit("每季度一次")).build();
        // issued 2021-06-24: June's due date 2021-06-10 is before it; the quarter's 06-30 is not
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("$.tasks[0].deadline");
            assertThat(w.reason()).contains("2021-06-10").contains("2021-06-24");
        });
        Plan wide = xingyi().window(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .task(Task.builder("2").content("c").lead("zfb").timeLimit("每季度一次")).build();
        assertThat(wide.warnings()).singleElement().satisfies(w -> assertThat(w.reason())
                .contains("due date 2021-03-31 ('quarterly'").contains("before the plan's issue date 2021-06-24"));
    }

    @Test
    void weeklyDueDatesBeforeTheIssueDateAreWarnings() {
        // issued Thu 2021-06-24: the first week (Mon 06-21..Sun 06-27) is due Monday 06-21, before it; a Friday
        // (06-25) and the week's end (Sun 06-27) are not
        Plan plan = xingyi().task(Task.builder("1").content("c").lead("zfb").timeLimit("每周一前"))
                .task(Task.builder("2").content("c").lead("zfb").timeLimit("每周五前"))
                .task(Task.builder("3").content("c").lead("zfb").timeLimit("每周一次")).build();
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("$.tasks[0].deadline");
            assertThat(w.reason()).contains("due date 2021-06-21 ('weekly by Monday'")
                    .contains("before the plan's issue date 2021-06-24");
        });
    }

    @Test
    void february29InANonLeapYearIsOneMoreLocatedError() {
        PlanFormatException e = errors(xingyi()
                .task(Task.builder("1").content("c").lead("zfb").timeLimit("2月29日前"))
                .task(Task.builder("2").content("c").lead("市统计局").timeLimit("6月底前")));
        assertThat(e.errors()).extracting(PlanProblem::path)
                .containsExactly("$.tasks[1].lead[0]", "$.tasks[0].deadline");
        assertThat(e.errors().get(1).reason()).contains("has no date in 2021");
    }

    @Test
    void yearsAndDatesOutOfRangeAreErrors() {
        hasError(xingyi().year(Year.of(20210)), "$.year", "out of range");
        hasError(xingyi().window(LocalDate.of(2021, 1, 1), LocalDate.MAX), "$.window.end", "out of range");
    }

    // ------------------------------------------------------------------ A14: quantity

    @Test
    void theQuantitysTimeLimitIsKeptParsed() {
        Plan plan = xingyi().task(Task.builder("1").content("c").lead("zfb")
                .quantity(QuantityTarget.of(10, "条").withBy("2021年12月底前"))).build();
        QuantityTarget q = plan.tasks().get(0).quantity().orElseThrow();
        assertThat(q.deadline()).contains(Deadline.parse("by end of 2021-12"));
        assertThat(q).isEqualTo(QuantityTarget.of(10, "条").withBy("2021年12月底前"));
        hasError(xingyi().task(Task.builder("1").content("c").lead("zfb")
                .quantity(QuantityTarget.of(10, "条").withBy("年底前后"))), "$.tasks[0].quantity.by", "cannot read");
    }

    // ------------------------------------------------------------------ B8, B9

    @Test
    void referencesMatchAfterWidthAndSpaceNormalisation() {
        Plan plan = xingyi().task(Task.builder("1").content("c").lead("各乡镇(街道)", " 市直有关 部门")).build();
        assertThat(plan.leadUnits(plan.tasks().get(0))).extracting(Unit::id).containsExactly("dx", "cz", "sf");
        hasError(xingyi().unit(Unit.of("cz2", "市财政局 ")), "$.units[4].name", "already used at $.units[1].name");
    }

    @Test
    void anUnknownReferenceSuggestsTheNearestNames() {
        PlanFormatException e = errors(xingyi().task(Task.builder("2").content("c").lead("市统计局")));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("unknown unit '市统计局'").contains("(nearest: 市财政局, 市司法局)");
            assertThat(p.location()).isEqualTo("$.tasks[0].lead[0] (task \"2\")");
        });
        assertThat(e.getMessage()).contains("$.tasks[0].lead[0] (task \"2\"): unknown unit");
        assertThat(xingyi().build().units().suggestions("各乡镇")).containsExactly("各乡镇（街道）", "顶效镇");
        assertThat(xingyi().build().units().suggestions("完全不同的名字")).isEmpty();
    }

    @Test
    void problemsKeepPathAndTaskIdAsFields() {
        PlanProblem p = new PlanProblem("$.tasks[1]", "2", "reason");
        assertThat(p.path()).isEqualTo("$.tasks[1]");
        assertThat(p.taskId()).contains("2");
        assertThat(p).hasToString("$.tasks[1] (task \"2\"): reason");
        assertThat(new PlanProblem("$.id", "r").taskId()).isEmpty();
        assertThat(p).isEqualTo(new PlanProblem("$.tasks[1]", "2", "reason"))
                .isNotEqualTo(new PlanProblem("$.tasks[1]", "reason"));
    }

    // ------------------------------------------------------------------ C11: limits

    @Test
    void tooManyTasksAreRefusedAtTheirPath() {
        Plan.Builder b = xingyi();
        for (int i = 0; i <= Plan.MAX_TASKS; i++) {
            b.task(Task.builder(Integer.toString(i)).content("c").lead("zfb"));
        }
        assertThat(errors(b).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tasks");
            assertThat(p.reason()).contains("10001 tasks").contains("at most 10000");
        });
    }

    @Test
    void sectionsNestedTooDeeplyAreRefused() {
        Section s = Section.of("(9)", "");
        for (int level = 8; level >= 1; level--) {
            s = new Section("(" + level + ")", "", List.of(s));
        }
        hasError(xingyi().section(s), "$.sections[0]" + ".children[0]".repeat(8), "more than 8 levels");
    }

    @Test
    void aLongTimeLimitIsRefusedWithoutParsingIt() {
        String cell = "每季度一次".repeat(200_000);
        PlanFormatException e = errors(xingyi().task(Task.builder("1").content("c").lead("zfb").timeLimit(cell)));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tasks[0].deadline");
            assertThat(p.reason()).contains("1000000 characters").contains("at most 1000");
        });
        assertThat(e.getMessage().length()).isLessThan(400);
    }

    @Test
    void theMessageListsAtMostFiftyErrors() {
        Plan.Builder b = xingyi();
        for (int i = 0; i < 120; i++) {
            b.task(Task.builder("t" + i).content("c").lead("无此单位"));
        }
        PlanFormatException e = errors(b);
        assertThat(e.errors()).hasSize(120);
        assertThat(e.getMessage()).contains("has 120 errors").contains("… and 70 more")
                .doesNotContain("$.tasks[50]");
    }
}
