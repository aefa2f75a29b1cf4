package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing and printing: canonical forms in both languages, general Chinese phrases, and parse errors. */
class DeadlineTest {

    /** Every canonical English form with its canonical Chinese form. */
    static Stream<Arguments> canonical() {
        return Stream.of(
                Arguments.of("by 2021-12-31", "2021年12月31日前"),
                Arguments.of("by 11-15", "11月15日前"),
                Arguments.of("by 02-29", "2月29日前"),
                Arguments.of("by end of 2021-06", "2021年6月底前"),
                Arguments.of("by end of month 6", "6月底前"),
                Arguments.of("by end of year", "年底前"),
                Arguments.of("by end of 2021", "2021年底前"),
                Arguments.of("by end of 2021-Q3", "2021年三季度末前"),
                Arguments.of("by end of Q1", "一季度末前"),
                Arguments.of("by end of H1", "上半年内"),
                Arguments.of("by end of 2021-H2", "2021年下半年内"),
                Arguments.of("by early 2021-11", "2021年11月上旬"),
                Arguments.of("by mid month 11", "11月中旬"),
                Arguments.of("by late 2021-02", "2021年2月下旬"),
                Arguments.of("3 working days after issuance", "印发后3个工作日内"),
                Arguments.of("1 working day after approval", "批复之日起1个工作日内"),
                Arguments.of("20 days after formation", "形成之日起20日内"),
                Arguments.of("20 days after formation or change", "形成或变更之日起20日内"),
                Arguments.of("1 month after receipt", "收到申请之日起1个月内"),
                Arguments.of("2 years after implementation", "实施之日起2年内"),
                Arguments.of("3 working days", "3个工作日内"),
                Arguments.of("20 days after \"公示结束\"", "“公示结束”之日起20日内"),
                Arguments.of("with issuance", "与印发同时"),
                Arguments.of("with issuance, within 5 working days", "与印发同时，时间跨度不超过5个工作日"),
                Arguments.of("with issuance or implementation", "与印发或实施同时"),
                Arguments.of("simultaneously", "同时"),
                Arguments.of("simultaneously, within 1 working day", "同时，时间跨度不超过1个工作日"),
                Arguments.of("monthly", "每月一次"),
                Arguments.of("every 2 months", "每2个月一次"),
                Arguments.of("quarterly", "每季度一次"),
                Arguments.of("half-yearly", "每半年一次"),
                Arguments.of("yearly", "每年一次"),
                Arguments.of("every 4 months, at least 3 times", "每4个月不少于3次"),
                Arguments.of("every 2 months, at least 1 article", "每2个月不少于1篇"),
                Arguments.of("monthly by day 10", "每月10日前"),
                Arguments.of("monthly by day 10, at least 2 items", "每月10日前不少于2条"),
                Arguments.of("quarterly by day 8 of months 1, 4, 7, 10", "每年1、4、7、10月8日前"),
                Arguments.of("quarterly by day 15 of months 2, 5, 8, 11", "每年2、5、8、11月15日前"),
                Arguments.of("half-yearly by day 31 of months 1, 7", "每年1、7月31日前"),
                Arguments.of("yearly by 01-31", "每年1月31日前"),
                Arguments.of("every 14 days", "每14日至少更新一次"),
                Arguments.of("every 1 day", "每1日至少更新一次"),
                Arguments.of("ongoing", "长期"),
                Arguments.of("per event", "及时"),
                Arguments.of("per event after public-opinion", "舆情产生后及时"),
                Arguments.of("per event after formation or change", "形成或变更后及时"),
                Arguments.of("label \"最新规划\": 20 days after formation; label \"历史规划\": by end of month 9",
                        "最新规划：形成之日起20日内；历史规划：9月底前"),
                Arguments.of("ongoing; by end of 2021", "长期；2021年底前"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("canonical")
    void roundTripsInBothLanguages(String english, String chinese) {
        Deadline d = Deadline.parse(english);
        assertThat(d).hasToString(english);
        assertThat(d.toChinese()).isEqualTo(chinese);
        assertThat(Deadline.parse(chinese)).isEqualTo(d);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
    }

    @Test
    void valuesBuiltInCode() {
        assertThat(FixedDate.of(LocalDate.of(2021, 11, 15))).hasToString("by 2021-11-15");
        assertThat(FixedDate.of(MonthDay.of(11, 15)).toChinese()).isEqualTo("11月15日前");
        assertThat(PeriodEnd.of(Year.of(2021), PeriodEnd.Span.MONTH, 6)).hasToString("by end of 2021-06");
        assertThat(AfterEvent.of(3, AfterEvent.Counting.WORKING_DAYS, Event.ISSUANCE).toChinese())
                .isEqualTo("印发后3个工作日内");
        assertThat(WithEvent.of(Event.ISSUANCE).withTolerance(5)).hasToString("with issuance, within 5 working days");
        assertThat(Recurring.every(3).withDueDay(8, List.of(1, 4, 7, 10)))
                .hasToString("quarterly by day 8 of months 1, 4, 7, 10");
        assertThat(Recurring.every(1).withDueDay(10)).hasToString("monthly by day 10");
        assertThat(Recurring.every(2).withMinimumCount(1, Measure.ARTICLE).toChinese()).isEqualTo("每2个月不少于1篇");
        assertThat(Recurring.every(3).withMinimumCount(1, Measure.TIME)).isEqualTo(Recurring.every(3));
        assertThat(OpenEnded.perEvent(Event.PUBLIC_OPINION)).hasToString("per event after public-opinion");
        assertThat(Event.of("formation")).isSameAs(Event.FORMATION);
        assertThat(Event.of("形成")).isSameAs(Event.FORMATION);
        assertThat(Event.of("公示结束").toCanonical()).isEqualTo("\"公示结束\"");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // full-width digits and punctuation, stray spaces
        "２０２１年１２月底前 | by end of 2021-12",
        "2021 年 12 月底前 | by end of 2021-12",
        "完成时限：２０２１年６月底前 | by end of 2021-06",
        "时限要求: 持续推进 | ongoing",
        // Chinese numerals
        "三个工作日内 | 3 working days",
        "印发后三个工作日内 | 3 working days after issuance",
        "二十日内 | 20 days",
        "形成之日起二十个工作日内 | 20 working days after formation",
        "两个月内 | 2 months",
        "二〇二一年九月三十日前 | by 2021-09-30",
        "十一月十五日前 | by 11-15",
        "十二月底 | by end of month 12",
        "一百二十日内 | 120 days",
        // fillers and wrappers
        "最迟2021年11月15日 | by 2021-11-15",
        "截至2021年9月30日 | by 2021-09-30",
        "于6月底前完成 | by end of month 6",
        "在2021年10月底之前 | by end of 2021-10",
        "2021年6月底以前 | by end of 2021-06",
        "收到申请之日起20个工作日内 | 20 working days after receipt",
        "自收到申请之日起十五个工作日内 | 15 working days after receipt",
        "批复后1个月内 | 1 month after approval",
        "印发后1年内 | 1 year after issuance",
        "形成后的10天以内 | 10 days after formation",
        "出台后两周内 | 14 days after issuance",
        // periods
        "年底前 | by end of year",
        "2021年内 | by end of 2021",
        "年内 | by end of year",
        "上半年 | by end of H1",
        "下半年 | by end of H2",
        "2021年上半年 | by end of 2021-H1",
        "二季度末 | by end of Q2",
        "三季度末 | by end of Q3",
        "第三季度 | by end of Q3",
        "一季度 | by end of Q1",
        "2021年第4季度末 | by end of 2021-Q4",
        "全年 | by end of year",
        "到2023年 | by end of 2023",
        "到2023年底 | by end of 2023",
        "11月上旬 | by early month 11",
        "2021年11月中旬 | by mid 2021-11",
        "11月下旬 | by late month 11",
        "6月份 | by end of month 6",
        // recurring
        "每月 | monthly",
        "按月 | monthly",
        "每季度 | quarterly",
        "按季度 | quarterly",
        "每半年 | half-yearly",
        "每年 | yearly",
        "按年 | yearly",
        "每两个月 | every 2 months",
        "年内至少1次 | yearly",
        "每年至少2次 | yearly, at least 2 times",
        "每季度至少3次 | quarterly, at least 3 times",
        "每月不少于4篇 | monthly, at least 4 articles",
        "每年10条以上 | yearly, at least 10 items",
        "每月10日前 | monthly by day 10",
        "每月10号之前 | monthly by day 10",
        "每年1、4、7、10月8日之前 | quarterly by day 8 of months 1, 4, 7, 10",
        "每年1月31日前 | yearly by 01-31",
        "定期每季度公开 | quarterly",
        "每季度末 | quarterly",
        "每月底前 | monthly",
        // freshness, open-ended
        "超过14天未更新 | every 14 days",
        "超过两周未更新 | every 14 days",
        "每7天至少更新一次 | every 7 days",
        "长期坚持 | ongoing",
        "常态化 | ongoing",
        "及时 | per event",
        "实时 | per event",
        "随时 | per event",
        "适时 | per event",
        "不定期 | per event",
        "舆情产生后 及时公开 | per event after public-opinion",
        // with an event
        "与文件同时公开 | simultaneously",
        "同步公开 | simultaneously",
        "与印发同步 | with issuance",
        "与文件同步公开，时间跨度不超过5个工作日 | simultaneously, within 5 working days",
        // several
        "持续推进，2021年底前完成 | ongoing; by end of 2021",
        "最新规划:形成20日内。历史规划:9月底完成公开。 | label \"最新规划\": 20 days after formation; label \"历史规划\": by end of month 9, action \"完成公开\"",
    })
    void readsGeneralChinese(String phrase, String canonical) {
        assertThat(Deadline.parse(phrase)).hasToString(canonical);
    }

    @ParameterizedTest(name = "{0}: index {1}, expected {2}")
    @CsvSource(delimiter = '|', value = {
        // impossible dates and values
        "2021年2月30日前 | 7 | a day 1..28 of 2021-02",
        "2024年2月30日前 | 7 | a day 1..29 of 2024-02",
        "13月底 | 0 | a month 1..12",
        "2021年13月 | 5 | a month 1..12",
        "２０２１年１３月 | 5 | a month 1..12",
        "第5季度 | 1 | a quarter 1..4",
        "每5个月 | 1 | a period of 1, 2, 3, 4, 6 or 12 months",
        "每月32日前 | 2 | a day 1..31",
        "印发后0个工作日内 | 3 | a positive number",
        "6月前 | 2 | 底 or a day (N月前 is ambiguous)",
        // text left over
        "2021年6月30日前制定工作方案 | 11 | end of input or a separator",
        "长期 abc | 3 | end of input or a separator",
        // nothing that is a time limit
        "xyz | 0 | a deadline",
        " | 0 | a time limit",
        "完成时限： | 5 | a time limit",
        "印发后3个 | 4 | 个工作日",
        // canonical English
        "by 2021-02-30 | 3 | a valid value",
        "by end of 2021-13 | 15 | a valid value",
        "3 working days after foo | 21 | an event",
        "3 weeks | 2 | 'working'",
        "monthly by day 10; | 18 | a deadline",
        "by end of year extra | 15 | end of input",
    })
    void parseErrorsSayWhereAndWhat(String input, int index, String expected) {
        String text = input == null ? "" : input;
        assertThatThrownBy(() -> Deadline.parse(text))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.input()).isEqualTo(text);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.expected()).contains(expected);
                    assertThat(e.getMessage()).contains(text).contains("index " + index).contains(e.expected());
                });
    }

    @Test
    void indexesAreInTheOriginalInput() {
        // the ideographic space and full-width characters are read in a copy; the index counts the original
        assertThatThrownBy(() -> Deadline.parse("\u3000２０２１年 １３月"))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(7));
    }

    @Test
    void lenientReportsIgnoredTextWithOriginalPositions() {
        // 2021年6月30日前 is 11 characters: 制定工作方案 is 11..17
        assertThat(Deadline.parseLenient("2021年6月30日前制定工作方案").ignored())
                .containsExactly(new ParseResult.Ignored(11, 17, "制定工作方案"));
        // 于 joins the subject to the time limit and 完成。 closes it: only 检查 is left, at 0..2
        assertThat(Deadline.parseLenient("检查于6月底完成。").ignored())
                .containsExactly(new ParseResult.Ignored(0, 2, "检查"));
        // the ideographic space (U+3000) is read as a space in a copy; positions count the original input
        assertThat(Deadline.parseLenient("\u30002021年6月30日前制定工作方案").ignored())
                .containsExactly(new ParseResult.Ignored(12, 18, "制定工作方案"));
    }

    @Test
    void lenientWithoutAnyDeadlineFails() {
        assertThatThrownBy(() -> Deadline.parseLenient("各处（室）、单位")).isInstanceOf(DeadlineParseException.class);
        assertThat(Deadline.parseLenient("by 2021-12-31").ignored()).isEmpty();
    }

    @Test
    void recordsRejectBadValues() {
        assertThatThrownBy(() -> FixedDate.of(Year.of(2021), MonthDay.of(2, 29)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodEnd.of(PeriodEnd.Span.QUARTER, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AfterEvent.of(0, AfterEvent.Counting.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AfterEvent.of(1, AfterEvent.Counting.DAYS, Event.ISSUANCE, Event.ISSUANCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurring.every(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurring.every(3).withDueDay(8, List.of(1, 2, 7, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Labelled("完成时限", OpenEnded.ONGOING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Labelled("a:b", OpenEnded.ONGOING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Multiple(List.of(OpenEnded.ONGOING))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenEnded(OpenEnded.Kind.ONGOING, List.of(Event.ISSUANCE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Event.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Event.of("a\"b")).isInstanceOf(IllegalArgumentException.class);
    }
}
