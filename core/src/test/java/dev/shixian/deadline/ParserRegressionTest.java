package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression tests for the parser defects of issues 9 and 10: overflow, round trips outside the realistic range,
 * accepted characters, deep wrapper labels, lenient reading time, the number of parts, error messages, and the
 * publication event.
 */
class ParserRegressionTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final int ONE_MB = 1 << 20;

    private static DeadlineParseException parseError(String text) {
        try {
            Deadline d = Deadline.parse(text);
            throw new AssertionError("parsed " + d);
        } catch (DeadlineParseException e) {
            return e;
        }
    }

    // ------------------------------------------------------------------ 1. numbers that do not fit

    @ParameterizedTest(name = "{0}: index {1}, expected {2}")
    @CsvSource(delimiter = '|', value = {
        "印发后613566757周内 | 3 | a number of days 1..9999",
        "印发后1429周内 | 3 | a number of days 1..9999",
        "印发后10000个工作日内 | 3 | a number of working days 1..9999",
        "形成之日起10000个月内 | 5 | a number of months 1..9999",
        // calendar weeks since issue 12 (docs/RULES.md §4): 1..52 weeks
        "每613566757周更新 | 1 | a period of 1..52 weeks",
        "超过613566757周未更新 | 2 | a number of days 1..9999",
        "每10000日至少更新一次 | 1 | a number of days 1..9999",
        "印发后9999999999日内 | 3 | a number below 1000000000",
        "印发后三三三三三三三三三三日内 | 3 | a number below 1000000000",
        "每年至少10000次 | 4 | a count 1..9999",
        "与印发同时，时间跨度不超过10000个工作日 | 13 | a number of working days 0..9999",
        "0999.01.01 | 0 | a year 1000..9999",
        "0999年底前 | 0 | a year 1000..9999",
        "10000年6月底前 | 0 | a year 1000..9999",
        "by 0999-01-01 | 3 | 1000..9999",
        "every 10000 days | 0 | 1..9999",
    })
    void numbersThatDoNotFitFailAtTheirIndex(String text, int index, String expected) {
        DeadlineParseException e = parseError(text);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e.expected()).contains(expected);
    }

    @Test
    void largestAmountsStillRead() {
        assertThat(Deadline.parse("印发后1428周内")).isEqualTo(AfterEvent.of(9996, AfterEvent.Counting.DAYS,
                Event.ISSUANCE));
        assertThat(Deadline.parse("印发后999年内")).isEqualTo(AfterEvent.of(999, AfterEvent.Counting.YEARS,
                Event.ISSUANCE));
        assertThat(Deadline.parse("九千九百九十九日内")).isEqualTo(AfterEvent.of(9999, AfterEvent.Counting.DAYS));
    }

    // ------------------------------------------------------------------ 2. round trips outside the realistic range

    @Test
    void yearsOutside1000To9999AreRefusedAtConstruction() {
        assertThatThrownBy(() -> FixedDate.of(LocalDate.of(999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000..9999").hasMessageContaining("999");
        assertThatThrownBy(() -> PeriodEnd.yearEnd(Year.of(10_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000..9999");
        assertThatThrownBy(() -> PeriodEnd.of(Year.of(-5), PeriodEnd.Span.QUARTER, 1))
                .isInstanceOf(IllegalArgumentException.class);
        roundTrips(FixedDate.of(LocalDate.of(1000, 1, 1)));
        roundTrips(FixedDate.of(Year.of(9996), MonthDay.of(2, 29)));
        roundTrips(PeriodEnd.of(Year.of(9999), PeriodEnd.Span.LATE_MONTH, 12));
    }

    @Test
    void recurringDueDayMustExistInEveryDueMonth() {
        assertThatThrownBy(() -> Recurring.every(3).withDueDay(31)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31").hasMessageContaining("month 4");
        assertThatThrownBy(() -> new Recurring(0, 0, List.of(), 1, Measure.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        roundTrips(Recurring.every(1).withDueDay(31));
        roundTrips(Recurring.every(6).withDueDay(31));
        assertThatThrownBy(() -> Recurring.every(2).withDueDay(31)).isInstanceOf(IllegalArgumentException.class);
        roundTrips(Recurring.every(12).withDueDay(29, List.of(2)).withMinimumCount(9999, Measure.ITEM));
    }

    @Test
    void afterEventOfYearsRoundTripsOrIsRefused() {
        roundTrips(AfterEvent.of(999, AfterEvent.Counting.YEARS));
        roundTrips(AfterEvent.of(999, AfterEvent.Counting.YEARS, Event.FORMATION, Event.CHANGE));
        roundTrips(AfterEvent.of(9999, AfterEvent.Counting.MONTHS));
        assertThatThrownBy(() -> AfterEvent.of(10_000, AfterEvent.Counting.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..9999");
        assertThatThrownBy(() -> AfterEvent.of(2021, AfterEvent.Counting.YEARS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..999").hasMessageContaining("2021");
    }

    @Test
    void labelStartingWithAWrapperWordKeepsIt() {
        Labelled l = new Labelled("期限A", OpenEnded.ONGOING);
        roundTrips(l);
        assertThat(Deadline.parse("期限A：长期")).isEqualTo(l);
        roundTrips(new Labelled("时限为A", PeriodEnd.of(PeriodEnd.Span.MONTH, 9)));
        assertThat(Deadline.parse("期限：长期")).isEqualTo(OpenEnded.ONGOING);
    }

    @Test
    void labelsAndEventNamesThatWouldChangeAreRefused() {
        for (String bad : List.of("a\u200Bb", "ＡＢ", "a\u3000b", "a\tb", "\u202Eab", "a١b", "a\uD800b")) {
            assertThatThrownBy(() -> new Labelled(bad, OpenEnded.ONGOING)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("U+");
            assertThatThrownBy(() -> Event.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("U+");
        }
        assertThatThrownBy(() -> Event.of("a".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        roundTrips(new Labelled("①最新规划…", AfterEvent.of(20, AfterEvent.Counting.DAYS, Event.of("公示结束「一」"))));
        roundTrips(new Labelled("𠀀".repeat(20), WithEvent.of(Event.of("a:b;c")).withTolerance(9999)));
    }

    private static void roundTrips(Deadline d) {
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
    }

    // ------------------------------------------------------------------ 3. accepted characters

    @ParameterizedTest(name = "{0}: index {1}")
    @CsvSource(delimiter = '|', value = {
        "by 2021-\u0661\u0662-\u0663\u0661 | 8",
        "2021年\u0661\u0662月底前 | 5",
        "2021年\u200B12月底前 | 5",
        "\u202E2021年底前 | 0",
        "2021年12月底前\uFEFF | 10",
    })
    void charactersOutsideTheGrammarAreRefusedAtTheirIndex(String text, int index) {
        for (Supplier<Object> parse : List.<Supplier<Object>>of(() -> Deadline.parse(text),
                () -> Deadline.parseLenient(text))) {
            assertThatThrownBy(parse::get).isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                assertThat(e.index()).isEqualTo(index);
                assertThat(e.expected()).contains("a character the grammar accepts");
            });
        }
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(parseError("长期" + '\uDC00').index()).isEqualTo(2);
        assertThat(parseError("长期\u0000").index()).isEqualTo(2);
        assertThat(parseError("长期" + '\uD840').index()).isEqualTo(2);
        assertThat(Deadline.parse("\uD840\uDC00：长期")).isEqualTo(new Labelled("\uD840\uDC00", OpenEnded.ONGOING));
    }

    @Test
    void fullWidthAndSpacesAreRead() {
        assertThat(Deadline.parse("２０２１年\u3000１２月\u00A0底前\t")).hasToString("by end of 2021-12");
        assertThat(Deadline.parse("ｂｙ　２０２１－１２－３１")).hasToString("by 2021-12-31");
    }

    // ------------------------------------------------------------------ 4. no recursion the input controls

    @Test
    void manyWrapperLabelsDoNotOverflowTheStack() {
        String text = "时限:".repeat(3932) + "长期";
        assertThat(Deadline.parse(text)).isEqualTo(OpenEnded.ONGOING);
        assertThat(Deadline.parseLenient(text).deadline()).isEqualTo(OpenEnded.ONGOING);
        String huge = "时限：".repeat(ONE_MB / 3) + "长期";
        assertTimeoutPreemptively(GENEROUS, () -> {
            assertThat(Deadline.parse(huge)).isEqualTo(OpenEnded.ONGOING);
            assertThat(Deadline.parseLenient(huge).deadline()).isEqualTo(OpenEnded.ONGOING);
        });
    }

    // ------------------------------------------------------------------ 5. lenient reading in linear time

    @Test
    void oneMegabyteOfJunkEnds() {
        Random random = new Random(9);
        StringBuilder b = new StringBuilder(ONE_MB);
        String alphabet = "年月日前内后底末季度个工作天每至少不少于篇次或起之时同步，。：、;:\"“”0123456789一二三四五六七八九十两〇百千 -"
                + "abcXYZ印发形成公开长期及时与最迟于按要求（）《》";
        while (b.length() < ONE_MB) {
            b.append(random.nextInt(4) == 0 ? (char) (0x4E00 + random.nextInt(0x5000))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        endsInTime(b.toString());
        endsInTime(b.toString().replace("“", "").replace("\"", "").replace(":", "").replace("：", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"于", "形成或", "“", "按要求", "2021年", "最新规划:", "最迟于2021年", "每季度一次",
        "a", "月", "与印发", "印发后", "时限:", "二〇二一年九", "每年1、", "超过14", "持续推进，", "舆情产生后"})
    void oneMegabyteOfRepeatedNearMatchesEnds(String unit) {
        endsInTime(unit.repeat(ONE_MB / unit.length()));
    }

    private static void endsInTime(String text) {
        assertTimeoutPreemptively(GENEROUS, () -> {
            try {
                assertThat(Deadline.parseLenient(text).deadline()).isNotNull();
            } catch (DeadlineParseException e) {
                assertThat(e.index()).isBetween(0, text.length());
                assertThat(e.getMessage().length()).isLessThan(600);
            }
            try {
                assertThat(Deadline.parse(text)).isNotNull();
            } catch (DeadlineParseException e) {
                assertThat(e.index()).isBetween(0, text.length());
            }
        });
    }

    // ------------------------------------------------------------------ 6. the number of parts

    @Test
    void atMostOneHundredParts() {
        String hundred = "每季度一次；".repeat(100);
        assertThat(((Multiple) Deadline.parse(hundred)).parts()).hasSize(100);
        DeadlineParseException e = parseError(hundred + "长期");
        assertThat(e.index()).isEqualTo(600);
        assertThat(e.expected()).isEqualTo("at most 100 parts");
        String cell = "每季度一次".repeat(ONE_MB / 5);
        assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> Deadline.parseLenient(cell))
                .isInstanceOfSatisfying(DeadlineParseException.class, x -> {
                    assertThat(x.index()).isEqualTo(500);
                    assertThat(x.expected()).isEqualTo("at most 100 parts");
                }));
        DeadlineParseException english = parseError("ongoing; ".repeat(100) + "quarterly");
        assertThat(english.index()).isEqualTo(900);
        assertThat(english.expected()).isEqualTo("at most 100 parts");
        assertThat(parseError("every 5 months").expected()).contains("1, 2, 3, 4, 6 or 12");
        List<Deadline> parts = new ArrayList<>(Collections.nCopies(101, OpenEnded.ONGOING));
        assertThatThrownBy(() -> new Multiple(parts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2..100");
        roundTrips(new Multiple(parts.subList(0, 100)));
    }

    // ------------------------------------------------------------------ 7. messages and serialization

    @Test
    void messagesQuoteAShortEscapedWindow() {
        String text = "长期".repeat(ONE_MB / 2) + "\u0001" + "x".repeat(ONE_MB);
        DeadlineParseException e = parseError(text);
        assertThat(e.index()).isEqualTo(ONE_MB);
        assertThat(e.input()).isSameAs(text);
        assertThat(e.getMessage()).hasSizeLessThan(400).contains("\\u0001").doesNotContain("\u0001")
                .contains("index " + ONE_MB).contains("…");
        DeadlineParseException control = parseError("2021年\n13月");
        assertThat(control.getMessage()).doesNotContain("\n");
    }

    @Test
    void structuredFieldsSurviveSerialization() throws Exception {
        DeadlineParseException e = parseError("印发后613566757周内");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            DeadlineParseException copy = (DeadlineParseException) in.readObject();
            assertThat(copy.input()).isEqualTo("印发后613566757周内");
            assertThat(copy.index()).isEqualTo(3);
            assertThat(copy.expected()).isEqualTo(e.expected());
            assertThat(copy.getMessage()).isEqualTo(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ 8. publication

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "与文件公开时发布 | with publication, subject \"文件\"",
        "解读与文件公开时发布。 | with publication, subject \"文件\"",
        "公开后3个工作日内 | 3 working days after publication",
        "公布之日起20日内 | 20 days after publication",
        "公开发布后5日内 | 5 days after publication",
        "文件公开后及时解读 | per event after publication, subject \"文件\"",
        "与公开同时 | with publication",
        "印发后3个工作日内 | 3 working days after issuance",
        "出台后3日内 | 3 days after issuance",
        "制定出台后3个工作日内 | 3 working days after issuance",
        "发布之日起3日内 | 3 days after issuance",
        "印发或公开之日起1个月内 | 1 month after issuance or publication",
    })
    void publicationIsItsOwnEvent(String phrase, String canonical) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        roundTrips(d);
    }

    @Test
    void publicationIsBuiltIn() {
        assertThat(Event.of("publication")).isSameAs(Event.PUBLICATION);
        assertThat(Event.of("公开")).isSameAs(Event.PUBLICATION);
        assertThat(Event.PUBLICATION.chinese()).isEqualTo("公开");
        assertThat(Event.PUBLICATION.pastTense()).isEqualTo("published");
        assertThat(Event.builtIn()).contains(Event.PUBLICATION);
        assertThat(Event.builtIn("publication")).contains(Event.PUBLICATION);
    }

    // ------------------------------------------------------------------ 9. prefixes hidden by shorter ones

    @Test
    void longestPrefixIsRead() {
        assertThat(Deadline.parse("最迟不晚于2021年12月31日")).hasToString("by 2021-12-31");
        assertThat(Deadline.parseLenient("最迟不晚于2021年12月31日").ignored()).isEmpty();
    }
}
