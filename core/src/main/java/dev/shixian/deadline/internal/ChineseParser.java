package dev.shixian.deadline.internal;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Measure;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.ParseResult;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.WithEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Locale;

/**
 * Reads Chinese time-limit phrases (grammar in the package documentation of dev.shixian.deadline). A backtracking
 * recursive-descent parser over short alternatives: no regular expressions, each alternative bounded, so the work
 * is linear in the input for all practical purposes. Not API.
 */
final class ChineseParser extends Text {

    static final String A_TIME_LIMIT = "a time limit (e.g. 2021年12月底前, 印发后3个工作日内, 每季度一次, 长期)";

    static final String[] WRAPPERS = {"完成时限", "时限要求", "完成时间", "办结时限", "时间要求", "截止时间", "截止日期",
        "时间节点", "时限", "期限"};
    /** Endings of a wrapper word (办理时限, 完成期限, 公开时间) when a colon or 为 follows it. */
    private static final String[] WRAPPER_ENDINGS = {"时限要求", "时间要求", "时间节点", "时限", "期限", "时间", "日期"};
    private static final int WRAPPER_HEAD_MAX = 4;
    private static final String[] PREFIXES = {"截止到", "截至到", "最迟于", "最迟在", "最迟", "最晚于", "最晚", "截至",
        "截止", "最迟不晚于", "不晚于", "不迟于", "须于", "应于", "应在", "须在", "要在", "力争", "确保", "于", "在", "到", "至",
        "自", "从", "待"};
    /** Words that open a basis clause (按要求, 根据工作进度, 按照有关规定). */
    private static final String[] BASIS_OPENERS = {"根据", "按照", "依照", "依据", "按"};
    /** Words that close a basis clause, at most {@link #BASIS_MAX} characters after its opener. */
    private static final String[] BASIS_CLOSERS = {"要求", "规定", "进度", "安排", "部署", "程序", "需要"};
    private static final int BASIS_MAX = 10;
    /** Verbs of doing or disclosing that may follow a period or an open-ended word (每季度通报一次, 及时解读). */
    private static final String[] VERBS = {"予以公开", "予以答复", "公开", "发布", "公布", "更新", "解读", "回应", "处理",
        "办理", "答复", "报送", "上报", "通报", "开展", "召开", "举办", "组织", "听取", "提供", "调整", "推进", "调度"};
    /** Words that join a range of dates; the range is due at its end (2021年9月至12月). */
    private static final String[] RANGE = {"至", "到", "—", "–", "-", "~"};
    private static final String[] FILLERS = {"之前", "以前", "以内", "之内", "为止", "完成公开", "全面完成", "完成",
        "前", "内", "止", "公开", "发布", "公布", "完毕", "办结", "到位", "宣传", "落实", "按相关程序", "按程序", "上传",
        "报送", "实现", "予以公开", "予以答复", "予以", "答复", "解读", "更新", "上报", "通报"};
    private static final String[] SUBJECTS = {"规范性文件", "相关专项规划", "专项规划", "政策性文件", "政策文件", "解读材料", "政府信息", "相关文件", "本要点",
        "要点", "信息", "文件", "政策", "规划", "预算", "决算", "方案", "解读"};
    private static final String[] EVENT_WORDS = {"舆情产生", "舆情发生", "制定出台", "印发", "出台", "发布", "公布",
        "公开", "形成", "产生", "变更", "更新", "修订", "收到申请", "收到", "批复", "批准", "实施", "施行"};
    private static final Event[] EVENTS = {Event.PUBLIC_OPINION, Event.PUBLIC_OPINION, Event.ISSUANCE,
        Event.ISSUANCE, Event.ISSUANCE, Event.ISSUANCE, Event.ISSUANCE, Event.ISSUANCE, Event.FORMATION,
        Event.FORMATION, Event.CHANGE, Event.CHANGE, Event.CHANGE, Event.RECEIPT, Event.RECEIPT, Event.APPROVAL,
        Event.APPROVAL, Event.IMPLEMENTATION, Event.IMPLEMENTATION};
    private static final String[] ONGOING = {"长期坚持", "长期推进", "长期有效", "长期", "持续推进", "持续开展", "持续",
        "常态化", "常年", "定期"};
    private static final String[] PER_EVENT = {"不定期", "及时", "实时", "随时", "适时", "即时", "动态"};
    private static final String DIGITS = "零〇一二两三四五六七八九";

    private final boolean lenient;

    ChineseParser(String input, boolean lenient) {
        super(input);
        this.lenient = lenient;
    }

