package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 完成时限/时限要求 cell and every inline time limit of the five seed plans (the documents transcribed in the
 * examples module's {@code plans/*.json}), verbatim, with the deadline it must give. Cells that carry text besides the
 * time limit (a subject, a scope note, an action) are read with {@link Deadline#parseLenient(CharSequence)}, and the
 * ignored text is checked too.
 */
class SeedPhrasesTest {

    static Stream<Arguments> strict() {
        return Stream.of(
                // 000 贵州省机关事务管理局 2021: 完成时限 cells
                Arguments.of("2021年12月底前", "by end of 2021-12"),
                Arguments.of("2021年6月底前", "by end of 2021-06"),
                Arguments.of("2021年11月15日前", "by 2021-11-15"),
                Arguments.of("2021年5月底前", "by end of 2021-05"),
                Arguments.of("2021年9月底前", "by end of 2021-09"),
                Arguments.of("2022年1月底前", "by end of 2022-01"),
                Arguments.of("2022 年 1 月底前", "by end of 2022-01"),
                Arguments.of("2021 年 12 月底前", "by end of 2021-12"),
                Arguments.of("完成时限：2021年12月底前", "by end of 2021-12"),
                // 000 inline
                Arguments.of("制定出台后，3个工作日内", "3 working days after issuance"),
                Arguments.of("制定出台后3个工作日内", "3 working days after issuance"),
                // 001 青海 2021 inline
                Arguments.of("12月底前", "by end of month 12"),
                Arguments.of("2021年底前", "by end of 2021"),
                Arguments.of("10月底前", "by end of month 10"),
                Arguments.of("每年至少听取一次", "yearly"),
                Arguments.of("常态化", "ongoing"),
                Arguments.of("定期公开", "ongoing"),
                Arguments.of("及时公开", "per event"),
                // 002 贵州 2020 inline
                Arguments.of("印发后的20个工作日内", "20 working days after issuance"),
                Arguments.of("5月底前", "by end of month 5"),
                Arguments.of("7月底前", "by end of month 7"),
                Arguments.of("9月底前", "by end of month 9"),
                Arguments.of("年底前", "by end of year"),
                Arguments.of("每年至少要组织1—2次", "yearly"),
                Arguments.of("适时调整", "per event"),
                // 003 兴义 2021 完成时限 cells
                Arguments.of("9月底。", "by end of month 9"),
                Arguments.of("长期", "ongoing"),
                Arguments.of("形成起20日内公开", "20 days after formation, action \"公开\""),
                Arguments.of("每季度一次", "quarterly"),
                Arguments.of("不定期公开", "per event"),
                Arguments.of("解读与文件公开时发布。", "with publication, subject \"文件\""),
                Arguments.of("与政策出台或实施起同时公开。", "with issuance or implementation, subject \"政策\""),
                Arguments.of("与政策出台或实施起宣传。", "with issuance or implementation, subject \"政策\""),
                Arguments.of("舆情产生后按相关程序公开。", "per event after public-opinion"),
                Arguments.of("信息产生或更新起20日。", "20 days after formation or change, subject \"信息\""),
                Arguments.of("信息形成起20日内", "20 days after formation, subject \"信息\""),
                Arguments.of("6月底完成", "by end of month 6"),
                Arguments.of("信息产生起20日内", "20 days after formation, subject \"信息\""),
                Arguments.of("6月底", "by end of month 6"),
                Arguments.of("9月底", "by end of month 9"),
                // 003 inline
                Arguments.of("年内至少开展1次", "yearly"),
                Arguments.of("每2个月不少于1篇", "every 2 months, at least 1 article"),
                // 004 榕江 2021 时限要求 cells
                Arguments.of("持续推进", "ongoing"),
                Arguments.of("2021年10月30日前", "by 2021-10-30"),
                Arguments.of("2021年9月30日前", "by 2021-09-30"),
                Arguments.of("2021年9月30日", "by 2021-09-30"),
                Arguments.of("2021年6月30日前", "by 2021-06-30"),
                Arguments.of("时限要求：持续推进", "ongoing"),
                // 004 inline
                Arguments.of("印发后3个工作日内", "3 working days after issuance"),
                // combinations
                Arguments.of("持续推进，2021年底前完成", "ongoing; by end of 2021"))
;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("strict")
    void strictPhrases(String phrase, String canonical) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
    }

    static Stream<Arguments> lenient() {
        return Stream.of(
                Arguments.of("最新规划:形成20日内。 历史规划:到“十二五”时期,既往不限。9月底完成公开。",
                        "label \"最新规划\": 20 days after formation; label \"历史规划\": by end of month 9, action \"完成公开\"",
                        List.of("到“十二五”时期", "既往不限")),
                Arguments.of("上年度决算,本年度预算形成起20日内公开。", "20 days after formation, subject \"预算\", action \"公开\"",
                        List.of("上年度决算", "本年度")),
                Arguments.of("门户网站重点信息栏目端口开通的市级部门每2个月不少于1篇。乡镇(街道)重点领域信息,每月4个不同工作方面的信息不少于1篇。",
                        "every 2 months, at least 1 article; monthly",
                        List.of("门户网站重点信息栏目端口开通的市级部门", "乡镇(街道)重点领域信息", "4个不同工作方面的信息不少于1篇")),
                Arguments.of("检查于6月底完成。", "by end of month 6", List.of("检查")),
                Arguments.of("2021年6月30日前制定工作方案", "by 2021-06-30", List.of("制定工作方案")),
                Arguments.of("年度内组织各处（室）、单位开展1次", "by end of year", List.of("组织各处（室）", "单位开展1次")),
                Arguments.of("实时跟进推动", "per event", List.of("跟进推动")),
                Arguments.of("2021年底前,省政府各部门提供至少1篇", "by end of 2021", List.of("省政府各部门提供至少1篇")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("lenient")
    void cellsWithOtherText(String phrase, String canonical, List<String> ignored) {
        ParseResult r = Deadline.parseLenient(phrase);
        assertThat(r.deadline()).hasToString(canonical);
        IgnoredSpans.areAt(phrase, r.ignored(), ignored);
    }
}
