package dev.shixian.deadline.internal;

import dev.shixian.deadline.Event;
import java.util.List;
import java.util.Map;

/**
 * The word lists of the Chinese grammar (package documentation of dev.shixian.deadline), each matched longest
 * first. Not API.
 */
final class Words {

    private Words() {
    }

    // ---------------------------------------------------------------- wrappers, labels, prefixes, fillers

    static final WordList WRAPPERS = new WordList("wrappers", "完成时限", "时限要求", "完成时间", "办结时限", "时间要求",
            "截止时间", "截止日期", "时间节点", "时限", "期限");
    /** Endings of a wrapper word (办理时限, 完成期限, 公开时间) after a head of at most four characters. */
    static final WordList WRAPPER_ENDINGS = new WordList("wrapper endings", "时限要求", "时间要求", "时间节点", "时限",
            "期限", "时间", "日期");
    static final WordList WRAPPER_LINKS = new WordList("wrapper links", "为", "是");
    static final WordList PREFIXES = new WordList("prefixes", "截止到", "截至到", "最迟于", "最迟在", "最迟", "最晚于",
            "最晚", "截至", "截止", "最迟不晚于", "不晚于", "不迟于", "须于", "应于", "应在", "须在", "要在", "力争", "确保", "于",
            "原则上", "应当在", "应当于", "最迟应在", "最迟应于",
            "在", "到", "至", "自", "从", "待");
    /** Words that open a basis clause (按要求, 根据工作进度, 按照有关规定). */
    static final WordList BASIS_OPENERS = new WordList("basis openers", "根据", "按照", "依照", "依据", "按");
    /** Words that close a basis clause. */
    static final WordList BASIS_CLOSERS = new WordList("basis closers", "要求", "规定", "进度", "安排", "部署", "程序",
            "需要");
    static final WordList FILLERS = new WordList("fillers", "之前", "以前", "以内", "之内", "为止", "完成公开", "全面完成",
            "完成", "前", "内", "止", "公开", "发布", "公布", "完毕", "办结", "到位", "宣传", "落实", "按相关程序", "按程序",
            "上传", "报送", "实现", "予以公开", "予以答复", "予以", "答复", "解读", "更新", "上报", "通报",
            "一次性告知申请人", "一次性告知", "告知申请人", "及时更新", "及时公开", "及时发布", "发布公告", "主动公开", "上网公开", "公示", "报送备案", "备案", "报备",
            "并说明理由", "说明理由", "录入", "填报");
    /** Fillers that only close a time limit; every other filler begins its action (予以公开, 报送, 完成并报…). */
    static final WordList TIME_FILLERS = new WordList("time fillers", "之前", "以前", "以内", "之内", "为止", "前", "内",
            "止");
    /** Words that only say a task is done: an action of these alone is not kept (6月底前完成). */
    static final WordList DONE = new WordList("done", "全面完成", "完成", "完毕", "办结", "到位", "落实", "实现");
    /** Verbs after a time limit that take an object or an addressee (报送本季度工作情况, 完成上一年度报告). */
    static final WordList OBJECT_VERBS = new WordList("object verbs", "报送", "上报", "提交", "完成", "公开", "发布",
            "公布", "录入", "填报", "更新", "编制", "报告", "上传", "公示", "报备");
    /** The most characters of a word of {@link #OBJECT_VERBS}. */
    static final int OBJECT_VERBS_MAX = 2;
    /** How the object of such a verb ends (工作情况, 年度报告, 工作总结, 录入系统). */
    static final WordList OBJECT_ENDS = new WordList("object ends", "情况", "报告", "总结", "材料", "数据", "信息",
            "计划", "方案", "清单", "台账", "报表", "意见", "目录", "指南", "要点", "文件", "年报", "系统", "名单", "结果",
            "进展");
    /** Parts of a day before a clock time (下午16:30前), read and dropped with it. */
    static final WordList DAY_PARTS = new WordList("day parts", "上午", "中午", "下午", "晚上", "早上", "凌晨");
    /** Words that address an action to someone (向社会公布). */
    static final WordList TOWARDS = new WordList("towards", "向", "在", "通过", "由", "于");
    /** Verbs that end an addressed action (向社会公布, 向申请人说明理由). */
    static final WordList DIRECTED_VERBS = new WordList("directed verbs", "公布", "公开", "发布", "报送", "提交", "报告",
            "答复", "反馈", "说明理由", "说明", "通报", "备案", "告知", "公示", "上传", "更新", "录入", "填报");
    /** Notes after a separator that end a part without adding to it (，保持最新). */
    static final WordList NOTES = new WordList("notes", "保持最新", "确保最新");
    /** Verbs of reporting to an addressee (并报县政务公开办); 报送 and 上报 may also be read as fillers before. */
    static final WordList REPORT_TO = new WordList("report to", "并报送", "并上报", "并报", "报送至", "报送", "上报", "报至",
            "报");
    /** How an addressee ends (县政务公开办, 市政府办公室, 申请人). */
    static final WordList ADDRESSEE_ENDS = new WordList("addressee ends", "政务公开办", "公开办", "办公室", "领导小组",
            "申请人", "办", "局", "委", "部门", "政府", "中心", "单位");
    static final WordList JOINERS = new WordList("joiners", "并且", "并", "以及", "和");

