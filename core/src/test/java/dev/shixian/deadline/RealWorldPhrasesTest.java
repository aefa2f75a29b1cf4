package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time limits written the way provincial, municipal and county 政务公开工作要点, 实施方案 and 任务分解表 write them
 * (none copied from the seed plans), each with the canonical deadline it must give, both round trips, the errors
 * that must be reported, and what lenient reading keeps and drops.
 */
class RealWorldPhrasesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // fixed dates (期日)
        "2021年10月31日前|by 2021-10-31",
        "10月31日前|by 10-31",
        "于2021年6月30日前|by 2021-06-30",
        "最迟于9月30日前|by 09-30",
        "截至2021年12月31日|by 2021-12-31",
        "截止2022年3月31日|by 2022-03-31",
        "12月20日前报送|by 12-20, action \"报送\"",
        "6月30日之前完成|by 06-30",
        "2022年5月31日前完成|by 2022-05-31",
        "12月31号前|by 12-31",
        "二〇二一年十二月三十一日前|by 2021-12-31",
        "二〇二二年六月三十日前|by 2022-06-30",
        "不晚于2021年11月30日|by 2021-11-30",
        "不迟于10月15日|by 10-15",
        "最晚于2021年8月31日前完成|by 2021-08-31",
        "应于2021年7月15日前报送|by 2021-07-15, action \"报送\"",
        "2021.12.31前|by 2021-12-31",
        "2021-09-30前|by 2021-09-30",
        "2022/6/30|by 2022-06-30",
        // month ends and thirds of a month
        "2021年10月底前|by end of 2021-10",
        "2022年3月底前完成|by end of 2022-03",
        "4月底前完成|by end of month 4",
        "2021年10月底|by end of 2021-10",
        "2021年11月|by end of 2021-11",
        "11月份|by end of month 11",
        "2021年7月份前|by end of 2021-07",
        "6月末|by end of month 6",
        "2021年6月末前|by end of 2021-06",
        "2021年10月底前全面完成|by end of 2021-10",
        "2021年8月中旬|by mid 2021-08",
        "12月上旬前|by early month 12",
        "7月中旬前|by mid month 7",
        "9月下旬前完成|by late month 9",
        "2021年11月下旬|by late 2021-11",
        "11月中下旬|by late month 11",
        "2021年8月上中旬|by mid 2021-08",
        // quarters, halves, years
        "2021年第三季度|by end of 2021-Q3",
        "三季度末前|by end of Q3",
        "第一季度|by end of Q1",
        "一季度末|by end of Q1",
        "2022年一季度|by end of 2022-Q1",
        "第四季度末前|by end of Q4",
        "四季度|by end of Q4",
        "2021年第二季度末|by end of 2021-Q2",
        "2021年上半年|by end of 2021-H1",
        "下半年|by end of H2",
        "上半年完成|by end of H1",
        "2022年上半年前|by end of 2022-H1",
        "下半年底前|by end of H2",
        "年内|by end of year",
        "全年|by end of year",
        "年内完成|by end of year",
        "年底前完成|by end of year",
        "2021年年底前|by end of 2021",
        "2021年度|by end of 2021",
        "2021年度内|by end of 2021",
        "本年度内|by end of year",
        "今年底前|by end of year",
        "到2025年|by end of 2025",
        "2021年底前全面完成|by end of 2021",
        // ranges: due at the end of the range
        "2021年9月至12月|by end of 2021-12",
        "2021年11月—12月|by end of 2021-12",
        "2021年4月-6月|by end of 2021-06",
        "9月至10月|by end of month 10",
        "2021年7月1日至9月30日|by 2021-09-30",
        "2021年9月—2022年6月|by end of 2022-06",
        "3—6月|by end of month 6",
        "2021—2023年|by end of 2023",
        "2021年9月至年底|by end of 2021",
        "9月至2022年6月|by end of 2022-06",
        "1-3月|by end of month 3",
        "1月至3月底|by end of month 3",
        "2021-2022年|by end of 2022",
        // full-width forms, stray spaces, wrappers
        "２０２１年１２月底前|by end of 2021-12",
        "完成时限：１０月底前|by end of month 10",
        "完成时间：2021年11月底|by end of 2021-11",
        "时限要求：2021年6月底前|by end of 2021-06",
        "完成时限: 长期坚持|ongoing",
        "时间节点：2021年9月|by end of 2021-09",
        " 2021 年 10 月 底前 |by end of 2021-10",
        "2021年12月底前。|by end of 2021-12",
        "完成时限：2021年12月31日前。|by 2021-12-31",
        "完成时限为2021年底前|by end of 2021",
        "办理时限：20个工作日|20 working days",
        "完成期限：2021年11月30日|by 2021-11-30",
        "公开时间：及时|per event",
        "2021．12．31|by 2021-12-31",
        "2021年年内|by end of 2021",
        // periods after an event (期间)
        "信息形成或者变更之日起20个工作日内|20 working days after formation or change, subject \"信息\"",
        "自信息形成或者变更之日起20个工作日内|20 working days after formation or change, subject \"信息\"",
        "形成或变更之日起20个工作日内予以公开|20 working days after formation or change, action \"予以公开\"",
        "自收到申请之日起20个工作日内|20 working days after receipt",
        "收到申请之日起15个工作日内予以答复|15 working days after receipt, action \"予以答复\"",
        "政策文件印发后3个工作日内|3 working days after issuance, subject \"政策文件\"",
        "文件印发之日起3个工作日内|3 working days after issuance, subject \"文件\"",
        "政策性文件公开后3个工作日内|3 working days after publication, subject \"政策性文件\"",
        "文件公开后3日内|3 days after publication, subject \"文件\"",
        "自批复之日起15个工作日内|15 working days after approval",
        "规划批准后15个工作日内|15 working days after approval, subject \"规划\"",
        "预算批复后20日内|20 days after approval, subject \"预算\"",
        "出台后3日内|3 days after issuance",
        "印发后5个工作日内完成解读|5 working days after issuance, action \"完成解读\"",
        "10个工作日内|10 working days",
        "三十日内|30 days",
        "一个月内|1 month",
        "两年内|2 years",
        "15日内|15 days",
        "五个工作日内|5 working days",
        "7个自然日内|7 days",
        // with an event (同时, 同步)
        "与文件同步公开|simultaneously",
        "与政策文件同步发布|simultaneously",
        "与政策文件同时公开|simultaneously",
        "文件印发时同步公开|with issuance, subject \"文件\"",
        // recurring
        "每月5日前|monthly by day 5",
        "每月10日前报送|monthly by day 10",
        "每月月底前|monthly",
        "每月上旬|monthly by day 10",
        "每季度首月10日前|quarterly by day 10 of months 1, 4, 7, 10",
        "每季度第一个月15日前|quarterly by day 15 of months 1, 4, 7, 10",
        "每季度末月20日前|quarterly by day 20 of months 3, 6, 9, 12",
        "每半年首月15日前|half-yearly by day 15 of months 1, 7",
        "每季度最后一个月25日前|quarterly by day 25 of months 3, 6, 9, 12",
        "每季度第2个月10日前|quarterly by day 10 of months 2, 5, 8, 11",
        // counted from a period's end, a working day of the period (RecurringAnchorTest has their due dates)
        "每季度结束后10日内|quarterly, 10 days after the end",
        "每月最后一个工作日|monthly by the last working day",
        "每年一月底前|yearly by 01-31",
        "每月10日前更新|monthly by day 10",
        "每年3月底前|yearly by 03-31",
        "每年1月31日前|yearly by 01-31",
        "每半年至少一次|half-yearly",
        "每半年开展一次|half-yearly",
        "每年至少发布2次|yearly, at least 2 times",
        "每年至少召开1次|yearly",
        "每年开展1次|yearly",
        "每季度更新|quarterly",
        "每季度更新一次|quarterly",
        "每季度公开一次|quarterly",
        "按季度更新|quarterly",
        "按月更新|monthly",
        "按年度公开|yearly",
        "每月至少更新1次|monthly",
        "至少每季度开展一次|quarterly",
        "每两个月不少于1篇|every 2 months, at least 1 article",
        "每月发布不少于4条|monthly, at least 4 items",
        "每年不少于10条|yearly, at least 10 items",
        "全年不少于12篇|yearly, at least 12 articles",
        "年内至少开展2次|yearly, at least 2 times",
        "每半年通报一次|half-yearly",
        // calendar weeks (docs/RULES.md §4; more in WeeksAndYearsTest)
        "每周更新|weekly",
        "每周至少更新1次|weekly",
        "每两周更新一次|every 2 weeks",
        "每周五前|weekly by Friday",
        // periods of several years
        "每两年|every 2 years",
        // freshness
        "超过14天未更新|every 14 days",
        // open-ended
        "常态化开展|ongoing",
        "长期坚持|ongoing",
        "持续开展|ongoing",
        "常态化推进|ongoing",
        "长期有效|ongoing",
        "按要求及时公开|per event",
        "即时公开|per event",
        "动态更新|per event",
        "实时更新|per event",
        "动态调整|per event",
        "根据工作进度及时公开|per event",
        "按照有关规定及时发布|per event",
        "政策出台后及时解读|per event after issuance, subject \"政策\"",
        "信息形成后及时公开|per event after formation, subject \"信息\"",
        "文件印发后及时公开|per event after issuance, subject \"文件\"",
        "舆情发生后及时回应|per event after public-opinion",
        // several parts
        "2021年12月底前完成并长期坚持|by end of 2021-12; ongoing",
        "2021年底前完成，并长期坚持|by end of 2021; ongoing",
        "2021年6月底前，2021年12月底前|by end of 2021-06; by end of 2021-12",
        "持续推进，每季度通报一次|ongoing; quarterly",
    })
    void readsRealPhrases(String phrase, String canonical) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).deadline()).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).ignored()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: index {1}, expected {2}")
    @CsvSource(delimiter = '|', value = {
        // impossible dates and periods
        "2021年2月30日前 | 7 | a day 1..28 of 2021-02",
        "2021年2月29日前 | 7 | a day 1..28 of 2021-02",
        "2021年4月31日 | 7 | a day 1..30 of 2021-04",
        "13月底前 | 0 | a month 1..12",
        "2021年第五季度 | 6 | a quarter 1..4",
        "2021.13.01前 | 5 | a month 1..12",
        "每季度第四个月10日前 | 3 | a month of the period",
        // ranges that run backwards
        "2021年9月至6月 | 8 | an end after the start",
        "2021年12月31日至1月1日 | 12 | an end after the start",
        "2021年12月至1月 | 9 | an end after the start",
        "2023—2021年 | 5 | an end after the start",
        "2021年1月1日至2月29日 | 10 | a day 1..28 of 2021-02",
        // what the model cannot hold: periods over ten years (relative years such as 次年1月底前 are read:
        // RelativeYearsAndRangesTest)
        "每十一年 | 1 | a period of 1..10 years",
        // bare words that are not time limits
        "尽快 | 0 | a time limit",
        "按时 | 0 | a time limit",
        "另行通知 | 0 | a time limit",
        "视情况而定 | 0 | a time limit",
        // a deadline followed by an action: strict mode rejects the action
        "12月底前完成建设并投入使用 | 7 | end of input or a separator",
        "6月30日前完成自查 | 8 | end of input or a separator",
        "每月5日前报送上月工作情况及附件 | 7 | end of input or a separator",
    })
    void rejects(String input, int index, String expected) {
        assertThatThrownBy(() -> Deadline.parse(input))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.expected()).contains(expected);
                });
    }

    /**
     * The plan year 2021, every built-in event on Tue 2021-09-28: the National Day holiday (2021-10-01..07, with
     * 2021-09-26 and 2021-10-09 adjusted working days, 国办发明电〔2020〕27号) lies inside the counts below.
     */
    @org.junit.jupiter.api.Test
    void clockTimesAfterAWeekdayAreTheDayItself() {
        // the weeks of 2021-09-27 and 2021-10-04 (国庆节 10-01..10-07 off): weekday due dates are not rolled (§4)
        DeadlineContext ctx = DeadlineContext.of(TestCalendars.china())
                .withWindow(LocalDate.of(2021, 9, 27), LocalDate.of(2021, 10, 10));
        assertThat(Deadline.parse("须于每周一9:30前").resolve(ctx).stream().map(Due::dueDate).toList())
                .containsExactly(LocalDate.of(2021, 9, 27), LocalDate.of(2021, 10, 4));
        assertThat(Deadline.parse("每周四下班前").resolve(ctx).stream().map(Due::dueDate).toList())
                .containsExactly(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 7));
    }

    private static DeadlineContext context() {
        DeadlineContext ctx = DeadlineContext.of(TestCalendars.china()).withYear(Year.of(2021));
        for (Event e : Event.builtIn()) {
            ctx = ctx.withEvent(e, LocalDate.of(2021, 9, 28));
        }
        return ctx;
    }

    /**
     * Issue 12, the shapes that map onto existing kinds. The due dates are counted by hand from the 2021 notice:
     * from Tue 09-28 (day 0, not counted) the working days are 09-29 (1), 09-30 (2), 10-08 (3), 10-09 (4, 调休上班
     * = adjusted working day), 10-11 (5), 10-12 .. 10-15 (6..9), 10-18 .. 10-22 (10..14), 10-25 .. 10-29 (15..19),
     * 11-01 (20); 20 calendar days after 09-28 is Mon 10-18. An empty due column: not resolved here.
     */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // 1. a subject before the event, skipped; event verbs
        "政策性文件正式印发后5个工作日内|5 working days after issuance, subject \"政策性文件\"|2021-10-11",
        // 《政府信息公开条例》(2019) 第二十六条 wording, budget disclosure rules (预算法 第十四条)
        "年度决算经县人大常委会批准后20日内公开|20 days after approval, subject \"年度决算经县人大常委会\", action \"公开\"|2021-10-18",
        "年度预算经批复后20日内|20 days after approval, subject \"年度预算\"|2021-10-18",
        // 《政府信息公开条例》(2007) 第二条, 第十八条: 制作或者获取 is the information's formation
        "自该项信息制作或者获取之日起20个工作日内|20 working days after formation, subject \"该项信息\"|2021-11-01",
        // 行政处罚信息公示: 行政处罚决定作出之日起7个工作日内
        "行政处罚决定作出之日起7个工作日内|7 working days after formation, subject \"行政处罚决定\"|2021-10-13",
        "重大行政决策作出后20个工作日内|20 working days after formation, subject \"重大行政决策\"|2021-11-01",
        "规划编制方案经市政府审定后3个工作日内|3 working days after approval, subject \"规划编制方案经市政府\"|2021-10-08",
        "实施方案制发后5个工作日内|5 working days after issuance, subject \"实施方案\"|2021-10-11",
        "人事任免决定公开发布后3个工作日内|3 working days after publication, subject \"人事任免决定\"|2021-10-08",
        "政府信息公开申请受理之日起20个工作日内|20 working days after receipt, subject \"政府信息公开申请\"|2021-11-01",
        "申请材料签收之日起3个工作日内|3 working days after receipt, subject \"申请材料\"|2021-10-08",
        "《政府工作报告》印发后5个工作日内|5 working days after issuance, subject \"《政府工作报告》\"|2021-10-11",
        // 2. trailing actions, dropped
        "收到申请之日起15个工作日内一次性告知申请人|15 working days after receipt, action \"一次性告知申请人\"|2021-10-25",
        "信息变更后5个工作日内及时更新|5 working days after change, subject \"信息\", action \"及时更新\"|2021-10-11",
        "2021年11月30日前报送|by 2021-11-30, action \"报送\"|2021-11-30",
        "6月底前完成并报县政务公开办|by end of month 6, action \"完成并报县政务公开办\"|2021-06-30",
        "12月20日前报送市政府办公室|by 12-20, action \"报送市政府办公室\"|2021-12-20",
        "11月底前上报市政务公开办|by end of month 11, action \"上报市政务公开办\"|2021-11-30",
        "2021年12月31日前完成，保持最新|by 2021-12-31, action \"保持最新\"|2021-12-31",
        // 3. particles and fillers, full- and half-width punctuation
        "每年的6月30日前|yearly by 06-30|2021-06-30",
        "每年的３月底前|yearly by 03-31|2021-03-31",
        "每月的10日前|monthly by day 10|",
        "每季度的第一个月10日前|quarterly by day 10 of months 1, 4, 7, 10|2021-01-10 2021-04-10 2021-07-10 2021-10-10",
        "原则上6月30日前|by 06-30|2021-06-30",
        "最迟应在2021年9月30日前|by 2021-09-30|2021-09-30",
        "应当在收到申请之日起20个工作日内|20 working days after receipt|2021-11-01",
        "印发后5个工作日之内|5 working days after issuance|2021-10-11",
        "形成之日起20个工作日以内|20 working days after formation|2021-11-01",
        "原则上2021年12月31日前｡|by 2021-12-31|2021-12-31",
        "６月底前，１２月底前|by end of month 6; by end of month 12|2021-06-30 2021-12-31",
        // 4. frequencies with verbs and Chinese numerals
        "每半年至少开展一次|half-yearly|2021-06-30 2021-12-31",
        "每年组织不少于三次|yearly, at least 3 times|2021-12-31",
        "全年不少于4期|yearly, at least 4 times|2021-12-31",
        "每季度发布两篇以上|quarterly, at least 2 articles|2021-03-31 2021-06-30 2021-09-30 2021-12-31",
        "每季度至少召开一次|quarterly|2021-03-31 2021-06-30 2021-09-30 2021-12-31",
        "每年至少举办两次|yearly, at least 2 times|2021-12-31",
        "每月发布不少于两条|monthly, at least 2 items|",
        // 5. hours on a date: the day itself
        "12月31日24时前|by 12-31|2021-12-31",
        "2021年6月30日17:00前|by 2021-06-30|2021-06-30",
        "2021年6月30日17：00前|by 2021-06-30|2021-06-30",
        "2021年9月30日17时前报送|by 2021-09-30, action \"报送\"|2021-09-30",
        "2021年12月10日12时30分前|by 2021-12-10|2021-12-10",
        "2021-11-30 18:00前|by 2021-11-30|2021-11-30",
        "完成时限：2021年6月30日17:00前|by 2021-06-30|2021-06-30",
        // 6. lists
        "6月底前、12月底前各一次|by end of month 6; by end of month 12|2021-06-30 2021-12-31",
        "3月底前、9月底前各开展一次|by end of month 3; by end of month 9|2021-03-31 2021-09-30",
        "每年6月和12月|by end of month 6; by end of month 12|2021-06-30 2021-12-31",
        "每年3月、9月|by end of month 3; by end of month 9|2021-03-31 2021-09-30",
        "上半年、下半年各报送一次|half-yearly|2021-06-30 2021-12-31",
        "第一季度、第二季度、第三季度、第四季度各一次|quarterly|2021-03-31 2021-06-30 2021-09-30 2021-12-31",
        // clock times after a weekday or a day of each period are the day itself: 须于每周一9:30前向办公室报送
        // (a college's notice on weekly activity reports, 2016-11-11); 每周四下班前通OA办公系统填报 (a university
        // office's notice on weekly schedules, 2024-04-28); 每月3日下午16:30前统一上报 (a company's reporting rules)
        // an action with its object (a report verb, then what is reported): 报送上月工作情况, 完成并报送工作总结
        "6月底前完成并报送工作总结|by end of month 6, action \"完成并报送工作总结\"|2021-06-30",
        "2022年1月底前报送2021年度工作总结|by end of 2022-01, action \"报送2021年度工作总结\"|2022-01-31",
        "印发后3个工作日内在政府门户网站公开|3 working days after issuance, action \"在政府门户网站公开\"|2021-10-08",
        // verb first, then what the event concerns (行政处罚法第四十八条 wording: 作出行政处罚决定之日起七日内)
        // formed Tue 09-28: 09-29, 09-30, 国庆节 10-01..10-07, 10-08, adjusted Sat 10-09, 10-11, 10-12, 10-13
        "作出行政处罚决定之日起7个工作日内|7 working days after formation, subject \"行政处罚决定\"|2021-10-13",
        // a part of each year: 每年一季度末前 is each year's 03-31
        "每年一季度末前|yearly by 03-31|2021-03-31",
        "每年3月上旬|yearly by 03-10|2021-03-10",
        // one phrase of each further family (their own classes hold many more: BeforeEventTest, RecurringAnchorTest,
        // WeeksAndYearsTest, RelativeYearsAndRangesTest, AnnotatedTest); events dated Tue 2021-09-28
        // 09-28 - 5 days = Thu 09-23, a working day
        "会议召开前5日报送|5 days before meeting, action \"报送\"|2021-09-23",
        // back from 09-28: Mon 09-27, adjusted Sun 09-26, Fri 09-24, Thu 09-23, Wed 09-22
        "届满前5个工作日|5 working days before expiry|2021-09-22",
        // Q1 03-31 + 15 = Thu 04-15; Q4 12-31 + 15 = Sat 2022-01-15, rolled to Mon 01-17
        "每季度结束后15日内|quarterly, 15 days after the end|2021-04-15 2021-07-15 2021-10-15 2022-01-17",
        // 2021-01-31 and 10-31 are Sundays, 02-27/28 a weekend after 春节; 04-30 a Friday before 劳动节
        "每月最后一个工作日|monthly by the last working day|2021-01-29 2021-02-26 2021-03-31 2021-04-30 2021-05-31 "
                + "2021-06-30 2021-07-30 2021-08-31 2021-09-30 2021-10-29 2021-11-30 2021-12-31",
        "次年1月31日前|by 01-31 next year|2022-01-31",
        "2021年12月至次年2月|by end of 2022-02|2022-02-28",
        "自即日起至年底|by end of year|2021-12-31",
        "每两年|every 2 years|2022-12-31",
        // a list names its year once: the later items of 、 take it when they fall later in that year (RULES §3)
        "2022年6月、12月底前|by end of 2022-06; by end of 2022-12|2022-06-30 2022-12-31",
        "次年1月、4月底前|by end of month 1 next year; by end of month 4 next year|2022-01-31 2022-04-30",
        "2021年11月底前、3月底前|by end of 2021-11; by end of month 3|2021-11-30 2021-03-31",
        "2021年6月底前；12月底前|by end of 2021-06; by end of month 12|2021-06-30 2021-12-31",
        // 和 joins the items of a list as 、 does
        "2021年6月底前和12月底前|by end of 2021-06; by end of 2021-12|2021-06-30 2021-12-31",
        "上半年和下半年各一次|half-yearly|2021-06-30 2021-12-31",
        "须于每周一9:30前|weekly by Monday|",
        "每周四下班前|weekly by Thursday|",
        "每月3日下午16:30前|monthly by day 3|2021-01-03 2021-02-03 2021-03-03 2021-04-03 2021-05-03 2021-06-03 "
                + "2021-07-03 2021-08-03 2021-09-03 2021-10-03 2021-11-03 2021-12-03",
    })
    void readsIssue12Shapes(String phrase, String canonical, String dues) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).deadline()).isEqualTo(d);
        if (dues != null) {
            assertThat(d.resolve(context()).stream().map(due -> due.dueDate().toString()).toList())
                    .containsExactly(dues.split(" "));
        }
    }

    @ParameterizedTest(name = "{0}: index {1}, expected {2}")
    @CsvSource(delimiter = '|', value = {
        // 前后 (around a date) says neither before nor after
        "6月底前后 | 3 | 前后, around a date, is ambiguous",
        "每月5日前后 | 4 | 前后, around a date, is ambiguous",
        "2021年12月31日前后 | 11 | 前后, around a date, is ambiguous",
        // impossible hours
        "12月31日25时前 | 6 | an hour 0..24",
        "12月31日24:30前 | 9 | no minutes after 24时",
        "2021年6月30日17:75前 | 13 | minutes 0..59",
        // strict mode stays strict: an unknown action or subject is still an error at its index
        "年度决算经县人大常委会讨论后20日内 | 0 | a time limit",
        "2021年12月31日前完成，保持联系 | 15 | a time limit",
    })
    void rejectsIssue12Shapes(String input, int index, String expected) {
        rejects(input, index, expected);
    }

    @ParameterizedTest(name = "{0} → {1}, ignoring {2}")
    @CsvSource(delimiter = '|', value = {
        "12月底前完成建设并投入使用 | by end of month 12 | 建设并投入使用",
        "6月30日前完成自查 | by 06-30 | 自查",
        "每月5日前报送上月工作情况及附件 | monthly by day 5 | 上月工作情况及附件",
        "各县区于2021年9月底前 | by end of 2021-09 | 各县区",
        "按季度通报工作进度 | quarterly | 工作进度",
    })
    void lenientKeepsTheDeadlineAndReportsTheRest(String input, String canonical, String ignored) {
        ParseResult r = Deadline.parseLenient(input);
        assertThat(r.deadline()).hasToString(canonical);
        IgnoredSpans.areAt(input, r.ignored(), List.of(ignored));
    }
}
