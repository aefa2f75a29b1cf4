package dev.shixian.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The values: records, terms, policy, rules and levels. */
class ScheduleValuesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final DeadlineContext CTX = DeadlineContext.of(ScheduleCalendars.china());

    @Test
    void recordsNameTheirObligationAndDate() {
        Completion c = Completion.of("a", DAY).withCount(3).withNote("政策解读");
        assertThat(c.obligationId()).isEqualTo("a");
        assertThat(c.date()).isEqualTo(DAY);
        assertThat(c.count()).isEqualTo(3);
        assertThat(c.note()).contains("政策解读");
        assertThat(Completion.of("a", DAY).note()).isEmpty();
        assertThat(c).isEqualTo(Completion.of("a", DAY).withNote("政策解读").withCount(3)).hasSameHashCodeAs(
                Completion.of("a", DAY).withNote("政策解读").withCount(3));
        assertThat(c).isNotEqualTo(Completion.of("a", DAY).withCount(3));
        assertThat(c.toString()).isEqualTo("Completion[a, 2024-03-01, count 3, note 政策解读]");
        assertThat(Pause.of("a", DAY, DAY.plusDays(3)).date()).isEqualTo(DAY);
        assertThat(Extension.of("a", DAY, 5).date()).isEqualTo(DAY);
        assertThat(Restart.of("a", DAY).date()).isEqualTo(DAY);
        assertThat(NotApplicable.of("a", DAY, "无").reason()).isEqualTo("无");
        assertThat(Progress.of("a", DAY, 40).percent()).isEqualTo(40);
        assertThatThrownBy(() -> Completion.of(null, DAY)).isInstanceOf(NullPointerException.class)
                .hasMessage("obligationId");
        assertThatThrownBy(() -> Pause.of("a", DAY, null)).hasMessage("toInclusive");
        assertThatThrownBy(() -> Completion.of("a", DAY).withNote(null)).hasMessage("newNote");
    }

    @Test
    void terms() {
        ObligationTerms t = ObligationTerms.dated("a", DAY).withEventDate(DAY.minusDays(10))
                .withSpanStart(DAY.minusDays(20)).withMinimumCount(2);
        assertThat(t.kind()).isEqualTo(ObligationTerms.Kind.DATED);
        assertThat(t.originalDueDate()).contains(DAY);
        assertThat(t.eventDate()).contains(DAY.minusDays(10));
        assertThat(t.spanStart()).contains(DAY.minusDays(20));
        assertThat(t.minimumCount()).isEqualTo(2);
        assertThat(t.recountDeadline()).isEmpty();
        assertThat(t).isEqualTo(ObligationTerms.dated("a", DAY).withEventDate(DAY.minusDays(10))
                .withSpanStart(DAY.minusDays(20)).withMinimumCount(2));
        assertThat(ObligationTerms.dated("a", DAY).withEventDate(DAY.minusDays(10)).spanStart())
                .contains(DAY.minusDays(10));
        assertThatThrownBy(() -> t.withMinimumCount(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObligationTerms.ongoing("a").withEventDate(DAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ONGOING");
        assertThatThrownBy(() -> t.withRecount(Deadline.parse("2024年3月底前"), CTX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counted from an event");
        assertThatThrownBy(() -> ObligationTerms.afterEvent("a", DAY, Deadline.parse("每季度一次"), CTX))
                .isInstanceOf(IllegalArgumentException.class);
        // a labelled part is recounted by its deadline
        ObligationTerms labelled = ObligationTerms.afterEvent("a", DAY, Deadline.parse("最新规划:形成20日内"), CTX);
        assertThat(labelled.originalDueDate()).contains(LocalDate.of(2024, 3, 21));   // 03-21 is a Thursday
        // 与印发同时: due on the day of the event
        assertThat(ObligationTerms.afterEvent("a", DAY, Deadline.parse("与印发同时"), CTX).originalDueDate())
                .contains(DAY);
        ObligationTerms fresh = ObligationTerms.freshness("f", new dev.shixian.deadline.Freshness(14), DAY, CTX);
        assertThat(fresh.kind()).isEqualTo(ObligationTerms.Kind.FRESHNESS);
        assertThat(fresh.originalDueDate()).contains(LocalDate.of(2024, 3, 15));
        assertThatThrownBy(() -> fresh.withSpanStart(DAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fresh.withMinimumCount(2)).isInstanceOf(IllegalStateException.class);
        assertThat(ObligationTerms.undated("u", "及时").undatedReason()).contains("及时");
        assertThat(ObligationTerms.notTriggered("w").kind()).isEqualTo(ObligationTerms.Kind.NOT_TRIGGERED);
        assertThat(t.toString()).isEqualTo("ObligationTerms[a, DATED, due 2024-03-01, event 2024-02-20, span from "
                + "2024-02-10, at least 2]");
    }

    @Test
    void policy() {
        SchedulePolicy p = SchedulePolicy.defaults();
        assertThat(p.dueSoonWorkingDays()).isEqualTo(3);
        assertThat(p.extensionCapWorkingDays()).isEqualTo(20);
        assertThat(p.progressYellowFromPoints()).isEqualTo(10);
        assertThat(p.progressRedAbovePoints()).isEqualTo(30);
        assertThat(p.completionsAddUp()).isTrue();
        assertThat(p.warningLevel(DueStatus.OVERDUE, 6)).contains(WarningLevel.RED);
        assertThat(p.warningLevel(DueStatus.OVERDUE, 5)).contains(WarningLevel.YELLOW);
        assertThat(p.warningLevel(DueStatus.OVERDUE, 0)).contains(WarningLevel.YELLOW);
        assertThat(p.warningLevel(DueStatus.DUE_SOON, 3)).contains(WarningLevel.BLUE);
        assertThat(p.warningLevel(DueStatus.PENDING, 4)).isEmpty();
        assertThat(p.warningLevel(DueStatus.DONE_LATE, 4)).isEmpty();
        SchedulePolicy q = p.withDueSoonWorkingDays(5).withExtensionCapWorkingDays(10).withProgressThresholds(5, 20)
                .withCompletionsAddingUp(false).withWarningRules(List.of());
        assertThat(q).isNotEqualTo(p);
        assertThat(q).isEqualTo(SchedulePolicy.defaults().withWarningRules(List.of()).withCompletionsAddingUp(false)
                .withProgressThresholds(5, 20).withExtensionCapWorkingDays(10).withDueSoonWorkingDays(5));
        assertThat(q.warningLevel(DueStatus.OVERDUE, 10)).isEmpty();
        assertThat(p).isSameAs(SchedulePolicy.defaults());
        assertThatThrownBy(() -> p.withDueSoonWorkingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withExtensionCapWorkingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withProgressThresholds(30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withProgressThresholds(0, 10)).isInstanceOf(IllegalArgumentException.class);
        List<WarningRule> rules = new ArrayList<>(List.of(WarningRule.dueSoon(WarningLevel.BLUE)));
        SchedulePolicy copied = p.withWarningRules(rules);
        rules.clear();
        assertThat(copied.warningRules()).hasSize(1);
    }

    @Test
    void rulesAndLevels() {
        assertThat(WarningRule.overdue(1, 3, WarningLevel.YELLOW).matches(DueStatus.OVERDUE, 3)).isTrue();
        assertThat(WarningRule.overdue(1, 3, WarningLevel.YELLOW).matches(DueStatus.OVERDUE, 4)).isFalse();
        assertThat(WarningRule.overdue(1, 3, WarningLevel.YELLOW).matches(DueStatus.OVERDUE, 0)).isFalse();
        assertThat(WarningRule.dueSoonWithin(2, WarningLevel.BLUE).matches(DueStatus.DUE_SOON, 3)).isFalse();
        assertThat(WarningRule.dueSoonWithin(2, WarningLevel.BLUE).matches(DueStatus.PENDING, 1)).isFalse();
        assertThatThrownBy(() -> WarningRule.overdue(3, 1, WarningLevel.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WarningRule.overdueFrom(-1, WarningLevel.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WarningLevel.of(" ", "橙", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(WarningLevel.RED.severity()).isGreaterThan(WarningLevel.ORANGE.severity());
        assertThat(WarningLevel.ORANGE.severity()).isGreaterThan(WarningLevel.YELLOW.severity());
        assertThat(WarningLevel.YELLOW.severity()).isGreaterThan(WarningLevel.BLUE.severity());
        assertThat(DueStatus.DONE_LATE.isDone()).isTrue();
        assertThat(DueStatus.OVERDUE.isDone()).isFalse();
        assertThat(DueStatus.NOT_APPLICABLE.chinese()).isEqualTo("本单位无此项工作");
        assertThat(DueStatus.DUE_SOON.english()).isEqualTo("due soon");
    }

    @Test
    void nullsAreRefusedByName() {
        StatusEvaluator eval = StatusEvaluator.of(ScheduleCalendars.china());
        ObligationTerms t = ObligationTerms.dated("a", DAY);
        List<ObligationRecord> withNull = new ArrayList<>();
        withNull.add(Completion.of("a", DAY));
        withNull.add(null);
        assertThatThrownBy(() -> eval.evaluate(t, withNull, DAY)).isInstanceOf(NullPointerException.class)
                .hasMessage("records[1]");
        assertThatThrownBy(() -> eval.evaluate(null, List.of(), DAY)).hasMessage("terms");
        assertThatThrownBy(() -> eval.evaluate(t, List.of(), (LocalDate) null)).hasMessage("asOf");
        assertThatThrownBy(() -> StatusEvaluator.of(null)).hasMessage("calendar");
        assertThatThrownBy(() -> eval.withPolicy(null)).hasMessage("newPolicy");
    }

    @Test
    void textsDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            StatusEvaluator eval = StatusEvaluator.of(ScheduleCalendars.china());
            ObligationTerms t = ObligationTerms.dated("a", LocalDate.of(2024, 3, 29)).withSpanStart(DAY);
            ObligationStatus s = eval.evaluate(t, List.of(Progress.of("a", LocalDate.of(2024, 3, 15), 30)),
                    LocalDate.of(2024, 3, 15));
            assertThat(s.history().get(0).english()).isEqualTo("progress reported 2024-03-15: 30%");
            assertThat(s.history().get(0).chinese()).isEqualTo("进度填报 2024-03-15：30%");
            assertThat(s.progressLag().orElseThrow().toString()).isEqualTo("ProgressLag[reported 30% on 2024-03-15, "
                    + "planned 50.0% (10 of 20 working days), lag 20.0 points, 黄]");
            assertThat(s.toChinese()).isEqualTo("未到期，剩余10个工作日（截止日期 2024-03-29，截至 2024-03-15）【黄】");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