    static boolean isWrapper(String text) {
        for (String w : WRAPPERS) {
            if (w.equals(text)) {
                return true;
            }
        }
        if (text.length() <= WRAPPER_HEAD_MAX + 4) {
            for (String e : WRAPPER_ENDINGS) {
                if (text.endsWith(e) && text.length() - e.length() <= WRAPPER_HEAD_MAX) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ top level

    Deadline parse() {
        try {
            wrapper();
            List<Deadline> parts = new ArrayList<>();
            while (true) {
                ws();
                int partStart = pos;
                String label = label();
                Deadline d = single();
                if (d == null) {
                    throw error();
                }
                parts.add(label == null ? d : build(partStart, () -> new Labelled(label, d)));
                boolean sep = separators();
                boolean joined = quietOneOf("并且", "并") != null;
                if (atEnd() && !joined) {
                    break;
                }
                if (!sep && !joined) {
                    fail(pos, "end of input or a separator");
                    throw error();
                }
            }
            return build(0, () -> Multiple.of(parts));
        } catch (SemanticError e) {
            throw error(e);
        }
    }

    ParseResult parseLenient() {
        List<Deadline> parts = new ArrayList<>();
        boolean[] ignored = new boolean[s.length()];
        String pendingLabel = null;
        int pendingStart = -1;
        int pendingEnd = -1;
        boolean afterPart = false;
        wrapper();
        while (true) {
            separators();
            if (atEnd()) {
                break;
            }
            int at = pos;
            try {
                if (afterPart && quietOneOf("并且", "并") != null) {
                    int after = pos;
                    Deadline d = single();
                    if (d != null && pos > after) {
                        parts.add(d);
                        continue;
                    }
                    pos = at;
                }
                afterPart = false;
                String label = label();
                if (label != null) {
                    if (pendingLabel != null) {
                        mark(ignored, pendingStart, pendingEnd);
                    }
                    pendingLabel = label;
                    pendingStart = at;
                    pendingEnd = pos;
                    continue;
                }
                Deadline d = single();
                if (d != null && pos > at) {
                    afterPart = true;
                    if (pendingLabel != null) {
                        String l = pendingLabel;
                        parts.add(build(at, () -> new Labelled(l, d)));
                        pendingLabel = null;
                    } else {
                        parts.add(d);
                    }
                    continue;
                }
            } catch (SemanticError e) {
                throw error(e);
            }
            pos = at;
            if (isNumeral(s.charAt(pos))) {
                while (pos < s.length() && isNumeral(s.charAt(pos))) {
                    ignored[pos++] = true;
                }
            } else {
                ignored[pos++] = true;
            }
        }
        if (pendingLabel != null) {
            mark(ignored, pendingStart, pendingEnd);
        }
        if (parts.isEmpty()) {
            try {
                new ChineseParser(input, false).parse();
            } catch (DeadlineParseException e) {
                throw e;
            }
            throw new DeadlineParseException(input, 0, A_TIME_LIMIT);
        }
        Deadline d;
        try {
            d = build(0, () -> Multiple.of(parts));
        } catch (SemanticError e) {
            throw error(e);
        }
        return new ParseResult(d, spans(ignored));
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    private static void mark(boolean[] ignored, int from, int to) {
        for (int i = from; i < to; i++) {
            ignored[i] = true;
        }
    }

    private List<ParseResult.Ignored> spans(boolean[] ignored) {
        List<ParseResult.Ignored> out = new ArrayList<>();
        int i = 0;
        while (i < ignored.length) {
            if (!ignored[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < ignored.length && ignored[j]) {
                j++;
            }
            int a = i;
            int b = j;
            while (a < b && (isSeparator(s.charAt(a)) || s.charAt(a) == ' ')) {
                a++;
            }
            while (b > a && (isSeparator(s.charAt(b - 1)) || s.charAt(b - 1) == ' ')) {
                b--;
            }
            if (a < b) {
                int start = original(a);
                int end = original(b);
                out.add(new ParseResult.Ignored(start, end, input.substring(start, end)));
            }
            i = j;
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '。' || c == ';' || c == ',' || c == '、' || c == '.' || c == '!' || c == '?' || c == '｡';
    }

    private boolean separators() {
        boolean any = false;
        while (true) {
            ws();
            if (!atEnd() && isSeparator(peek())) {
                pos++;
                any = true;
            } else {
                return any;
            }
        }
    }

    private void wrapper() {
        int save = pos;
        ws();
        int from = pos;
        for (int i = from; i < s.length() && i - from <= WRAPPER_HEAD_MAX; i++) {
            char c = s.charAt(i);
            if (isSeparator(c) || c == ':' || isNumeral(c)) {
                break;
            }
            for (String e : WRAPPER_ENDINGS) {
                if (s.startsWith(e, i)) {
                    pos = i + e.length();
                    if (quiet(":") || quietOneOf("为", "是") != null) {
                        return;
                    }
                }
            }
        }
        pos = save;
        if (quietOneOf(WRAPPERS) != null) {
            if (!quiet(":")) {
                quietOneOf("为", "是");
            }
        }
    }

    private String label() {
        int save = pos;
        ws();
        int start = pos;
        int j = pos;
        while (j < s.length() && j - start <= 40) {
            char c = s.charAt(j);
            if (c == ':') {
                break;
            }
            if (isSeparator(c) || c == '"' || c == '“' || c == '”' || c == ';') {
                j = -1;
                break;
            }
            j++;
        }
        if (j <= start || j >= s.length() || s.charAt(j) != ':') {
            pos = save;
            return null;
        }
        String text = s.substring(start, j).strip();
        pos = j + 1;
        if (text.isEmpty()) {
            pos = save;
            return null;
        }
        if (isWrapper(text)) {
            return label();
        }
        return text;
    }

    // ------------------------------------------------------------------ one deadline

    private interface Alternative {
        Deadline parse();
    }

    private Deadline single() {
        ws();
        int start = pos;
        while (!startsWithAfterSpaces("至少") && quietOneOf(PREFIXES) != null || basis()) {
            // prefixes such as 最迟, 截至, 于, 到, and basis clauses such as 按要求, 根据工作进度
        }
        int afterPrefix = pos;
        Alternative[] alternatives = {this::openEnded, this::freshness, this::recurring, this::withEvent,
            this::dated, this::afterEvent};
        Deadline best = null;
        int bestEnd = -1;
        for (Alternative alt : alternatives) {
            pos = afterPrefix;
            Deadline d = alt.parse();
            if (d == null) {
                continue;
            }
            while (quietOneOf(FILLERS) != null) {
                // fillers such as 前, 内, 完成
            }
            if (lenient) {
                if (pos > bestEnd) {
                    best = d;
                    bestEnd = pos;
                }
                continue;
            }
            int end = pos;
            ws();
            if (atEnd() || isSeparator(peek()) || s.startsWith("并", pos)) {
                pos = end;
                return d;
            }
            fail(pos, "end of input or a separator");
        }
        if (best != null) {
            pos = bestEnd;
            return best;
        }
        if (failPos() <= afterPrefix) {
            replaceExpectation(afterPrefix, A_TIME_LIMIT);
        }
        pos = start;
        return null;
    }

    /**
     * A basis clause: an opener (根据, 按照, 按 …), at most {@link #BASIS_MAX} characters that are not digits or
     * separators, and a closer (要求, 规定, 进度 …): 按要求, 根据工作进度, 按照有关规定. Bounded, so linear.
     */
    private boolean basis() {
        int save = pos;
        String opener = quietOneOf(BASIS_OPENERS);
        if (opener == null || opener.equals("按") && !atEnd() && "月季年半周日天".indexOf(peek()) >= 0) {
            // 按月, 按季度: a period, not a basis
            pos = save;
            return false;
        }
        int from = pos;
        for (int i = from; i < s.length() && i - from <= BASIS_MAX; i++) {
            char c = s.charAt(i);
            if (isSeparator(c) || c == ':' || isNumeral(c) && c != '一') {
                break;
            }
            for (String closer : BASIS_CLOSERS) {
                if (s.startsWith(closer, i)) {
                    pos = i + closer.length();
                    return true;
                }
            }
        }
        pos = save;
        return false;
    }

    // ------------------------------------------------------------------ open-ended: 长期, 及时, 舆情产生后

    private Deadline openEnded() {
        int start = pos;
        if (quietOneOf(ONGOING) != null) {
            quietOneOf(VERBS);
            return OpenEnded.ONGOING;
        }
        if (quietOneOf(PER_EVENT) != null) {
            quietOneOf(VERBS);
            return OpenEnded.PER_EVENT;
        }
        subject();
        List<Event> events = eventWords();
        if (events != null && quietOneOf("之后", "以后", "后", "时") != null) {
            boolean procedure = quietOneOf("按相关程序", "按程序") != null;
            boolean prompt = quietOneOf(PER_EVENT) != null;
            boolean verb = quietOneOf("予以公开", "公开", "发布", "公布", "回应", "处理", "更新", "解读", "答复") != null;
            if (procedure || prompt || verb) {
                return build(start, () -> new OpenEnded(OpenEnded.Kind.PER_EVENT, events));
            }
        }
        pos = start;
        return null;
    }

    // ------------------------------------------------------------------ freshness: 超过14天未更新, 每14日至少更新一次

    private Deadline freshness() {
        int start = pos;
        if (quiet("超过")) {
            int nStart = pos;
            Integer days = days();
            if (days != null && oneOf("未更新 or 没有更新", "未更新", "没有更新", "不更新") != null) {
                return build(nStart, () -> new Freshness(days));
            }
        } else if (quiet("每")) {
            int nStart = pos;
            Integer days = days();
            if (days != null) {
                quiet("至少");
                quiet("更新");
                quietOneOf("一次", "1次");
                return build(nStart, () -> new Freshness(days));
            }
        }
        pos = start;
        return null;
    }

    private Integer days() {
        int save = pos;
        Integer n = number();
        if (quietOneOf("天", "日", "个自然日", "自然日") != null) {
            return n == null ? 1 : n;
        }
        pos = save;
        n = number();
        if (quietOneOf("周", "个星期", "星期") != null) {
            return (n == null ? 1 : n) * 7;
        }
        pos = save;
        return null;
    }

    // ------------------------------------------------------------------ recurring: 每季度一次, 每月10日前

    private Deadline recurring() {
        int start = pos;
        quiet("定期");
        quiet("至少");
        int months;
        int dueDay = 0;
        List<Integer> dueMonths = List.of();
        boolean needCount = false;
        String per = quietOneOf("每", "按");
        if (per != null) {
            int pStart = pos;
            if (quietOneOf("年度", "年") != null) {
                int save = pos;
                List<Integer> list = monthList();
                months = 12;
                if (list != null) {
                    int dStart = pos;
                    Integer d = isNumeralAhead() ? number() : null;
                    if (d == null && list.size() == 1 && quietOneOf("底", "末") != null) {
                        // 每年3月底前: the month's last day (29 for February, which a short month cuts to 28)
                        dueDay = Month.of(list.get(0)).maxLength();
                        dueMonths = list;
                    } else if (d != null && quietOneOf("日", "号") != null) {
                        if (12 % list.size() != 0) {
                            throw new SemanticError(save, "one month per period: 1, 2, 3, 4, 6 or 12 months");
                        }
                        dueDay = checkDay(dStart, d);
                        dueMonths = list;
                        months = 12 / list.size();
                        int m = months;
                        int day = dueDay;
                        build(save, () -> new Recurring(m, day, list, 1, Measure.NONE));
                    } else {
                        pos = save;
                    }
                } else {
                    pos = save;
                }
            } else if (quietOneOf("季度", "季") != null) {
                months = 3;
            } else if (quietOneOf("半年度", "半年") != null) {
                months = 6;
            } else if (quietOneOf("个月", "月") != null) {
                months = 1;
                int save = pos;
                int dStart = pos;
                Integer d = isNumeralAhead() ? number() : null;
                if (d != null && quietOneOf("日", "号") != null) {
                    dueDay = checkDay(dStart, d);
                } else {
                    pos = save;
                    // 每月上旬, 中旬, 下旬: due on the 10th, the 20th, the month's last day (as 11月上旬, §3)
                    String third = quietOneOf("上旬", "中旬", "下旬", "月底", "月末");
                    dueDay = "上旬".equals(third) ? 10 : "中旬".equals(third) ? 20 : 0;
                }
            } else {
                if (!isNumeralAhead()) {
                    if (per.equals("每")) {
                        fail(pos, "月, 季度, 半年, 年 or N个月");
                    }
                    pos = start;
                    return null;
                }
                Integer n = number();
                if (n == null || quietOneOf("个月", "月") == null) {
                    fail(pos, "月, 季度, 半年, 年 or N个月");
                    pos = start;
                    return null;
                }
                if (n < 1 || 12 % n != 0) {
                    throw new SemanticError(pStart, "a period of 1, 2, 3, 4, 6 or 12 months");
                }
                months = n;
            }
            if (months > 1 && months < 12 && dueDay == 0) {
                int k = monthOfPeriod(months);
                if (k > 0) {
                    int dStart = pos;
                    Integer d = number();
                    if (d == null || oneOf("日 or 号", "日", "号") == null) {
                        pos = start;
                        return null;
                    }
                    dueDay = checkDay(dStart, d);
                    List<Integer> list = new ArrayList<>();
                    for (int first = 1; first <= 12; first += months) {
                        list.add(first + k - 1);
                    }
                    dueMonths = List.copyOf(list);
                    int m = months;
                    int day = dueDay;
                    List<Integer> dm = dueMonths;
                    build(dStart, () -> new Recurring(m, day, dm, 1, Measure.NONE));
                }
            }
            if (dueDay == 0) {
                quietOneOf("末", "底");
            }
            quietOneOf("之前", "以前", "前");
        } else if (quietOneOf("年内", "全年", "年度内", "本年度内") != null) {
            months = 12;
            needCount = true;
        } else {
            pos = start;
            return null;
        }
        quietOneOf(VERBS);
        quiet("定期");
        int cStart = pos;
        int[] count = count();
        if (count == null && needCount) {
            pos = start;
            return null;
        }
        int m = months;
        int d = dueDay;
        List<Integer> dm = dueMonths;
        return build(count == null ? start : cStart, () -> new Recurring(m, d, dm,
                count == null ? 1 : count[0], count == null ? Measure.NONE : Measure.values()[count[1]]));
    }

    private boolean startsWithAfterSpaces(String w) {
        int i = pos;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.startsWith(w, i);
    }

    /** Whether the next character after spaces begins a number. */
    private boolean isNumeralAhead() {
        int save = pos;
        ws();
        boolean yes = !atEnd() && isNumeral(peek());
        pos = save;
        return yes;
    }

    /**
     * A month of each period: 首月 or 第一个月 (1), 第N个月, 末月 or 最后一个月 (the period's last); 0 if none.
     *
     * @throws SemanticError if N is not a month of the period
     */
    private int monthOfPeriod(int months) {
        if (quietOneOf("首月", "第一个月", "第一月") != null) {
            return 1;
        }
        if (quietOneOf("末月", "最后一个月", "最后一月") != null) {
            return months;
        }
        int save = pos;
        if (quiet("第")) {
            int at = pos - 1;
            Integer k = isNumeralAhead() ? number() : null;
            if (k != null && quietOneOf("个月", "月") != null) {
                if (k < 1 || k > months) {
                    throw new SemanticError(at, "a month of the period, 1.." + months);
                }
                return k;
            }
        }
        pos = save;
        return 0;
    }

    private int checkDay(int at, int d) {
        if (d < 1 || d > 31) {
            throw new SemanticError(at, "a day 1..31");
        }
        return d;
    }

    private List<Integer> monthList() {
        int save = pos;
        List<Integer> out = new ArrayList<>();
        while (true) {
            int mStart = pos;
            Integer m = number();
            if (m == null) {
                pos = save;
                return null;
            }
            if (m < 1 || m > 12) {
                if (quiet("月")) {
                    throw new SemanticError(mStart, "a month 1..12");
                }
                pos = save;
                return null;
            }
            out.add(m);
            if (quietOneOf("、", ",") == null) {
                break;
            }
        }
        if (!quiet("月")) {
            pos = save;
            return null;
        }
        return out;
    }

    /** Returns {count, measure ordinal}, or null. */
    private int[] count() {
        int save = pos;
        quiet(",");
        if (quietOneOf("不少于", "至少", "不低于", "最少", "不得少于") != null) {
            quietOneOf("要", "应");
            quietOneOf("开展", "组织", "听取", "举办", "召开", "发布", "更新", "提供", "报送", "公开");
            int nStart = pos;
            Integer n = number();
            if (n == null) {
                pos = save;
                return null;
            }
            if (quietOneOf("—", "-", "~", "至", "到") != null) {
                number();
            }
            Measure m = measure();
            quietOneOf("及以上", "以上");
            if (n < 1) {
                throw new SemanticError(nStart, "a count of at least 1");
            }
            return new int[] {n, m.ordinal()};
        }
        int nStart = pos;
        Integer n = number();
        if (n != null) {
            Measure m = measure();
            if (m != Measure.NONE && quietOneOf("及以上", "以上") != null || m == Measure.TIME) {
                if (n < 1) {
                    throw new SemanticError(nStart, "a count of at least 1");
                }
                return new int[] {n, m.ordinal()};
            }
        }
        pos = save;
        return null;
    }

    private Measure measure() {
        ws();
        if (!atEnd()) {
            Optional<Measure> m = Measure.fromChinese(peek());
            if (m.isPresent()) {
                pos++;
                return m.get();
            }
        }
        return Measure.NONE;
    }

    // ------------------------------------------------------------------ with an event: 与文件同时公开

    private Deadline withEvent() {
        int start = pos;
        subject();
        List<Event> events;
        if (quietOneOf("与", "和", "随") != null) {
            subject();
            events = eventWords();
            boolean when = quietOneOf("时起", "之时", "时", "起") != null;
            boolean marker = quietOneOf("同时", "同步", "一并") != null;
            if (!(marker || when && events != null)) {
                pos = start;
                return null;
            }
        } else {
            events = eventWords();
            quietOneOf("时", "后");
            if (oneOf("同时 or 同步", "同时", "同步") == null) {
                pos = start;
                return null;
            }
        }
        quietOneOf("公开", "发布", "解读", "宣传");
        int tStart = pos;
        int tolerance = 0;
        quiet(",");
        quietOneOf("时间跨度", "间隔", "相隔");
        if (quietOneOf("不超过", "不得超过", "不超出") != null) {
            int nStart = pos;
            Integer n = number();
            if (n == null || oneOf("个工作日", "个工作日", "工作日") == null) {
                throw new SemanticError(nStart, "N个工作日");
            }
            tolerance = n;
        } else {
            pos = tStart;
        }
        List<Event> ev = events == null ? List.of() : events;
        int tol = tolerance;
        return build(start, () -> new WithEvent(ev, tol));
    }

    // ------------------------------------------------------------------ after an event: 印发后3个工作日内

    private Deadline afterEvent() {
        int start = pos;
        List<Event> events = eventClause();
        ws();
        int nStart = pos;
        Integer n = number();
        if (n == null) {
            pos = start;
            return null;
        }
        AfterEvent.Unit unit;
        int factor = 1;
        String u = oneOf("个工作日, 日, 天 or 个月", "个工作日", "工作日", "个自然日", "自然日", "个日历日", "日历日", "日",
                "天", "个月", "个星期", "星期", "周", "年");
        if (u == null) {
            pos = start;
            return null;
        }
        switch (u) {
            case "个工作日":
            case "工作日":
                unit = AfterEvent.Unit.WORKING_DAYS;
                break;
            case "个月":
                unit = AfterEvent.Unit.MONTHS;
                break;
            case "年":
                if (n >= 1000) {
                    pos = start;
                    return null;
                }
                unit = AfterEvent.Unit.YEARS;
                break;
            case "个星期":
            case "星期":
            case "周":
                unit = AfterEvent.Unit.DAYS;
                factor = 7;
                break;
            default:
                unit = AfterEvent.Unit.DAYS;
        }
        if (n < 1) {
            throw new SemanticError(nStart, "a positive number");
        }
        AfterEvent.Unit un = unit;
        int amount = n * factor;
        List<Event> ev = events == null ? List.of() : events;
        return build(nStart, () -> new AfterEvent(amount, un, ev));
    }

    private List<Event> eventClause() {
        int save = pos;
        subject();
        quiet("正式");
        List<Event> events = eventWords();
        if (events == null) {
            pos = save;
            return null;
        }
        quietOneOf("之日起", "之日后", "之后", "以后", "后的", "后", "时起", "起");
        quiet(",");
        return events;
    }

    private void subject() {
        quietOneOf(SUBJECTS);
    }

    private List<Event> eventWords() {
        int save = pos;
        Event first = eventWord();
        if (first == null) {
            pos = save;
            return null;
        }
        List<Event> out = new ArrayList<>();
        out.add(first);
        while (true) {
            int before = pos;
            if (quietOneOf("或者", "或", "和", "及", "、", "/") == null) {
                break;
            }
            Event e = eventWord();
            if (e == null) {
                pos = before;
                break;
            }
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private Event eventWord() {
        ws();
        int start = pos;
        char c = peek();
        if (c == '“' || c == '"' || c == '「') {
            char close = c == '“' ? '”' : c == '"' ? '"' : '」';
            int end = s.indexOf(close, pos + 1);
            if (end < 0 || end - pos > 41) {
                fail(pos, "a closing " + close);
                return null;
            }
            String name = s.substring(pos + 1, end);
            pos = end + 1;
            return build(start, () -> Event.of(name));
        }
        for (int i = 0; i < EVENT_WORDS.length; i++) {
            if (s.startsWith(EVENT_WORDS[i], pos)) {
                pos += EVENT_WORDS[i].length();
                return EVENTS[i];
            }
        }
        fail(pos, "an event such as 印发, 形成, 变更, 收到申请");
        return null;
    }

    // ------------------------------------------------------------------ dates and period ends

    /**
     * A date or period end, or a range of them (2021年9月至12月, 2021年7月1日至9月30日) which is due at its end; an end
     * without a year takes the start's year, and an end before the start is an error.
     */
    private Deadline dated() {
        int start = pos;
        Deadline first = numericDate();
        if (first == null) {
            first = datedPoint();
        }
        if (first == null) {
            pos = start;
            return null;
        }
        int save = pos;
        if (quietOneOf(RANGE) != null) {
            ws();
            int endStart = pos;
            Deadline end = numericDate();
            if (end == null) {
                end = datedPoint();
            }
            if (end != null) {
                return rangeEnd(first, end, endStart);
            }
            pos = save;
        }
        return first;
    }

    private static Optional<Year> yearOf(Deadline d) {
        return d instanceof FixedDate ? ((FixedDate) d).year() : ((PeriodEnd) d).year();
    }

    private static LocalDate dueIn(Deadline d, Year year) {
        return d instanceof FixedDate ? ((FixedDate) d).dateIn(year) : ((PeriodEnd) d).dateIn(year);
    }

    private Deadline rangeEnd(Deadline first, Deadline end, int at) {
        Optional<Year> startYear = yearOf(first);
        Deadline result = end;
        if (yearOf(end).isEmpty() && startYear.isPresent()) {
            Year y = startYear.get();
            result = build(at, () -> end instanceof FixedDate
                    ? FixedDate.of(((FixedDate) end).monthDay().atYear(y.getValue()))
                    : PeriodEnd.of(y, ((PeriodEnd) end).span(), ((PeriodEnd) end).index()));
            if (result instanceof FixedDate && !y.isValidMonthDay(((FixedDate) end).monthDay())) {
                int m = ((FixedDate) end).monthDay().getMonthValue();
                throw new SemanticError(at, "a day 1.." + YearMonth.of(y.getValue(), m).lengthOfMonth() + " of " + y
                        + "-" + String.format(Locale.ROOT, "%02d", m));
            }
        }
        if (startYear.isPresent() || yearOf(end).isEmpty()) {
            Year base = startYear.orElse(Year.of(2000));
            if (dueIn(result, base).isBefore(dueIn(first, base))) {
                throw new SemanticError(at, "an end after the start of the range");
            }
        }
        return result;
    }

    /** A date written with numbers only: 2021.12.31, 2021-09-30, 2022/6/30. */
    private Deadline numericDate() {
        int save = pos;
        ws();
        int yStart = pos;
        int y = digits(4);
        if (y < 0 || pos - yStart != 4 || atEnd() || ".-/".indexOf(peek()) < 0) {
            pos = save;
            return null;
        }
        char sep = s.charAt(pos++);
        int mStart = pos;
        int m = digits(2);
        if (m < 0 || peek() != sep) {
            pos = save;
            return null;
        }
        pos++;
        int dStart = pos;
        int d = digits(2);
        if (d < 0) {
            pos = save;
            return null;
        }
        if (m < 1 || m > 12) {
            throw new SemanticError(mStart, "a month 1..12");
        }
        int max = YearMonth.of(y, m).lengthOfMonth();
        if (d < 1 || d > max) {
            throw new SemanticError(dStart, "a day 1.." + max + " of " + y + "-" + String.format(Locale.ROOT, "%02d", m));
        }
        return build(yStart, () -> FixedDate.of(LocalDate.of(y, m, d)));
    }

    /** Up to {@code max} ASCII digits with no more following, or -1. */
    private int digits(int max) {
        int start = pos;
        int value = 0;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            if (pos - start == max) {
                pos = start;
                return -1;
            }
            value = value * 10 + s.charAt(pos++) - '0';
        }
        return pos == start ? -1 : value;
    }

    private Deadline datedPoint() {
        int start = pos;
        int yStart = pos;
        Integer y = year();
        if (y != null) {
            Optional<Year> year = Optional.of(Year.of(y));
            if (quietOneOf("年底", "年末", "年度内", "年内", "底", "末", "度内", "度", "内", "全年") != null) {
                return PeriodEnd.yearEnd(Year.of(y));
            }
            Deadline d = half(year);
            if (d == null) {
                d = quarter(year);
            }
            if (d == null) {
                d = monthPart(year);
            }
            if (d == null) {
                ws();
                if (Character.isDigit(peek()) || DIGITS.indexOf(peek()) >= 0) {
                    fail(pos, "a month");
                    pos = start;
                    return null;
                }
                d = PeriodEnd.yearEnd(Year.of(y));
            }
            return d;
        }
        pos = yStart;
        if (quietOneOf("今年年底", "本年度内", "年度内", "本年内", "今年内", "今年底", "年底", "年末", "年内",
                "全年") != null) {
            return PeriodEnd.of(PeriodEnd.Span.YEAR, 1);
        }
        Deadline d = half(Optional.empty());
        if (d == null) {
            d = quarter(Optional.empty());
        }
        if (d == null) {
            d = monthPart(Optional.empty());
        }
        if (d == null) {
            pos = start;
        }
        return d;
    }

    private Integer year() {
        int save = pos;
        ws();
        int start = pos;
        Integer n = number();
        int len = pos - start;
        if (n != null && len >= 4 && n >= 1000 && n <= 9999 && quiet("年")) {
            return n;
        }
        if (n != null && len >= 4 && n >= 1000 && n <= 9999 && quietOneOf(RANGE) != null) {
            // 2021—2023年: a range of years, due at the end of the last
            ws();
            int endStart = pos;
            Integer end = number();
            if (end != null && pos - endStart >= 4 && end <= 9999 && quiet("年")) {
                if (end < n) {
                    throw new SemanticError(endStart, "an end after the start of the range");
                }
                return end;
            }
        }
        pos = save;
        return null;
    }

    private Deadline half(Optional<Year> year) {
        String h = quietOneOf("上半年", "下半年");
        if (h == null) {
            return null;
        }
        quietOneOf("末", "底");
        return periodEnd(year, PeriodEnd.Span.HALF_YEAR, h.startsWith("上") ? 1 : 2);
    }

    private Deadline quarter(Optional<Year> year) {
        int save = pos;
        quiet("第");
        int nStart = pos;
        Integer n = number();
        if (n == null || quietOneOf("季度", "季") == null) {
            pos = save;
            return null;
        }
        if (n < 1 || n > 4) {
            throw new SemanticError(nStart, "a quarter 1..4");
        }
        quietOneOf("末", "底");
        return periodEnd(year, PeriodEnd.Span.QUARTER, n);
    }

    private Deadline monthPart(Optional<Year> year) {
        int save = pos;
        ws();
        int mStart = pos;
        Integer read = number();
        if (read != null && !s.startsWith("月", pos)) {
            // 3—6月: a range of months, due at the end of the last
            int rSave = pos;
            if (quietOneOf(RANGE) != null) {
                ws();
                int endStart = pos;
                Integer end = isNumeralAhead() ? number() : null;
                if (end != null && s.startsWith("月", pos) && read >= 1 && read <= 12 && end >= 1 && end <= 12) {
                    if (end < read) {
                        throw new SemanticError(endStart, "an end after the start of the range");
                    }
                    read = end;
                    mStart = endStart;
                } else {
                    pos = rSave;
                }
            }
        }
        Integer m = read;
        if (m == null || !lit("月")) {
            pos = save;
            return null;
        }
        if (m < 1 || m > 12) {
            throw new SemanticError(mStart, "a month 1..12");
        }
        int dSave = pos;
        ws();
        int dStart = pos;
        Integer d = number();
        if (d != null && oneOf("日 or 号", "日", "号") != null) {
            int max = year.map(y -> YearMonth.of(y.getValue(), m).lengthOfMonth()).orElse(Month.of(m).maxLength());
            if (d < 1 || d > max) {
                throw new SemanticError(dStart, "a day 1.." + max + " of " + year.map(y -> y + "-").orElse("month ")
                        + String.format(Locale.ROOT, "%02d", m));
            }
            return year.isPresent() ? FixedDate.of(LocalDate.of(year.get().getValue(), m, d))
                    : FixedDate.of(MonthDay.of(m, d));
        }
        pos = dSave;
        String w = oneOf("底, 末, 上旬, 中旬, 下旬 or a day", "底", "末", "上中旬", "中下旬", "上旬", "中旬",
                "下旬", "份");
        PeriodEnd.Span span = PeriodEnd.Span.MONTH;
        if (w != null) {
            if (w.equals("上旬")) {
                span = PeriodEnd.Span.EARLY_MONTH;
            } else if (w.equals("中旬") || w.equals("上中旬")) {
                // 上中旬, 中下旬: a range of thirds, due at the end of the later one
                span = PeriodEnd.Span.MIDDLE_MONTH;
            } else if (w.equals("下旬") || w.equals("中下旬")) {
                span = PeriodEnd.Span.LATE_MONTH;
            } else if (w.equals("份")) {
                quietOneOf("底", "末");
            }
        } else {
            int here = pos;
            ws();
            if (s.startsWith("前", pos) || s.startsWith("之前", pos) || s.startsWith("以前", pos)) {
                throw new SemanticError(here, "底 or a day (N月前 is ambiguous)");
            }
            pos = here;
        }
        return periodEnd(year, span, m);
    }

    // ------------------------------------------------------------------ numbers

    /** An Arabic or Chinese number after spaces, or null (recording "a number"). */
    private Integer number() {
        ws();
        int start = pos;
        if (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos - start > 9) {
                throw new SemanticError(start, "a number below 1000000000");
            }
            return Integer.parseInt(s.substring(start, pos));
        }
        if (pos + 1 < s.length() && digit(s.charAt(pos)) >= 0 && digit(s.charAt(pos + 1)) >= 0) {
            int value = 0;
            while (pos < s.length() && digit(s.charAt(pos)) >= 0 && pos - start < 9) {
                value = value * 10 + digit(s.charAt(pos));
                pos++;
            }
            return value;
        }
        int total = 0;
        int cur = -1;
        int lastUnit = Integer.MAX_VALUE;
        boolean any = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            int d = digit(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (c == '零' || c == '〇') {
                if (cur > 0) {
                    break;
                }
                pos++;
                any = true;
                continue;
            }
            if (d >= 0) {
                if (cur >= 0) {
                    break;
                }
                cur = d;
            } else if (unit > 0) {
                if (unit >= lastUnit) {
                    break;
                }
                total += (cur < 0 ? 1 : cur) * unit;
                cur = -1;
                lastUnit = unit;
            } else {
                break;
            }
            pos++;
            any = true;
        }
        if (!any) {
            fail(start, "a number");
            return null;
        }
        return total + Math.max(cur, 0);
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            return -1;
        }
        return i <= 1 ? 0 : i == 2 ? 1 : i <= 4 ? 2 : i - 2;
    }

    private static <T> T build(int at, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (DateTimeException | IllegalArgumentException e) {
            if (e instanceof DeadlineParseException) {
                throw e;
            }
            throw new SemanticError(at, "a valid value (" + e.getMessage() + ")");
        }
    }

    /** A period end in the given year, or in the plan's year when there is none. */
    private static PeriodEnd periodEnd(Optional<Year> year, PeriodEnd.Span span, int index) {
        return year.isPresent() ? PeriodEnd.of(year.get(), span, index) : PeriodEnd.of(span, index);
    }
}
