package dev.shixian.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.shixian.ShixianException;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad record fails, all of them in one {@link ScheduleRecordException}; nothing is skipped. */
class BadRecordsTest {

    private static final WorkingCalendar CAL = ScheduleCalendars.china();
    private static final StatusEvaluator EVAL = StatusEvaluator.of(CAL);
    private static final String YSQ = "ysq-2024-017";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Received 2024-03-01, reply due 2024-03-29 (Mar 4–8, 11–15, 18–22, 25–29). */
    private static ObligationTerms reply() {
        return ObligationTerms.afterEvent(YSQ, d("2024-03-01"), Deadline.parse("收到申请之日起20个工作日内"),
                DeadlineContext.of(CAL));
    }

    private static ScheduleRecordException fail(ObligationTerms terms, String asOf, ObligationRecord... records) {
        return catchThrowableOfType(ScheduleRecordException.class,
                () -> EVAL.evaluate(terms, List.of(records), d(asOf)));
    }

    @Test
    void everyBadRecordIsListedOnce() {
        List<ObligationRecord> records = List.of(
                Completion.of("ysq-2024-099", d("2024-03-05")),                          // 0 another obligation
                Pause.of(YSQ, d("2024-03-22"), d("2024-03-11")),                         // 1 ends before it starts
                Completion.of(YSQ, d("2024-02-28")),                                     // 2 before the event
                Extension.of(YSQ, d("2024-04-01"), 5),                                   // 3 after the due date
                Extension.of(YSQ, d("2024-03-20"), 21),                                  // 4 over the cap
                Completion.of(YSQ, d("2024-03-20")).withCount(-2),                       // 5 negative count
                Progress.of(YSQ, d("2024-03-15"), 101),                                  // 6 percent
                Progress.of(YSQ, d("2024-03-15"), -1),                                   // 7 percent
                Pause.of(YSQ, d("2024-04-02"), d("2024-04-03")),                         // 8 after the due date
                Extension.of(YSQ, d("2024-03-20"), 0),                                   // 9 zero
                Progress.of(YSQ, d("2024-03-15"), 50));                                  // 10 fine
        ScheduleRecordException e = catchThrowableOfType(ScheduleRecordException.class,
                () -> EVAL.evaluate(reply(), records, d("2024-03-25")));
        assertThat(e).isInstanceOf(ShixianException.class);
        assertThat(e.scope()).isEqualTo("obligation '" + YSQ + "'");
        assertThat(e.problems()).extracting(ScheduleRecordException.Problem::index)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(e.problems()).extracting(ScheduleRecordException.Problem::record)
                .containsExactlyElementsOf(records.subList(0, 10));
        List<String> reasons = e.problems().stream().map(ScheduleRecordException.Problem::reason).toList();
        assertThat(reasons.get(0)).isEqualTo("is for obligation 'ysq-2024-099', not 'ysq-2024-017'");
        assertThat(reasons.get(1)).isEqualTo("the pause ends on 2024-03-11, before it starts on 2024-03-22");
        assertThat(reasons.get(2)).isEqualTo("dated 2024-02-28, before the obligation's event on 2024-03-01");
        assertThat(reasons.get(3)).isEqualTo("approved on 2024-04-01, after the due date 2024-03-29 it would "
                + "extend; an extension (延期) must be approved by the due date");
        assertThat(reasons.get(4)).isEqualTo("extends by 21 working days; expected 1 to 20 (条例第三十三条第二款)");
        assertThat(reasons.get(5)).isEqualTo("counts -2 items; a completion counts 1 or more");
        assertThat(reasons.get(6)).isEqualTo("reports 101 %; expected 0 to 100");
        assertThat(reasons.get(7)).isEqualTo("reports -1 %; expected 0 to 100");
        assertThat(reasons.get(8)).startsWith("starts on 2024-04-02, after the due date 2024-03-29");
        assertThat(reasons.get(9)).startsWith("extends by 0 working days");
        assertThat(e.getMessage()).startsWith("10 bad records for obligation 'ysq-2024-017':\n  records[0] "
                + "Completion[ysq-2024-099, 2024-03-05]: is for obligation");
        assertThat(e.getMessage().lines()).hasSize(11);
    }

