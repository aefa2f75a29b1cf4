package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject (事项) and action (办理事项) written around a time limit are kept on the value ({@link Annotated}) and
 * do not change the counting (docs/RULES.md §2.10). Dates are counted on the fixture calendar of {@link TestCalendars}
 * (the State Council notices): 2021 国庆节 10-01..10-07 off, Sun 09-26 and Sat 10-09 adjusted working days (调休上班).
 */
class AnnotatedTest {

    private static DeadlineContext context() {
        return DeadlineContext.of(TestCalendars.china()).withYear(Year.of(2021))
                .withEvent(Event.ISSUANCE, LocalDate.of(2021, 9, 30))
                .withEvent(Event.FORMATION, LocalDate.of(2021, 9, 30))
                .withEvent(Event.RECEIPT, LocalDate.of(2021, 9, 30))
                .withEvent(Event.APPROVAL, LocalDate.of(2021, 9, 30))
                .withEvent(Event.MEETING, LocalDate.of(2021, 10, 29))
                .withEvent(Event.EXPIRY, LocalDate.of(2021, 10, 29))
                .withEvent(Event.PUBLIC_OPINION, LocalDate.of(2021, 10, 29));
    }

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // 贵州省2021年政务公开工作要点: 政策性文件正式印发后5个工作日内 (the subject before the event)
        "政策性文件正式印发后5个工作日内|政策性文件|-|5 working days after issuance",
        // 预算法第十四条 wording: 经本级政府财政部门批复后二十日内由各部门向社会公开
        "部门预算经财政部门批复后二十日内向社会公开|部门预算经财政部门|向社会公开|20 days after approval",
        // 政府信息公开条例第二十六条 wording
        "自该项信息形成或者变更之日起20个工作日内予以公开|该项信息|予以公开|20 working days after formation or change",
        // 政府信息公开条例第三十条 wording
        "收到申请之日起7个工作日内一次性告知申请人|-|一次性告知申请人|7 working days after receipt",
        // 行政处罚法第四十八条 wording
        "行政处罚决定作出之日起7个工作日内|行政处罚决定|-|7 working days after formation",
        // a 工作台账 cell: 6月底前完成并报县政务公开办
        "6月底前完成并报县政务公开办|-|完成并报县政务公开办|by end of month 6",
        "2021年11月30日前报送|-|报送|by 2021-11-30",
        "每月10日前及时更新，保持最新|-|及时更新 保持最新|monthly by day 10",
        // 行政许可法第五十条 wording: the subject before an event a time limit counts back from
        "在该行政许可有效期届满三十日前|该行政许可有效期|-|30 days before expiry",
        // the noun of 会议召开 and 舆情产生 ends the subject: 常务会议, 网络舆情
        "市政府常务会议召开前5个工作日报送|市政府常务会议|报送|5 working days before meeting",
        "网络舆情产生后及时回应|网络舆情|-|per event after public-opinion",
    })
    void keepsTheSubjectAndTheAction(String phrase, String subject, String action, String timeLimit) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).isInstanceOf(Annotated.class);
        Annotated a = (Annotated) d;
        assertThat(a.subject()).isEqualTo(java.util.Optional.ofNullable(subject));
        assertThat(a.action()).isEqualTo(java.util.Optional.ofNullable(action));
        assertThat(a.deadline()).hasToString(timeLimit);
        assertThat(Annotated.unwrap(d)).isEqualTo(a.deadline());
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        // the counting is the time limit's
        assertThat(d.resolve(context()).stream().map(Due::dueDate).toList())
                .isEqualTo(a.deadline().resolve(context()).stream().map(Due::dueDate).toList());
    }

    @Test
    void wordsThatOnlySayDoneAreNotAnAction() {
        assertThat(Deadline.parse("2021年12月底前完成")).isEqualTo(PeriodEnd.of(Year.of(2021), PeriodEnd.Span.MONTH, 12));
        assertThat(Deadline.parse("6月底前全面完成")).isInstanceOf(PeriodEnd.class);
        assertThat(Deadline.parse("2021年12月31日前完成，保持最新")).hasToString("by 2021-12-31, action \"保持最新\"");
    }

    @Test
    void theCanonicalFormsWriteTheSubjectBeforeTheEventAndTheActionAfter() {
        Annotated a = Annotated.of(AfterEvent.of(5, AfterEvent.Counting.WORKING_DAYS, Event.ISSUANCE), "政策性文件",
                "予以公开");
        assertThat(a).hasToString("5 working days after issuance, subject \"政策性文件\", action \"予以公开\"");
        assertThat(a.toChinese()).isEqualTo("政策性文件印发后5个工作日内予以公开");
        assertThat(Annotated.withSubject(WithEvent.of(Event.ISSUANCE), "解读材料").toChinese())
                .isEqualTo("与解读材料印发同时");
        // texts the grammar would not read back as themselves are quoted
        assertThat(Annotated.withAction(FixedDate.of(MonthDay.of(6, 30)), "完成").toChinese())
                .isEqualTo("6月30日前“完成”");
        assertThat(Annotated.withSubject(AfterEvent.of(3, AfterEvent.Counting.DAYS, Event.ISSUANCE), "第3号文件")
                .toChinese()).isEqualTo("“第3号文件”印发后3日内");
        assertThat(Deadline.parse("“有关事项”印发后5日内“向社会发布公告”")).isEqualTo(Annotated.of(
                AfterEvent.of(5, AfterEvent.Counting.DAYS, Event.ISSUANCE), "有关事项", "向社会发布公告"));
    }

    @Test
    void theExplanationNamesTheSubjectFirstAndTheActionLast() {
        // Thu 2021-09-30 → Fri 10-08 (1), adjusted Sat 10-09 (2), Mon 10-11 (3), Tue 10-12 (4), Wed 10-13 (5)
        Due due = Deadline.parse("政策性文件正式印发后5个工作日内予以公开").resolve(context()).get(0);
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2021, 10, 13));
        assertThat(due.deadline()).isInstanceOf(Annotated.class);
        List<Explanation.Step> steps = due.explanation().steps();
        assertThat(steps.get(0).english()).isEqualTo("subject: 政策性文件");
        assertThat(steps.get(0).chinese()).isEqualTo("事项：政策性文件");
        assertThat(steps.get(steps.size() - 1).english()).isEqualTo("action by the due date: 予以公开");
        assertThat(steps.get(steps.size() - 1).chinese()).isEqualTo("时限内办理：予以公开");
        assertThat(due.explanation().toEnglish()).contains("2021-10-13");
    }

    @Test
    void aLabelledPartKeepsItsAnnotation() {
        Deadline d = Deadline.parse("最新规划：形成之日起20日内公开；历史规划：9月底前");
        assertThat(d).hasToString("label \"最新规划\": 20 days after formation, action \"公开\"; "
                + "label \"历史规划\": by end of month 9");
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        assertThat(d.events()).containsExactly(Event.FORMATION);
        List<PartResolution> parts = d.resolveParts(context());
        // 2021-09-30 + 20 days = Wed 10-20, a working day
        assertThat(parts.get(0).dues().get(0).dueDate()).isEqualTo(LocalDate.of(2021, 10, 20));
        assertThat(parts.get(0).dues().get(0).label()).hasValue("最新规划");
    }

    @Test
    void anAwaitingPartNamesTheAnnotatedDeadline() {
        Deadline d = Deadline.parse("政策性文件印发后5个工作日内");
        PartResolution r = d.resolveParts(DeadlineContext.of(TestCalendars.china()).withYear(Year.of(2021))).get(0);
        assertThat(r.outcome()).isEqualTo(PartResolution.Outcome.AWAITING_EVENTS);
        assertThat(r.deadline()).isEqualTo(d);
        assertThat(r.awaitedEvents()).containsExactly(Event.ISSUANCE);
    }

    @Test
    void refusesWhatItCannotHold() {
        AfterEvent after = AfterEvent.of(5, AfterEvent.Counting.WORKING_DAYS, Event.ISSUANCE);
        assertThatThrownBy(() -> Annotated.of(after, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a subject or an action");
        assertThatThrownBy(() -> Annotated.withSubject(FixedDate.of(MonthDay.of(6, 30)), "文件"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counted from a named event");
        assertThatThrownBy(() -> Annotated.withAction(after, "x".repeat(41)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..40");
        assertThatThrownBy(() -> Annotated.withAction(after, "公开，报送"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 2");
        assertThatThrownBy(() -> Annotated.withAction(after, "a\"b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'\"'");
        assertThatThrownBy(() -> Annotated.withAction(after, " 公开"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padded");
        assertThatThrownBy(() -> Annotated.withAction(Annotated.withAction(after, "公开"), "报送"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not annotated");
        assertThatThrownBy(() -> Annotated.withAction(new Labelled("栏目", after), "报送"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single");
        assertThatThrownBy(() -> Annotated.withAction(after, null)).isInstanceOf(NullPointerException.class);
        // the English form: an empty text, and an annotation the value refuses, are errors at their index
        assertThatThrownBy(() -> Deadline.parse("by 06-30, action \"\""))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(17));
        assertThatThrownBy(() -> Deadline.parse("by 06-30, subject \"文件\""))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(0));
        // strict Chinese reading stays strict: an unknown word after a time limit is an error at its index
        assertThatThrownBy(() -> Deadline.parse("印发后5日内向社会"))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(6));
    }

    @Test
    void schedulesAsItsTimeLimit() {
        Plan plan = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 6, 24)).unit(Unit.of("zfb", "市政府办公室"))
                .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("政策性文件印发后5个工作日内予以公开"))
                .task(Task.builder("14").content("台账").lead("zfb").timeLimit("11月底前报送县政务公开办"))
                .build();
        Schedule s = Scheduler.of(TestCalendars.china()).schedule(plan,
                List.of(Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号")));
        Obligation reading = s.find("xy/13/兴府发〔2021〕5号@zfb").orElseThrow();
        assertThat(reading.dueDate()).hasValue(LocalDate.of(2021, 10, 13));
        assertThat(reading.deadline().orElseThrow()).hasToString(
                "5 working days after issuance, subject \"政策性文件\", action \"予以公开\"");
        Obligation ledger = s.find("xy/14@zfb").orElseThrow();
        assertThat(ledger.dueDate()).hasValue(LocalDate.of(2021, 11, 30));
        // the plan checks see the time limit within: an event the plan never dates is reported for it
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.taskId()).contains("13");
            assertThat(w.reason()).contains("never dates");
        });
    }
}
