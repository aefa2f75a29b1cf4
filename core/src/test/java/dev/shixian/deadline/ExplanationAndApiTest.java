package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Explanations built from data, ranges shown inclusive, lazy explanations, and the API that lets no caller forge a
 * result.
 */
class ExplanationAndApiTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final DeadlineContext Y2021 = DeadlineContext.of(CAL).withYear(Year.of(2021));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "二季度末|end of 2021-Q2 = Wed 2021-06-30: due 2021-06-30|2021年二季度末 = 2021-06-30 周三：截止 2021-06-30",
        "上半年|end of 2021-H1 = Wed 2021-06-30: due 2021-06-30|2021年上半年 = 2021-06-30 周三：截止 2021-06-30",
        "年底前|end of 2021 = Fri 2021-12-31: due 2021-12-31|2021年底 = 2021-12-31 周五：截止 2021-12-31",
        "11月上旬|early 2021-11 = Wed 2021-11-10: due 2021-11-10|2021年11月上旬 = 2021-11-10 周三：截止 2021-11-10",
        "11月中旬|mid 2021-11 = Sat 2021-11-20 (rest day) → not rolled forward (policy): due 2021-11-20"
            + "|2021年11月中旬 = 2021-11-20 周六（休息日）→ 不顺延（政策）：截止 2021-11-20",
        "11月下旬|late 2021-11 = Tue 2021-11-30: due 2021-11-30|2021年11月下旬 = 2021-11-30 周二：截止 2021-11-30",
        "2021年10月底前|end of 2021-10 = Sun 2021-10-31 (rest day) → not rolled forward (policy): due 2021-10-31"
            + "|2021年10月底 = 2021-10-31 周日（休息日）→ 不顺延（政策）：截止 2021-10-31",
    })
    void periodEndsAreExplainedFromTheirParts(String phrase, String english, String chinese) {
        Due due = Deadline.parse(phrase).resolve(Y2021).get(0);
        assertThat(due.explanation().toEnglish()).isEqualTo(english);
        assertThat(due.explanation().toChinese()).isEqualTo(chinese);
    }

    @Test
    void aRolledPeriodEndNamesTheHoliday() {
        // 2021-09-30 Thu is a working day; 2021-10-31 is a Sunday and rolls to Monday 11-01
        Due due = Deadline.parse("2021年10月底前").resolve(Y2021.withPolicy(DeadlinePolicy.builder()
                .rollPeriodEnds(true).build())).get(0);
        assertThat(due.explanation().toEnglish()).isEqualTo("end of 2021-10 = Sun 2021-10-31 (rest day) → rolled"
                + " forward to the next working day Mon 11-01: due 2021-11-01");
        Due holiday = Deadline.parse("2021年10月2日前").resolve(Y2021.withPolicy(DeadlinePolicy.builder()
                .rollFixedDates(true).build())).get(0);
        assertThat(holiday.explanation().toChinese()).isEqualTo("期日 2021-10-02 周六（节假日，国庆节）→ 顺延至下一个工作日"
                + " 10-08 周五：截止 2021-10-08");
    }

    @Test
    void rangesArePrintedWithBothEndsInclusive() {
        DeadlineContext ctx = Y2021.withWindow(LocalDate.of(2021, 6, 24), LocalDate.of(2021, 12, 31));
        List<Due> dues = Deadline.parse("每季度一次").resolve(ctx);
        assertThat(dues.get(0).toString()).isEqualTo("Due[2021-06-30, period 2021-04-01..2021-06-30: quarterly]");
        assertThat(dues.get(0).explanation().toEnglish()).isEqualTo("period 2021-Q2 (2021-04-01..2021-06-30) → last"
                + " day Wed 2021-06-30: due 2021-06-30");
        assertThat(ctx.toString()).contains("window=2021-06-24..2021-12-31").doesNotContain("/");
        Due labelled = Deadline.parse("栏目:每2个月不少于3篇").resolve(Y2021).get(0);
        assertThat(labelled.toString()).isEqualTo("Due[2021-02-28, label 栏目, period 2021-01-01..2021-02-28, at least"
                + " 3: every 2 months, at least 3 articles]");
    }

    @Test
    void bilingual() {
        Bilingual a = new Bilingual("due 2021-10-11", "截止 2021-10-11");
        assertThat(a.concat(new Bilingual(", at least 2 times", "，不少于2次")))
                .isEqualTo(new Bilingual("due 2021-10-11, at least 2 times", "截止 2021-10-11，不少于2次"));
        assertThat(a.toString()).isEqualTo("due 2021-10-11 / 截止 2021-10-11");
        assertThatThrownBy(() -> new Bilingual(null, "x")).isInstanceOf(NullPointerException.class);
        Explanation.Step step = new Explanation.Step("2 Sat 10-09", "第2个工作日 10-09 周六");
        assertThat(step.text()).isEqualTo(new Bilingual("2 Sat 10-09", "第2个工作日 10-09 周六"));
        assertThat(step.english()).isEqualTo("2 Sat 10-09");
        assertThat(step.chinese()).isEqualTo("第2个工作日 10-09 周六");
    }

    @Test
    void explanationsAreBuiltOnceAndOnlyWhenAskedFor() {
        AtomicInteger built = new AtomicInteger();
        Deadline d = FixedDate.of(LocalDate.of(2021, 10, 11));
        Due due = Due.lazy(d, LocalDate.of(2021, 10, 11), false, true, () -> {
            built.incrementAndGet();
            return Explanation.of(List.of(), Explain.due(LocalDate.of(2021, 10, 11)));
        });
        Due other = Due.lazy(d, LocalDate.of(2021, 10, 11), false, true, () -> {
            built.incrementAndGet();
            return Explanation.of(List.of(), Explain.due(LocalDate.of(2021, 10, 11)));
        });
        assertThat(due).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(due.withLabel("栏目").label()).contains("栏目");
        assertThat(due.toString()).isEqualTo("Due[2021-10-11: by 2021-10-11]");
        assertThat(built).hasValue(0);
        Explanation first = due.explanation();
        assertThat(due.explanation()).isSameAs(first);
        assertThat(first.toEnglish()).isEqualTo("due 2021-10-11");
        assertThat(built).hasValue(1);
        // a resolved due gives the same explanation every time
        Due resolved = Deadline.parse("印发后3个工作日内").resolve(Y2021.withTrigger(LocalDate.of(2021, 9, 30))).get(0);
        assertThat(resolved.explanation()).isSameAs(resolved.explanation());
        assertThat(resolved).isEqualTo(Deadline.parse("印发后3个工作日内").resolve(Y2021.withTrigger(
                LocalDate.of(2021, 9, 30))).get(0));
    }

    @Test
    void noCallerCanForgeADueOrAnExplanation() {
        for (Class<?> c : List.of(Due.class, Explanation.class, PartResolution.class)) {
            assertThat(Arrays.stream(c.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers())
                    && Modifier.isPublic(m.getModifiers())).map(Method::getName)).as(c.getSimpleName()).isEmpty();
            assertThat(Arrays.stream(c.getDeclaredConstructors()).filter(k -> Modifier.isPublic(k.getModifiers()))
                    .map(Constructor::toString)).as(c.getSimpleName()).isEmpty();
        }
        assertThat(Arrays.stream(Due.class.getMethods()).map(Method::getName))
                .doesNotContain("withPeriod", "withLabel", "withDeadline");
        assertThat(Modifier.isPublic(Resolver.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(Explain.class.getModifiers())).isFalse();
    }
}