    // ---------------------------------------------------------------- open-ended, verbs

    /** Verbs of doing or disclosing that may follow a period or an open-ended word (每季度通报一次, 及时解读). */
    static final WordList VERBS = new WordList("verbs", "予以公开", "予以答复", "公开", "发布", "公布", "更新", "解读",
            "回应", "处理", "办理", "答复", "报送", "上报", "通报", "开展", "召开", "举办", "组织", "听取", "提供", "调整", "推进",
            "调度");
    static final WordList ONGOING = new WordList("ongoing", "长期坚持", "长期推进", "长期有效", "长期", "持续推进",
            "持续开展", "持续", "常态化", "常年", "定期");
    static final WordList PER_EVENT = new WordList("per event", "不定期", "及时", "实时", "随时", "适时", "即时", "动态");
    static final WordList AFTER_OR_WHEN = new WordList("after or when", "之后", "以后", "后", "时");
    static final WordList PROCEDURE = new WordList("procedure", "按相关程序", "按程序");
    static final WordList RESPONSE_VERBS = new WordList("response verbs", "予以公开", "公开", "发布", "公布", "回应",
            "处理", "更新", "解读", "答复");

    // ---------------------------------------------------------------- events

    static final WordList SUBJECTS = new WordList("subjects", "规范性文件", "相关专项规划", "专项规划", "政策性文件",
            "政策文件", "解读材料", "政府信息", "相关文件", "本要点", "要点", "信息", "文件", "政策", "规划", "预算", "决算", "方案",
            "解读", "有效期", "任期", "会议");
    private static final Map<String, Event> EVENT_OF = Map.ofEntries(
            Map.entry("舆情产生", Event.PUBLIC_OPINION), Map.entry("舆情发生", Event.PUBLIC_OPINION),
            Map.entry("制定出台", Event.ISSUANCE), Map.entry("印发", Event.ISSUANCE), Map.entry("出台", Event.ISSUANCE),
            Map.entry("发布", Event.ISSUANCE),
            Map.entry("公开发布", Event.PUBLICATION), Map.entry("公开", Event.PUBLICATION),
            Map.entry("公布", Event.PUBLICATION),
            Map.entry("形成", Event.FORMATION), Map.entry("产生", Event.FORMATION),
            Map.entry("变更", Event.CHANGE), Map.entry("更新", Event.CHANGE), Map.entry("修订", Event.CHANGE),
            Map.entry("收到申请", Event.RECEIPT), Map.entry("收到", Event.RECEIPT),
            Map.entry("批复", Event.APPROVAL), Map.entry("批准", Event.APPROVAL),
            Map.entry("实施", Event.IMPLEMENTATION), Map.entry("施行", Event.IMPLEMENTATION),
            Map.entry("制发", Event.ISSUANCE), Map.entry("审定", Event.APPROVAL),
            Map.entry("作出", Event.FORMATION), Map.entry("做出", Event.FORMATION), Map.entry("制作", Event.FORMATION),
            Map.entry("获取", Event.FORMATION), Map.entry("受理", Event.RECEIPT), Map.entry("签收", Event.RECEIPT),
            Map.entry("会议召开", Event.MEETING), Map.entry("召开", Event.MEETING), Map.entry("举行", Event.MEETING),
            Map.entry("举办", Event.MEETING), Map.entry("届满", Event.EXPIRY), Map.entry("期满", Event.EXPIRY),
            Map.entry("到期", Event.EXPIRY));
    static final WordList EVENT_WORDS = new WordList("event words", EVENT_OF.keySet().toArray(new String[0]));
    static final WordList EVENT_JOINERS = new WordList("event joiners", "或者", "或", "和", "及", "、", "/");
    static final WordList CLAUSE_ENDS = new WordList("event clause ends", "之日起", "之日后", "之后", "以后", "后的", "后",
            "时起", "起");
    static final WordList WITH = new WordList("with", "与", "和", "随");
    static final WordList WHEN = new WordList("when", "时起", "之时", "时", "起");
    static final WordList TOGETHER = new WordList("together", "同时", "同步", "一并");
    static final WordList SIMULTANEOUS = new WordList("simultaneous", "同时", "同步");
    static final WordList WHEN_OR_AFTER = new WordList("when or after", "时", "后");
    static final WordList WITH_VERBS = new WordList("with verbs", "公开", "发布", "解读", "宣传");
    static final WordList SPAN = new WordList("span", "时间跨度", "间隔", "相隔");
    static final WordList NOT_OVER = new WordList("not over", "不超过", "不得超过", "不超出");
    static final WordList WORKING_DAYS = new WordList("working days", "个工作日", "工作日");
    /** What may stand between an event and 前 (届满之日前, 到期日前). */
    static final WordList EVENT_DAY = new WordList("event day", "之日", "日");
    /** What may close a window before an event (届满前90个工作日至30个工作日期间). */
    static final WordList WINDOW_ENDS = new WordList("window ends", "期间", "之间", "以内", "之内", "内");
    static final WordList UNITS = new WordList("units", "个工作日", "工作日", "个自然日", "自然日", "个日历日", "日历日",
            "日", "天", "个月", "个星期", "星期", "周", "年");