    @Test
    void extensionsOverTheCapInAll() {
        ScheduleRecordException e = fail(reply(), "2024-03-25", Extension.of(YSQ, d("2024-03-20"), 15),
                Extension.of(YSQ, d("2024-03-21"), 6));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.reason()).isEqualTo("would bring the extensions to 21 working days, over the cap of 20 "
                    + "(条例第三十三条第二款: 延长的期限最长不得超过20个工作日)");
        });
        StatusEvaluator capTen = EVAL.withPolicy(SchedulePolicy.defaults().withExtensionCapWorkingDays(10));
        assertThatThrownBy(() -> capTen.evaluate(reply(), List.of(Extension.of(YSQ, d("2024-03-20"), 11)),
                d("2024-03-25"))).isInstanceOf(ScheduleRecordException.class).hasMessageContaining("expected 1 to 10");
    }

    @Test
    void anExtensionAfterAPausedDueDateIsAccepted() {
        // paused 03-11..03-22: due 2024-04-15; an extension approved 04-10 extends it, one approved 04-16 may not
        Pause p = Pause.of(YSQ, d("2024-03-11"), d("2024-03-22"));
        assertThat(EVAL.evaluate(reply(), List.of(p, Extension.of(YSQ, d("2024-04-10"), 1)), d("2024-04-10"))
                .dueDate()).contains(d("2024-04-16"));
        assertThat(fail(reply(), "2024-04-10", p, Extension.of(YSQ, d("2024-04-16"), 1)).problems()).hasSize(1);
    }

    @Test
    void badRecordsDatedAfterTheDateFailToo() {
        ScheduleRecordException e = fail(reply(), "2024-03-05", Extension.of(YSQ, d("2024-05-01"), 3));
        assertThat(e.problems()).singleElement().extracting(ScheduleRecordException.Problem::index).isEqualTo(0);
    }

    @Test
    void recordsThatAnObligationCannotHave() {
        ObligationTerms ongoing = ObligationTerms.ongoing("o");
        ScheduleRecordException e = fail(ongoing, "2024-03-05", Pause.of("o", d("2024-03-01"), d("2024-03-02")),
                Restart.of("o", d("2024-03-01")), Extension.of("o", d("2024-03-01"), 1),
                Progress.of("o", d("2024-03-01"), 50));
        assertThat(e.problems()).extracting(ScheduleRecordException.Problem::reason).containsExactly(
                "a pause (征求意见) applies only to a dated obligation; this one is ongoing",
                "a restart (补正) applies only to a dated obligation; this one is ongoing",
                "an extension (延期) applies only to a dated obligation; this one is ongoing",
                "a progress report (进度填报) applies only to a dated obligation; this one is ongoing");
        ObligationTerms undated = ObligationTerms.undated("u", "及时");
        assertThat(fail(undated, "2024-03-05", Pause.of("u", d("2024-03-01"), d("2024-03-02"))).problems())
                .singleElement().extracting(ScheduleRecordException.Problem::reason)
                .isEqualTo("a pause (征求意见) applies only to a dated obligation; this one is undated");
        ScheduleRecordException waiting = fail(ObligationTerms.notTriggered("w"), "2024-03-05",
                Completion.of("w", d("2024-03-01")));
        assertThat(waiting.problems().get(0).reason()).startsWith("the obligation's event has not occurred");
        // a restart with no rule to recount
        ScheduleRecordException noRule = fail(ObligationTerms.dated("x", d("2024-03-29")), "2024-03-05",
                Restart.of("x", d("2024-03-04")));
        assertThat(noRule.problems().get(0).reason()).startsWith("the obligation has no rule to count its period");
        // progress with no span
        ScheduleRecordException noSpan = fail(ObligationTerms.dated("x", d("2024-03-29")), "2024-03-05",
                Progress.of("x", d("2024-03-04"), 10));
        assertThat(noSpan.problems().get(0).reason()).startsWith("the obligation has no span");
    }

    @Test
    void contradictions() {
        ObligationTerms t = ObligationTerms.dated("x", d("2024-03-29")).withSpanStart(d("2024-03-01"));
        ScheduleRecordException naThenDone = fail(t, "2024-04-01", NotApplicable.of("x", d("2024-03-10"), "无"),
                Completion.of("x", d("2024-03-20")));
        assertThat(naThenDone.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.reason()).startsWith("the unit declared on 2024-03-10 that it has no such item");
        });
        ScheduleRecordException after = fail(t, "2024-04-01", Completion.of("x", d("2024-03-10")),
                NotApplicable.of("x", d("2024-03-20"), "无"));
        assertThat(after.problems().get(0).reason()).startsWith("contradicts the completion recorded on 2024-03-10");
        ScheduleRecordException restartAfterDone = fail(reply(), "2024-04-01", Completion.of(YSQ, d("2024-03-10")),
                Restart.of(YSQ, d("2024-03-20")));
        assertThat(restartAfterDone.problems().get(0).reason())
                .startsWith("the obligation was already done on 2024-03-10");
        ScheduleRecordException beforeSpan = fail(t, "2024-04-01", Completion.of("x", d("2024-02-29")));
        assertThat(beforeSpan.problems().get(0).reason())
                .isEqualTo("dated 2024-02-29, before the obligation's start on 2024-03-01");
        ObligationTerms both = ObligationTerms.dated("x", d("2024-03-29")).withEventDate(d("2024-03-01"))
                .withSpanStart(d("2024-03-04"));
        assertThat(fail(both, "2024-04-01", Completion.of("x", d("2024-03-02"))).problems().get(0).reason())
                .isEqualTo("dated 2024-03-02, before the obligation's start on 2024-03-04");
        ScheduleRecordException freshness = fail(ObligationTerms.freshness("f", new dev.shixian.deadline.Freshness(14),
                d("2024-03-01"), DeadlineContext.of(CAL)), "2024-04-01", Extension.of("f", d("2024-03-05"), 1));
        assertThat(freshness.problems().get(0).reason()).endsWith("this one is freshness");
    }

    @Test
    void controlCharactersAndLongIdsAreQuotedSafely() {
        String evil = "x\u0000y" + "z".repeat(500);
        ScheduleRecordException e = fail(reply(), "2024-03-05", Completion.of(evil, d("2024-03-04")));
        assertThat(e.getMessage()).doesNotContain("\u0000").contains("\\u0000").hasSizeLessThan(400);
    }

    @Test
    void theProblemsSurviveSerialization() throws Exception {
        ScheduleRecordException e = fail(reply(), "2024-03-25", Pause.of(YSQ, d("2024-03-22"), d("2024-03-11")),
                Completion.of(YSQ, d("2024-03-20")).withCount(0).withNote("说明"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ScheduleRecordException back = (ScheduleRecordException) in.readObject();
            assertThat(back.problems()).isEqualTo(e.problems());
            assertThat(back.scope()).isEqualTo(e.scope());
            assertThat(back.getMessage()).isEqualTo(e.getMessage());
        }
    }
}
