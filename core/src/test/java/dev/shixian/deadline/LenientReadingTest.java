package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12 §2, lenient mode earns its name: it never invents a date (no bare duration, no duration or year read out
 * of a longer word), and it reads a sentence of a regulation as the time limit the sentence states.
 */
class LenientReadingTest {

    // ------------------------------------------------------------------ never a bare duration in running text

    @Test
    void aFrequencyWithout每IsNotTwoMonthsAfterAnEvent() {
        // 一般两个月安排一次: "usually once every two months" — not "2 months after an event"
        assertThatThrownBy(() -> Deadline.parseLenient("一般两个月安排一次"))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.expected()).isNotEmpty();
                });
    }

    @Test
    void thePreviousYearIsNotOneYearAfterAnEvent() {
        // 上一年度: the previous year — neither "1 year after an event" nor "by end of year"; the strict error says
        // what would make it a time limit (上一年度12月底前)
        assertThatThrownBy(() -> Deadline.parseLenient("上一年度"))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.index()).isEqualTo(4);
                    assertThat(e.expected()).contains("a month after 上一年度");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"上一年度", "下一年度", "上一年度工作报告", "下一年度工作计划", "当年", "本年度", "年度", "上年度决算",
        "一般两个月安排一次", "近两年", "约三个月", "次年", "上一年度的报告", "次年1月底后"})
    void readsNoTimeLimitFromTheseWords(String text) {
        assertThatThrownBy(() -> Deadline.parseLenient(text)).isInstanceOf(DeadlineParseException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a weekday after a duration: not 2 weeks (每周五前 is weekly by Friday, WeeksAndYearsTest)
        "印发后2周五前 | 5",
        // two weeks after each quarter's end (no weeks after a period's end): not the quarter's end
        "每季度结束后两周内 | 3",
        // the last three working days: not the month's end
        "每月最后三个工作日 | 2",
        // a start and an "after": not a deadline on that day
        "2021年7月1日起 | 9",
        "6月底后 | 3",
    })
    void takesNoTimeLimitThatTheNextWordsChange(String text, int index) {
        assertThatThrownBy(() -> Deadline.parseLenient(text))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(index));
    }

    @Test
    void aBareDurationInASentenceIsIgnored() {
        ParseResult r = Deadline.parseLenient("信息形成起20日内公开，一般两个月安排一次");
        assertThat(r.deadline()).hasToString("20 days after formation, subject \"信息\", action \"公开\"");
        IgnoredSpans.areAt("信息形成起20日内公开，一般两个月安排一次", r.ignored(), List.of("一般两个月安排一次"));
    }

    @Test
    void aDateAfterARelativeYearIsReadInThatYear() {
        // 次年1月底前: January of the year after the plan's (docs/RULES.md §3), a second part
        ParseResult r = Deadline.parseLenient("2021年12月底前完成，次年1月底前总结");
        assertThat(r.deadline()).hasToString("by end of 2021-12; by end of month 1 next year");
        IgnoredSpans.areAt("2021年12月底前完成，次年1月底前总结", r.ignored(), List.of("总结"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // a whole cell that is a time limit strictly keeps the strict reading, bare durations included
        "20个工作日内|20 working days",
        "两个月|2 months",
        "一年内|1 year",
        "本年度内|by end of year",
        // a duration with an event, or with 每, is a time limit
        "印发后两个月内|2 months after issuance",
        "每两个月安排一次|every 2 months",
    })
    void keepsDurationsWithAnEventOr每(String text, String canonical) {
        assertThat(Deadline.parseLenient(text).deadline()).hasToString(canonical);
    }

    @Test
    void aDurationWithAnEventInASentenceIsKept() {
        String text = "上年度决算,本年度预算形成起20日内公开。";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("20 days after formation, subject \"预算\", action \"公开\"");
        IgnoredSpans.areAt(text, r.ignored(), List.of("上年度决算", "本年度"));
    }

    // ------------------------------------------------------------------ a sentence of a regulation

    @Test
    void readsTheAnnualReportSentenceOfTheRegulationWhole() {
        // 《政府信息公开条例》(2019) 第四十九条 wording: the time limit is 每年1月31日前, nothing from 上一年度
        String text = "各级人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("yearly by 01-31");
        assertThat(r.deadline()).isInstanceOf(Recurring.class);
        IgnoredSpans.areAt(text, r.ignored(), List.of("各级人民政府部门",
                "向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布"));
    }

    @Test
    void readsTheApplicationSentenceOfTheRegulationAsTheLimitItStates() {
        // 《政府信息公开条例》(2019) 第三十三条 wording: the limit is 20 working days after receipt; the extension's
        // "不得超过20个工作日" is a bare duration and is ignored, not a second part
        String text = "应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，延长的期限最长不得超过20个工作日。";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("20 working days after receipt, action \"予以答复\"");
        IgnoredSpans.areAt(text, r.ignored(), List.of("应当", "需要延长答复期限的", "延长的期限最长不得超过20个工作日"));
    }

    @Test
    void readsTheProactiveDisclosureSentenceOfTheRegulation() {
        // 《政府信息公开条例》(2019) 第二十六条 wording
        String text = "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。"
                + "法律、法规对政府信息公开的期限另有规定的，从其规定。";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString(
                "20 working days after formation or change, subject \"政府信息\", action \"及时公开\"");
        IgnoredSpans.areAt(text, r.ignored(), List.of("属于主动公开范围的政府信息", "应当自该", "法律",
                "法规对政府信息公开的期限另有规定的", "从其规定"));
    }

    @Test
    void aListInASentenceNamesItsYearOnce() {
        // policy listYear (docs/RULES.md §3), as in strict reading: 12月 after 、 is December 2022
        String text = "各单位于2022年6月、12月底前报送";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("by end of 2022-06; by end of 2022-12, action \"报送\"");
        IgnoredSpans.areAt(text, r.ignored(), List.of("各单位"));
        // after ； the second limit stands alone, in the plan's year
        assertThat(Deadline.parseLenient("各单位于2022年6月；12月底前报送").deadline())
                .hasToString("by end of 2022-06; by end of month 12, action \"报送\"");
    }

    @Test
    void aSentenceWithTwoTimeLimitsGivesBoth() {
        String text = "各单位要在2021年12月底前完成政务公开专区建设，并于每季度末前更新一次。";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("by end of 2021-12; quarterly");
        IgnoredSpans.areAt(text, r.ignored(), List.of("各单位", "政务公开专区建设", "并"));
    }

    @Test
    void prefersTheLongerTimeLimitOverTheFragmentBeforeIt() {
        // 6月底前公开 followed by 后: the longer limit 公开后3个工作日内 that begins inside it is the one stated
        String text = "6月底前公开后3个工作日内报送";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("3 working days after publication, action \"报送\"");
        IgnoredSpans.areAt(text, r.ignored(), List.of("6月底前"));
    }

    @Test
    void aFrequencyWithout每IsIgnoredBesideOneWith每() {
        String text = "一般两个月安排一次，每季度不少于一次";
        ParseResult r = Deadline.parseLenient(text);
        assertThat(r.deadline()).hasToString("quarterly");
        IgnoredSpans.areAt(text, r.ignored(), List.of("一般两个月安排一次"));
    }
}