    // ---------------------------------------------------------------- dates and period ends

    /** Words that join a range of dates; the range is due at its end (2021年9月至12月). */
    static final WordList RANGE = new WordList("range", "至", "到", "—", "–", "-", "~");
    static final WordList YEAR_END_AFTER_YEAR = new WordList("year ends after a year", "年底", "年末", "年度内", "年内",
            "底", "末", "度内", "度", "内", "全年");
    static final WordList YEAR_END = new WordList("year ends", "今年年底", "本年度内", "年度内", "本年内", "今年内", "今年底",
            "年底", "年末", "年内", "全年");
    static final WordList HALVES = new WordList("halves", "上半年", "下半年");
    static final WordList END = new WordList("end", "末", "底");
    static final WordList QUARTER = new WordList("quarter", "季度", "季");
    static final WordList DAY_MARK = new WordList("day marks", "日", "号");
    static final WordList MONTH_PARTS = new WordList("month parts", "底", "末", "上中旬", "中下旬", "上旬", "中旬", "下旬",
            "份");
    static final WordList BEFORE = new WordList("before", "之前", "以前", "前");
    private static final Map<String, Integer> RELATIVE_YEAR_OF = Map.ofEntries(
            Map.entry("次年度", 1), Map.entry("次年", 1), Map.entry("下一年度", 1), Map.entry("下一年", 1),
            Map.entry("下年度", 1), Map.entry("下年", 1), Map.entry("翌年", 1), Map.entry("明年", 1),
            Map.entry("来年", 1),
            Map.entry("上一年度", -1), Map.entry("上一年", -1), Map.entry("上年度", -1), Map.entry("上年", -1),
            Map.entry("去年", -1),
            Map.entry("当年度", 0), Map.entry("当年", 0), Map.entry("本年度", 0), Map.entry("本年", 0),
            Map.entry("今年", 0));
    /**
     * Years named relative to the plan's year (docs/RULES.md §3): 次年, 下一年度 … the year after; 上一年度, 上年,
     * 去年 … the year before; 当年, 本年度, 今年 the plan's year. A date or period end follows (次年1月31日前).
     */
    static final WordList RELATIVE_YEARS = new WordList("relative years",
            RELATIVE_YEAR_OF.keySet().toArray(new String[0]));
    /** The end of a year named relative to the plan's (次年底, 上年末, 本年度内, 次年年底前). */
    static final WordList RELATIVE_YEAR_ENDS = new WordList("relative year ends", "年底", "年末", "年度内", "年内",
            "底", "末", "度内", "内");
    /** The start of a range that is now (即日起至年底): the range is due at its end. */
    static final WordList NOW = new WordList("now", "即日起", "即日开始", "即日", "今日起", "今天起", "现在起",
            "现在开始");
    /** After the start of a range (自2021年7月起至年底, 自印发之日起至年底). */
    static final WordList STARTS = new WordList("starts", "之日起", "之日开始", "时起", "起", "开始");

    // ---------------------------------------------------------------- recurring and freshness

    static final WordList PER = new WordList("per", "每", "按");
    static final WordList YEAR = new WordList("year", "年度", "年");
    static final WordList HALF_YEAR = new WordList("half-year", "半年度", "半年");
    static final WordList MONTH = new WordList("month", "个月", "月");
    static final WordList THIRDS = new WordList("thirds of a month", "上旬", "中旬", "下旬", "月底", "月末");
    /**
     * Periods named relative to another (上一年度, 次年, 上月): the lenient reader skips each whole, with a date right
     * after it (上月10日前), and never reads a duration or a year out of them — except a year relative to the plan's
     * ({@link #RELATIVE_YEARS}) that begins a complete time limit (次年1月底前), which is read in that year.
     */
    static final WordList RELATIVE_PERIODS = new WordList("relative periods", "上一年度", "下一年度", "上一年", "下一年",
            "上年度", "下年度", "上年", "下年", "去年", "前年", "明年", "次年", "来年", "当年度", "当年", "上一季度",
            "下一季度", "上季度", "下季度", "翌年", "上一个月", "下一个月", "上个月", "下个月", "上月", "下月", "次月", "当月",
            "近一年", "近两年", "近三年", "近五年", "近年");
    /**
     * Words that, right after a time limit, change what it means (2021年7月1日起 is a start, 6月底后 is after,
     * 每季度结束后10日内 counts from the period's end, 每月最后一个工作日 is a working day): the lenient reader does not
     * take a time limit they follow, rather than give a wrong date.
     */
    static final WordList CHANGES_MEANING = new WordList("changes meaning", "后", "之后", "以后", "起", "开始", "以来",
            "结束", "最后", "第", "首月", "末月");
    static final WordList WHOLE_YEAR = new WordList("whole year", "年内", "全年", "年度内", "本年度内");
    static final WordList FIRST_MONTH = new WordList("first month", "首月", "第一个月", "第一月");
    static final WordList LAST_MONTH = new WordList("last month", "末月", "最后一个月", "最后一月");
    static final WordList LIST_SEPARATORS = new WordList("list separators", "、", ",", "和", "及");
    static final WordList AT_LEAST = new WordList("at least", "不少于", "至少", "不低于", "最少", "不得少于");
    static final WordList SHOULD = new WordList("should", "要", "应");
    static final WordList COUNT_VERBS = new WordList("count verbs", "开展", "组织", "听取", "举办", "召开", "发布", "更新",
            "提供", "报送", "公开");
    static final WordList COUNT_RANGE = new WordList("count range", "—", "-", "~", "至", "到");
    static final WordList AND_ABOVE = new WordList("and above", "及以上", "以上");
    static final WordList DAYS = new WordList("days", "天", "日", "个自然日", "自然日");
    static final WordList WEEKS = new WordList("weeks", "周", "个星期", "星期");
    static final WordList NOT_UPDATED = new WordList("not updated", "未更新", "没有更新", "不更新");
    static final WordList ONCE = new WordList("once", "一次", "1次");
    /** After a period word: its end, from which a count or the next month is reckoned (每季度结束后15日内). */
    static final WordList PERIOD_AFTER = new WordList("after the period", "结束后", "结束之后", "终了后", "终了之后",
            "期满后", "之后", "以后", "后");
    /**
     * A period and its end without 每 (季后10个工作日内, 年度终了后3个月内), read only before a count or the next month;
     * 年后 and 半年后 are not among them: they name the New Year and half a year later.
     */
    static final WordList BARE_PERIOD_AFTER = new WordList("period and its end", "季度结束后", "季度终了后", "季度后",
            "季后", "月度结束后", "月度终了后", "月结束后", "月后", "半年度结束后", "半年度终了后", "年度结束后", "年度终了后");
    /** The month after the period (次月10日前). */
    static final WordList NEXT_MONTH = new WordList("next month", "次月", "下月", "下一个月", "下个月", "下一月");
    /** Before the month after a period, after a subject (每月数据于次月5日前). */
    static final WordList AT = new WordList("at", "应于", "应在", "须于", "于", "在");
    /** Within, after a count (15日内, 前5个工作日内); after a count before an event (前5日内) refused as ambiguous. */
    static final WordList WITHIN = new WordList("within", "以内", "之内", "内");

    /** Every list, for the test that every entry is reachable. */
    static final List<WordList> ALL = List.of(WRAPPERS, WRAPPER_ENDINGS, WRAPPER_LINKS, PREFIXES, BASIS_OPENERS,
            BASIS_CLOSERS, FILLERS, TIME_FILLERS, DONE, OBJECT_VERBS, OBJECT_ENDS, DAY_PARTS, TOWARDS, DIRECTED_VERBS, JOINERS, VERBS, ONGOING, PER_EVENT, AFTER_OR_WHEN, PROCEDURE, RESPONSE_VERBS,
            SUBJECTS, EVENT_WORDS, EVENT_JOINERS, CLAUSE_ENDS, WITH, WHEN, TOGETHER, SIMULTANEOUS, WHEN_OR_AFTER,
            WITH_VERBS, SPAN, NOT_OVER, WORKING_DAYS, UNITS, RANGE, YEAR_END_AFTER_YEAR, YEAR_END, HALVES, END, QUARTER,
            DAY_MARK, MONTH_PARTS, BEFORE, PER, YEAR, HALF_YEAR, MONTH, THIRDS, WHOLE_YEAR, FIRST_MONTH, LAST_MONTH,
            LIST_SEPARATORS, AT_LEAST, SHOULD, COUNT_VERBS, COUNT_RANGE, AND_ABOVE, DAYS, WEEKS, NOT_UPDATED, ONCE,
            NOTES, REPORT_TO, ADDRESSEE_ENDS, RELATIVE_PERIODS,
            CHANGES_MEANING, PERIOD_AFTER, BARE_PERIOD_AFTER, NEXT_MONTH, AT, WITHIN, RELATIVE_YEARS,
            RELATIVE_YEAR_ENDS, NOW, STARTS, EVENT_DAY, WINDOW_ENDS);

    /** The years after the plan's year a word of {@link #RELATIVE_YEARS} names (次年 → 1, 上一年度 → -1). */
    static int relativeYear(String word) {
        return RELATIVE_YEAR_OF.get(word);
    }

    /** The built-in event an event word names (公开 → publication). */
    static Event eventOf(String word) {
        return EVENT_OF.get(word);
    }
}
