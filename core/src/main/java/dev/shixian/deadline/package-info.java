/**
 * Time limits (完成时限, 时限要求) of government-affairs-openness work plans as values, and their resolution to due
 * dates on a working-day calendar, as docs/RULES.md §2–§6 say.
 *
 * <p>{@link dev.shixian.deadline.Deadline} is a sealed interface of immutable values; {@code Deadline.parse} reads the
 * canonical English form and Chinese phrases, {@code toString()} and {@code toChinese()} print the canonical forms,
 * and {@code resolve(DeadlineContext)} gives {@link dev.shixian.deadline.Due}s with an
 * {@link dev.shixian.deadline.Explanation}. {@link dev.shixian.deadline.DisclosureRequest} covers 依申请公开 (§6).
 *
 * <p>Example: {@code Deadline.parse("印发后3个工作日内")} is {@code 3 working days after issuance}; with issuance
 * on Thursday 2021-09-30 it is due Monday 2021-10-11.
 *
 * <h2>Canonical English grammar (EBNF)</h2>
 * Whitespace between tokens is free; keywords are case-insensitive; {@code toString()} prints exactly the forms
 * shown in the examples.
 * <pre>
 * deadline   = part , { ";" , part } ;                      (* two or more parts: Multiple *)
 * part       = [ "label" , string , ":" ] , single , [ "," , "subject" , string ] , [ "," , "action" , string ] ;
 *                                                           (* Labelled; a subject or action: Annotated *)
 * single     = fixed | periodEnd | after | before | with | recurring | weekly | freshness | open ;
 * fixed      = "by" , ( yyyy "-" mm "-" dd | mm "-" dd , [ relative ] ) ;  (* by 2021-11-15, by 11-15,
 *                                                             by 01-31 next year *)
 * periodEnd  = "by end of" , ( "year" | "next year" | "previous year" | yyyy | yyyy "-" mm
 *                            | "month" , n , [ relative ] | yyyy "-" , ( "Q" , n | "H" , n )
 *                            | ( "Q" , n | "H" , n ) , [ relative ] )
 *            | "by" , ( "early" | "mid" | "late" ) , ( yyyy "-" mm | "month" , n , [ relative ] ) ;
 * relative   = "next year" | "previous year" ;               (* the year after or before the plan's (次年, 上一年度);
 *                                                             never after a year of its own *)
 * after      = n , unit , [ "after" , events ] ;             (* no event: the context's trigger *)
 * before     = ( n | "between" , n , "and" , n ) , unit , "before" , [ events ] ;   (* BeforeEvent; between: a
 *                                                             window opening at the first n, due at the second *)
 * unit       = "working day" | "working days" | "day" | "days" | "month" | "months" | "year" | "years" ;
 * with       = ( "with" , events | "simultaneously" ) , [ "," , "within" , n , ( "working day" | "working days" ) ] ;
 * recurring  = frequency , [ "by" , ( "day" , n , [ "of months" , n , { "," , n } | "of the next month" ]
 *                                | mm "-" dd                       (* yearly only *)
 *                                | "working day" , n , [ "from the end" ] | "the last working day" )
 *                         | "," , n , ( "day" | "days" | "working day" | "working days" | "month" | "months" ) ,
 *                           "after the end" ] ,
 *              [ count ]
 *            | "every" , n , ( "year" | "years" ) , [ count ] ;   (* n 1..10, 12n months; no due day, no anchor *)
 * frequency  = "monthly" | "quarterly" | "half-yearly" | "yearly" | "every" , n , ( "month" | "months" ) ;
 *                                             (* n months: 1, 2, 3, 4, 6, 12, or 24, 36, … 120 without a due day *)
 * weekly     = ( "weekly" | "every" , n , ( "week" | "weeks" ) ) , [ "by" , weekday ] , [ count ] ;   (* n 1..52 *)
 * weekday    = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" ;
 * count      = "," , "at least" , n , [ measure ] ;
 * measure    = "time" | "times" | "article" | "articles" | "item" | "items" ;
 * freshness  = "every" , n , ( "day" | "days" ) ;
 * open       = "ongoing" | "per event" , [ "after" , events ] ;
 * events     = event , { "or" , event } ;
 * event      = "issuance" | "publication" | "formation" | "change" | "receipt" | "approval" | "implementation"
 *            | "public-opinion" | "meeting" | "expiry" | string ;   (* a rule-set event, Event.of(name) *)
 * string     = '"' , { character | '\"' | '\\' } , '"' ;
 * </pre>
 * Examples: {@code by end of 2021-Q3}, {@code by 01-31 next year}, {@code by end of Q4 previous year},
 * {@code 20 days after formation or change}, {@code with issuance, within 5
 * working days}, {@code quarterly by day 8 of months 1, 4, 7, 10}, {@code every 2 months, at least 1 article},
 * {@code quarterly, 15 days after the end}, {@code quarterly by day 10 of the next month}, {@code monthly by working
 * day 5}, {@code monthly by the last working day}, {@code monthly by working day 2 from the end},
 * {@code yearly by 01-31}, {@code every 2 years}, {@code weekly by Friday}, {@code every 2 weeks, at least 2
 * articles}, {@code every 14 days}, {@code per event after public-opinion},
 * {@code 5 days before meeting}, {@code 15 days before}, {@code between 90 and 30 working days before expiry},
 * {@code label "最新规划": 20 days after formation; label "历史规划": by end of month 9},
 * {@code 5 working days after issuance, subject "政策性文件", action "予以公开"}.
 *
 * <h2>Accepted characters</h2>
 * Both grammars read the same characters, each as one character, so an error index is an index in the input:
 * <ul>
 * <li>ASCII letters, digits, punctuation and space;
 * <li>full-width forms U+FF01–U+FF5E (２０２１, ：, ；, （）), read as their ASCII counterparts, and the half-width
 *     ｡ ｢ ｣ ､, read as 。 「 」 、;
 * <li>spaces: tab, line feed, carriage return, the no-break space U+00A0 and the ideographic space U+3000, all read
 *     as a space;
 * <li>Chinese characters (CJK ideographs U+3400–U+4DBF, U+4E00–U+9FFF and, as surrogate pairs, U+20000–U+3134F),
 *     including the Chinese numerals 〇 一 二 两 … 十 百 千;
 * <li>Chinese punctuation U+3001–U+3011 and U+3014–U+301F (、 。 〇 《 》 「 」 『 』 【 】 〔 〕 〜 …) and general
 *     punctuation U+2010–U+2027 (— – “ ” ‘ ’ … ‧), the middle dot U+00B7;
 * <li>list markers that are never read as digits: circled and bracketed numbers U+2460–U+249B (① ⑴ ⒈), arrows
 *     U+2190–U+2199, geometric shapes U+25A0–U+25FF and the stars U+2605–U+2606.
 * </ul>
 * Any other character — another script's digits (Arabic-Indic ١٢), zero-width and bidi controls (U+200B, U+202E,
 * U+FEFF), other control characters, unpaired surrogates — is refused, strictly and leniently, with a
 * {@link dev.shixian.deadline.DeadlineParseException} at its index, rather than silently dropped or misread.
 * Labels and event names must consist of characters read as themselves (no full-width forms, no U+3000).
 *
 * <h2>Limits</h2>
 * Values outside these ranges are refused by the constructors with an {@link java.lang.IllegalArgumentException}
 * naming the value and the range, and by the parsers with a {@link dev.shixian.deadline.DeadlineParseException} at
 * the index of the number or part, so every value both canonical forms print reads back equal:
 * <ul>
 * <li>a number has at most 9 digits (below 1000000000); arithmetic on it is exact (印发后613566757周内 is an error,
 *     not 3 days);
 * <li>years 1000–9999 (fixed dates, period ends), or a year relative to the plan's: the year before or the year
 *     after (-1..1, {@link dev.shixian.deadline.FixedDate#MIN_PLAN_YEAR_OFFSET}..{@link
 *     dev.shixian.deadline.FixedDate#MAX_PLAN_YEAR_OFFSET}), never both; amounts after or before an event 1–9999
 *     working days, days (N周 is 7N days) or months, 1–999 years (a window before an event opens at most 9999
 *     units, 999 years, before it); freshness 1–9999 days; counts 1–9999; tolerances 0–9999 working days; recurring
 *     periods of 1, 2, 3, 4, 6 or 12 months or 2–10 years ({@link dev.shixian.deadline.Recurring#MAX_MONTHS}); weekly
 *     periods of 1–52 weeks ({@link dev.shixian.deadline.Weekly#MAX_WEEKS});
 * <li>at most 10 events in a deadline, event names and labels 1–40 characters, at most 100 parts
 *     ({@link dev.shixian.deadline.Multiple#MAX_PARTS}): the 101st part is an error at its index;
 * <li>at most 4 prefixes and basis clauses before a deadline, at most 12 months in a list (每年1、4、7、10月).
 * </ul>
 * There is no limit on the length of the input: nothing recurses on the input's nesting (any number of wrapper
 * labels is read in a loop), every rule reads a bounded number of characters at a position, and lenient reading
 * tries each position once, so both readings take time linear in the input (1 MB takes well under a second).
 *
 * <h2>Chinese grammar</h2>
 * The input is read as described above (full-width forms as ASCII, every space as a space); error indexes refer to
 * the original input. Spaces are ignored. Numbers are Arabic or Chinese (三, 二十, 一百二十, 两, 二〇二一).
 * Word lists are matched longest first (最迟不晚于 before 最迟).
 * <pre>
 * phrase     = [ wrapper ] , part , { joiner , part } , [ separator ] ;   (* wrapper: not before a label, 期限A：长期 *)
 * wrapper    = ( "完成时限" | "时限要求" | "完成时间" | "时限" | "期限" | … ) , [ ":" | "为" | "是" ]
 *            | head , ( "时限要求" | "时间要求" | "时间节点" | "时限" | "期限" | "时间" | "日期" ) , ( ":" | "为" | "是" ) ;
 * head       = 0..4 characters, no digit, separator or quote ;   (* 办理时限：, 完成期限为, 公开时间： *)
 * joiner     = separator , { separator } , [ "并" | "并且" ] | "并" | "并且" | "和" | "以及" ;   (* 并： begins a label *)
 * separator  = "。" | "；" | "，" | "、" | "." ;
 * part       = { label , ":" } , prefix/basis (0..4) , single , { filler } , [ trailing ] ;   (* labels that are wrappers
 *                                                                              are dropped *)
 * trailing   = '“' , action text , '”'
 *            | [ report | directed ] , [ "各" , [ verb ] , ( "一次" | "1次" ) ] , [ "," , ( "保持最新" | "确保最新" ) ] ;
 *                                          (* each taken only before the end, a separator or 并 *)
 * directed   = ( "向" | "在" | "通过" | "由" | "于" ) , 1..16 Chinese characters , ( "公布" | "公开" | "发布" | "报送"
 *            | "提交" | "报告" | "答复" | "反馈" | "说明理由" | "说明" | "通报" | "备案" | "告知" | "公示" | "上传" | "更新"
 *            | "录入" | "填报" ) ;             (* 向社会公布, 在政府门户网站公开, 由各部门向社会公开 *)
 * report     = ( "并报" | "并报送" | "并上报" | "报送" | "上报" | "报" | "报至" | "报送至"
 *            | ε after a filler 报送, 上报, 提交, 完成, 公开, 发布, 公布, 录入, 填报, 更新, 编制, 报告, 上传, 公示 or 报备 ) ,
 *              addressee ;
 * addressee  = 0..16 Chinese characters or digits , ( "政务公开办" | "公开办" | "办公室" | "领导小组" | "申请人" | "办"
 *            | "局" | "委" | "部门" | "政府" | "中心" | "单位"                (* 并报县政务公开办, 报送市政府办公室 *)
 *            | "情况" | "报告" | "总结" | "材料" | "数据" | "信息" | "计划" | "方案" | "清单" | "台账" | "报表" | "意见"
 *            | "目录" | "指南" | "要点" | "文件" | "年报" | "系统" | "名单" | "结果" | "进展" ) ;
 *                                          (* an object: 报送本季度工作情况, 完成上一年度报告, 录入系统 *)
 * label      = 1..40 characters, no separator or quote ;
 * prefix     = "最迟" | "最迟于" | "最迟不晚于" | "截至" | "截止" | "不晚于" | "不迟于" | "于" | "在" | "到" | "至" | "自" | "从"
 *            | "力争" | "确保" | "应在" | "应于" | "应当在" | "应当于" | "最迟应在" | "最迟应于" | "原则上" | … ;
 *                                       (* "至" is not a prefix before "少" (至少每季度), nor "到" before "期" (到期前30日) *)
 * basis      = ( "根据" | "按照" | "依照" | "依据" | "按" ) , 0..10 characters, no digit or separator ,
 *              ( "要求" | "规定" | "进度" | "安排" | "部署" | "程序" | "需要" ) ;   (* 按要求, 根据工作进度 *)
 * filler     = timeFiller | "完成" | "完成公开" | "全面完成" | "公开"
 *            | "发布" | "发布公告" | "报送" | "解读" | "更新" | "答复" | "予以" | "予以公开" | "按相关程序" | "一次性告知申请人"
 *            | "一次性告知" | "告知申请人" | "及时更新" | "及时公开" | "及时发布" | … ;
 * timeFiller = "前" | "之前" | "以前" | "内" | "以内" | "之内" | "为止" | "止" ;
 *              (* the action of a part: from its first filler that is not a timeFiller to the end of its trailing
 *                 words, spaces left out, a note after a space; not kept when it is only 完成, 全面完成, 完毕, 办结,
 *                 到位, 落实 or 实现 *)
 * single     = open | freshness | weekly | recurring | with | dated | before | after ;
 * dated      = point , [ [ "起" | "开始" ] , range , point ]   (* a range is due at its end: 自2021年7月起至年底 *)
 *            | start , range , point ;                    (* an open start, dropped: 即日起至年底, 自印发之日起至年底 *)
 * start      = "即日起" | "即日开始" | "即日" | "今日起" | "今天起" | "现在起" | "现在开始"
 *            | [ subject | anySubject ] , [ "正式" ] , eventWords , ( "之日起" | "之日开始" | "时起" | "起" | "开始" ) ;
 * range      = "至" | "到" | "—" | "–" | "-" | "~" ;
 * point      = numeric
 *            | year , ( "底" | "末" | "年底" | "年末" | "年内" | "年度内" | "内" | "度" | "度内" | "全年" | half | quarter
 *                     | month | ε )
 *            | relYear , ( "年底" | "年末" | "年度内" | "年内" | "底" | "末" | "度内" | "内" | half | quarter | month )
 *            | "年底" | "年末" | "年内" | "全年" | "本年度内" | "今年底" | … | half | quarter | month ;  (* ε: 到2023年 *)
 * relYear    = "次年" | "次年度" | "下一年度" | "下一年" | "下年度" | "下年" | "翌年" | "明年" | "来年"   (* the plan's year + 1 *)
 *            | "上一年度" | "上一年" | "上年度" | "上年" | "去年"                               (* the plan's year − 1 *)
 *            | "当年" | "当年度" | "本年度" | "本年" | "今年" ;       (* the plan's year: the same value as no year *)
 * numeric    = yyyy , sep , m , sep , d , [ clock ] ;        (* sep one of "." "-" "/", the same twice: 2021.12.31 *)
 * clock      = [ "上午" | "中午" | "下午" | "晚上" | "早上" | "凌晨" ] , hh , ( ( "时" | "点" ) , [ mm , "分" ] | ":" , mm ) ;
 *              (* hh 0..24, mm two digits 0..59, 24 only as 24时 or 24:00; read and dropped: the day itself; also
 *                 after any single deadline, such as a weekday or a day of each period: 每周一9:30前 *)
 * year       = number(4 digits) , [ range , number(4 digits) ] , "年" ;   (* 2021—2023年: the later year *)
 * half       = ( "上半年" | "下半年" ) , [ "末" | "底" ] ;
 * quarter    = [ "第" ] , number(1..4) , ( "季度" | "季" ) , [ "末" | "底" ] ;
 * month      = number(1..12) , [ range , number(1..12) ] , "月" ,            (* 3—6月: the later month *)
 *              ( number , ( "日" | "号" ) , [ clock ] | "底" | "末" | "上旬" | "中旬" | "下旬" | "上中旬" | "中下旬"
 *              | "份" , [ "底" | "末" ] | ε ) ;
 * after      = [ eventClause ] , number , ( "个工作日" | "工作日" | "日" | "天" | "自然日" | "个月" | "年" | "周" ) ;
 * before     = [ "至少" , ( "在" | "于" ) ] , beforeEvents , [ "之日" | "日" ] , ( "前" | "之前" | "以前" ) , [ "的" ] ,
 *              [ "至少" ] , ( duration , [ clock ] , [ window ] | number , range , duration , [ "期间" | … ] )
 *            | [ "至少" , ( "在" | "于" ) ] , beforeEvents , duration , ( "前" | "之前" | "以前" )   (* 届满三十日前 *)
 *            | [ "至少" ] , "提前" , [ "至少" ] , ( duration , [ clock ] , [ window ] | number , range , duration ) ;
 *                                          (* no event: the trigger; 前N日内 is an error at 内 (ambiguous) *)
 * beforeEvents = [ subject ] , [ "拟" ] , eventWords | anySubject , eventWords ;   (* anySubject: strict only, then
 *              前 and a number, or a number: 有效期届满前, 听证会举行15日前; an unknown unquoted word before 前 is an
 *              error at 前: 飞行前1日 (write “飞行”前1日) *)
 * window     = range , ( duration | number ) , [ clock ] , [ "期间" | "之间" | "内" | "以内" | "之内" ] ;
 *                                          (* the same unit, fewer units: 前90个工作日至30个工作日期间 *)
 * duration   = number , ( "个工作日" | "工作日" | "日" | "天" | "自然日" | "个月" | "年" | "周" | "个星期" | "星期" ) ;
 * eventClause= ( [ subject ] , [ "正式" ] , eventWords | anySubject , eventWords (* then a clause end *) | verbFirst ) ,
 *              [ "之日起" | "后的" | "后" | "之后" | "起" | "时起" ] , [ "," ] ;
 * verbFirst  = eventWords , anySubject , ( "之日起" | "后" | … ) ;  (* 作出行政处罚决定之日起: the object is the
 *              subject; strict reading only *)
 * anySubject = 1..20 characters, each a Chinese character (no numeral, no 每) or 《 》 ;   (* strict reading only:
 *              年度决算经县人大常委会批准后, 行政处罚决定作出之日起; tried when the listed subjects do not lead to an
 *              event followed by a clause end or a number *)
 * eventWords = eventWord , { ( "或" | "或者" | "和" | "及" | "、" ) , eventWord } ;   (* at most 10 words *)
 * eventWord  = "印发" | "出台" | "制定出台" | "发布"                     (* issuance *)
 *            | "公开" | "公布" | "公开发布"                             (* publication: 与文件公开时发布 *)
 *            | "形成" | "产生" | "变更" | "更新" | "修订"
 *            | "收到申请" | "收到" | "批复" | "批准" | "实施" | "施行" | "舆情产生" | "舆情发生"
 *            | "制发" (* issuance *) | "审定" (* approval *) | "作出" | "做出" | "制作" | "获取" (* formation *)
 *            | "受理" | "签收" (* receipt *)
 *            | "会议召开" | "召开" | "举行" | "举办" (* meeting *) | "届满" | "期满" | "到期" (* expiry *)
 *            | ( "“" , name , "”" | '"' , name , '"' | "「" , name , "」" ) ;   (* name: 1..40 characters *)
 * subject    = "信息" | "文件" | "政策" | "政策文件" | "政策性文件" | "规划" | "预算" | "决算" | "方案" | "解读"
 *            | "解读材料" | "政府信息" | "规范性文件" | "有效期" | "任期" | "会议" | …
 *            | "“" , 1..40 characters , "”" ;   (* quoted: before an event word or a quoted event *)
 *              (* a subject or anySubject is kept on the deadline (Annotated), without a trailing 正式, 依法 or 经 *)
 * with       = [ subject ] , ( "与" | "和" | "随" ) , [ subject ] , [ eventWords ] , [ "时" | "起" ] , [ "同时" | "同步" ]
 *            | [ subject ] , [ eventWords ] , ( "同时" | "同步" ) ;  ( then ) [ "时间跨度" ] , "不超过" , number , "个工作日" ;
 * recurring  = ( "每" | "按" ) , ( "年" | "年度" ) , [ "的" ] , number , [ "月" , [ "底" | "末" ] ] ,
 *              { ( "、" | "," | "和" | "及" ) , number , [ "月" , [ "底" | "末" ] ] } ;   (* 2..12 months, the last with
 *              月, no day after: 每年6月和12月 is {@code by end of month 6; by end of month 12} *)
 *            | [ "定期" ] , [ "至少" ] , ( "每" | "按" ) , period , [ anchor ] , [ "前" | "之前" | "以前" ] , [ "定期" ] ,
 *              [ verb ] , [ count ]                        (* anchor only after a period without a due day *)
 *            | barePeriod , afterEnd , [ "前" | "之前" | "以前" ] , [ verb ] , [ count ]
 *            | ( "年内" | "全年" | "年度内" ) , [ verb ] , count ;
 * period     = "月" , [ "的" ] , [ number , ( "日" | "号" ) | "上旬" | "中旬" | "下旬" | "月底" | "月末" | "底" | "末" ]
 *            | ( "季度" | "季" | "半年" | "半年度" | number , "个月" ) , [ [ "的" ] , periodMonth , number , ( "日" | "号" ) ]
 *              , [ "末" | "底" ]                     (* N个月: 1, 2, 3, 4, 6, 12, or 24, 36, … 120 *)
 *            | number , ( "年" | "年度" )               (* 每两年, 每5年: 1..10 years, 12N months *)
 *            | ( "年" | "年度" ) , [ "的" ] , [ number , { "、" , number } , "月" , number , ( "日" | "号" )
 *                                  | number , "月" , [ "底" | "末" | "份" | "上旬" | "中旬" | "下旬" ]
 *                                  | ( [ "第" ] , number(1..4) , ( "季度" | "季" ) | "上半年" | "下半年" ) , [ "末" | "底" ] ] ;
 *              (* 每年12月, 每年3月上旬, 每年一季度末前: due at that month's end, 10th or 20th, or the part's end;
 *                 not 每年12月前, which may mean before December *)
 * periodMonth= "首月" | "第一个月" | "第" , number , [ "个" ] , "月" | "末月" | "最后一个月" ;
 * anchor     = [ "的" ] , ( workingDay | afterWord , afterEnd | nextMonth
 *                      | [ subject6 ] , ( "于" | "在" | "应于" | "应在" | "须于" ) , nextMonth ) ;
 * subject6   = 1..6 characters, each a Chinese character (no numeral, no 每) or 《 》 ;   (* 每月数据于次月5日前: dropped *)
 * afterWord  = "结束后" | "结束之后" | "终了后" | "终了之后" | "期满后" | "之后" | "以后" | "后" ;
 * afterEnd   = [ "的" ] , ( nextMonth | number , ( "个工作日" | "工作日" | "日" | "天" | "自然日" | "个自然日" | "个月" ) ,
 *              [ "内" | "以内" | "之内" ] ) ;     (* 1..366 days, 1..250 working days, 1..12 months *)
 * nextMonth  = ( "次月" | "下月" | "下个月" | "下一个月" | "下一月" ) , [ "的" ] , number , ( "日" | "号" ) ;
 * workingDay = ( "第" , number | "前" , number ) , ( "个工作日" | "工作日" ) , [ "内" | "以内" | "之内" ]   (* N 1..15 *)
 *            | "首个工作日" | "最后" , ( "一" | "1" ) , ( "个工作日" | "工作日" )
 *            | "倒数第" , number , ( "个工作日" | "工作日" ) ;
 * barePeriod = "季后" | "季度后" | "季度结束后" | "季度终了后" | "月后" | "月结束后" | "月度结束后" | "月度终了后"
 *            | "半年度结束后" | "半年度终了后" | "年度结束后" | "年度终了后" ;   (* not after a numeral or one of
 *              个 第 本 上 下 次 当 该 首 末 每 近 去 明 今 同 前: 3个月后 is no period *)
 * verb       = "公开" | "发布" | "更新" | "解读" | "报送" | "通报" | "开展" | "召开" | "组织" | "听取" | … ;
 * count      = ( "不少于" | "至少" | "不低于" ) , [ verb ] , number , [ ( "—" | "至" ) , number ] , [ measure ] , [ "以上" ]
 *            | number , measure , "以上" | number , "次" ;
 * measure    = "次" | "篇" | "条" | "期" ;                    (* 期, an issue, is read as 次 *)
 * weekly     = [ "定期" ] , [ "至少" ] , ( "每" | "按" ) , [ number ] , ( "周" | "星期" | "个星期" ) ,   (* 1..52 weeks *)
 *              [ weekday | [ "的" | "," ] , ( "周" | "星期" ) , weekday ] , [ verb ] , [ count ] ;
 *                        (* 每周五前, 每周五下班前, 每2周周五前, 每两周的周五前, 每周，周五前; a weekday right
 *                           after the first 周 only for one week: 每两周五前 is an error *)
 * weekday    = ( "一" | "二" | "三" | "四" | "五" | "六" | "日" | "天" ) , [ "下班" ] , [ "前" | "之前" | "以前" ] ;
 *                        (* not when a measure or a numeral follows: 每周一次 is once a week, 每周五篇 five articles *)
 * freshness  = "超过" , number , ( "天" | "日" | "周" ) , "未更新"
 *            | "每" , [ number ] , ( "天" | "日" | "自然日" ) , [ "至少" ] , [ "更新" ] , [ "一次" ] ;   (* 每7天至少更新一次 *)
 * open       = ( "长期" | "长期坚持" | "长期有效" | "持续推进" | "持续开展" | "持续" | "常态化" | "常年" | "定期" ) , [ verb ]
 *            | ( "及时" | "实时" | "随时" | "适时" | "不定期" | "即时" | "动态" ) , [ verb ]       (* per event *)
 *            | [ subject ] , eventWords , ( "后" | "时" ) , [ "按相关程序" ] , [ "及时" | … ] , [ "公开" | "解读" | … ] ;
 * </pre>
 * Alternatives are tried in the order of {@code single}; one is accepted only when it reaches the end of the input,
 * a separator or 并; 前后 right after a deadline (6月底前后) is an error at 前后. Nothing is guessed: impossible dates (2021年2月30日, 13月, 2021.13.01), periods that do not
 * divide a year (每5个月, 每18个月, 每十一年), weekdays that do not exist (每周八), months outside their period
 * (每季度第四个月), ranges that end before they start (2021年9月至6月, 2021年12月至2月: write 次年) and the ambiguous
 * "N月前" are errors. Every rule reads a bounded number of characters at a
 * position, so parsing stays linear in the input (see Limits).
 *
 * <h2>Lenient mode</h2>
 * {@link dev.shixian.deadline.Deadline#parseLenient} reads a cell or a sentence that holds a time limit among other
 * text, and returns the deadline with every span of text it ignored. It never invents a date:
 * <ul>
 * <li>A text that is a time limit strictly is read exactly as {@link dev.shixian.deadline.Deadline#parse} reads it,
 *     with nothing ignored (a cell 20个工作日内 is {@code 20 working days}, counted from the context's trigger).
 * <li>In any other text a bare duration — a number and a unit with neither an event (印发后, 形成之日起, 收到申请之日起)
 *     nor 每 — is not a time limit: 一般两个月安排一次 is not "2 months after an event", and 两年 in 近两年 is nothing.
 *     With an event (印发后两个月内) or 每 (每两个月安排一次) the duration is read.
 * <li>No duration, year or date is read out of a longer word: a number is skipped whole, and a period named relative
 *     to another (上一年度, 下一年度, 上年度, 次年, 去年, 当年, 上月, 次月 …) is skipped whole together with a date right
 *     after it (上月10日前 is a day of the month before, which the model cannot hold) — unless a year relative to the
 *     plan's begins a complete time limit, which is read in that year (各部门于次年1月31日前报送 gives {@code by 01-31
 *     next year}). A relative year alone names no time limit: 上一年度的报告 has no due date, and no date of the
 *     plan's year is read from 次年1月底后. 年度 and 本年度 alone name no time limit (年度内 and 本年度内 do: the end
 *     of the year).
 * <li>A time limit is not taken when the words right after it change what it means: 起, 开始, 后, 之后, 以后, 以来,
 *     结束, 最后, 第, 首月, 末月, or a weekday after 周 (2021年7月1日起 is a start, 6月底后 is after the date,
 *     每季度结束后两周内 counts weeks from the quarter's end, which the model does not hold, 每月最后三个工作日 is a
 *     span of working days, 印发后2周五前 names a weekday, not 2 weeks):
 *     the reader goes on as if there were none, rather than give a wrong date.
 * <li>When no time limit is found it fails like strict mode: a
 *     {@link dev.shixian.deadline.DeadlineParseException} with the strict reading's index and expectation.
 * </ul>
 * <p>The rule for a sentence: the text is read left to right; at each position the longest complete time limit that
 * begins there (after prefixes such as 应当在, and with its fillers) is taken, and reading goes on after it, so no
 * fragment of a time limit already read becomes a time limit of its own; a time limit whose next words change its
 * meaning is not taken (above), so a longer one beginning inside it wins (6月底前公开后3个工作日内 is {@code 3 working
 * days after publication}, 6月底前 ignored); a position where none begins is ignored.
 * Every time limit so found is a part (a {@link dev.shixian.deadline.Multiple} when there are several), and every
 * ignored character belongs to an ignored span. Example: 县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门
 * 提交本部门上一年度政府信息公开工作年度报告并向社会公布 gives {@code yearly by 01-31}, ignoring 县级以上人民政府部门 and
 * the rest of the sentence after the date (上一年度 included), not {@code 1 year}.
 *
 * <p>Rate on the collected phrases (the tests' real-world and seed phrases, 333 distinct texts, some collected as
 * errors strict mode must report): 295 give a deadline strictly (and the same one leniently, nothing ignored); 14 more
 * give a deadline only leniently, each with its ignored spans (an unknown subject or action, a note, a scope); 24 are
 * refused by both readings (impossible dates, backward ranges, 前后, bad hours, periods over ten years, weekdays after
 * a duration, spans of working days, words that name no time). The test {@code LenientRateTest} asserts these
 * numbers.
 *
 * <h2>Choices where the rule book is silent</h2>
 * Each is documented here and, where it affects dates, is a {@link dev.shixian.deadline.DeadlinePolicy}:
 * <ul>
 * <li>Fixed dates and period ends do not roll forward (policies {@code rollFixedDates}, {@code rollPeriodEnds}).
 * <li>"日" means calendar days (policy {@code calendarDaysAsWorkingDays}).
 * <li>及时 has no due date unless the policy names a default ({@code promptDefault}, e.g.
 *     {@link dev.shixian.deadline.DeadlinePolicy#STATUTORY_PROMPT_DEFAULT}).
 * <li>"持续推进，2021年底前完成" is a {@link dev.shixian.deadline.Multiple} of both parts: nothing is dropped; the
 *     ongoing part resolves to no due, the dated part to its date.
 * <li>A bare year (到2023年, 2021年) is the end of that year; 定期 alone is ongoing; 每季度一次 is the same as 每季度.
 * <li>With several events (形成或变更), the latest date given for any of them counts; otherwise the trigger.
 * <li>A deadline with no event (3个工作日内) counts from the context's trigger.
 * <li>Recurring periods are aligned on January; the first period is the one containing the window start, in full
 *     (its due date may precede the window), and so does the last, even when its due date falls after the window
 *     (每季度结束后15日内 in a 2021 window is due 2022-01-17 for 2021-Q4); a due day past a short month's end is that
 *     month's last day.
 * <li>Periods of several years (每两年, 每三年, 每五年, 每2年一次: {@code every 2 years}, 2–10 years) start on 1 January
 *     of the window's start year, the plan's year (policy {@code yearsFromPlanYear}): no calendar of such periods
 *     exists. Each is due on its last day (每两年 in a 2021 plan: 2021–2022, due 2022-12-31); the last period counts in
 *     full like the first; no due day. 两年一次 without 每 is not read: a bare duration is not a period (lenient
 *     mode, above).
 * <li>A freshness rule counts calendar days from the last update ({@link dev.shixian.deadline.Event#CHANGE} or the
 *     trigger), like N日内.
 * <li>每周, 每周一次, 每两周 are calendar weeks ({@link dev.shixian.deadline.Weekly}), Monday to Sunday (ISO 8601),
 *     due on the period's Sunday (policy {@code isoWeeks}); a period of several weeks is aligned on the Monday of the
 *     week containing the window's start, and the first and last periods count in full (policy
 *     {@code weeksFromPlanStart}). A weekday (每周五前, 每周五下班前 — the day, not the hour; 每2周周五前 in the last
 *     week of the period) is a given day: it does not roll unless {@code rollFixedDates}; the Sunday of a period
 *     rolls only under {@code rollPeriodEnds}. 每周一次 is once a week, 每周一前 and 每周一更新 are Monday. A number of
 *     days (每7天, 每7日至少更新一次, 超过7天未更新, 超过两周未更新) stays a freshness rule.
 * <li>A range (2021年9月至12月, 2021年11月—12月, 3—6月, 2021—2023年, 2021年7月1日至9月30日) is due at its end: the
 *     start only says when work may begin (policy {@code rangeDueAtEnd}). An end without a year takes the start's
 *     year (次年1月至3月: March of the year after the plan's); a relative year in the end counts from the start's
 *     year when the start has a year number (policy {@code rangeEndYear}) (2021年12月至次年2月 is due 2022-02-28), from the plan's year otherwise
 *     (12月至次年2月: {@code by end of month 2 next year}); 上一年度12月至次年2月 (次年 of which year?) is an error.
 *     An end before the start is an error, also when it could be the next year (2021年12月至2月: policy
 *     {@code rangeEndNotGuessed}; write 2021年12月至次年2月 or 2021年12月至2022年2月). 上中旬 and 中下旬 are ranges of
 *     thirds of a month, due at the end of the later one.
 * <li>A range may start now or at an event (即日起至年底, 从即日起到12月底, 现在起至9月底, 自印发之日起至2021年底,
 *     自本方案印发之日起至年底): it is due at its end, like every range, and the start is dropped (policy
 *     {@code openStartDropped}): the model has no start date, and the start does not change the due date, so
 *     {@code toString()} prints the end alone ({@code by end of year}).
 * <li>A year relative to the plan's (docs/RULES.md §3) is part of the value: 次年1月31日前 is
 *     {@link dev.shixian.deadline.FixedDate#relative(int, java.time.MonthDay)} {@code by 01-31 next year}, due
 *     2022-01-31 in a 2021 plan; 上一年度12月底前 is {@code by end of month 12 previous year}, due 2020-12-31. Only
 *     the year before and the year after are held (前年, two years before, is not read); 当年, 本年度, 今年 are the
 *     plan's year, the same value as no year (当年12月底前 equals 12月底前).
 * <li>每月上旬 / 中旬 / 下旬 are due on the 10th, the 20th and the month's last day, as 11月上旬 etc. (§3).
 * <li>每季度首月10日前 (首月, 第N个月, 末月, 最后一个月 of each quarter, half-year or N months) is due on that day of
 *     that month of every period; 每年3月底前 is due on 03-31 every year, and 每年2月底前 prints as {@code yearly by
 *     02-29}, which a short February cuts to the 28th like every due day past a month's end.
 * <li>A deadline followed by an action of unknown words (12月底前完成建设并投入使用, 6月30日前完成自查) is an error in
 *     strict mode: after a deadline only fillers are read, and those are disclosure verbs (完成, 公开, 发布, 报送, 解读,
 *     更新, 答复, 予以公开 …), never the object of the work. {@link dev.shixian.deadline.Deadline#parseLenient} gives
 *     the deadline and reports the action as ignored text.
 * <li>并 joins two deadlines like a separator (2021年12月底前完成并长期坚持 is {@code by end of 2021-12; ongoing}).
 * <li>A basis clause (按要求, 根据工作进度, 按照有关规定) is read and dropped: it names no date. Bare words that name no
 *     time (尽快, 按时, 另行通知, 视情况而定) are errors at index 0.
 * <li>A label that ends in a wrapper word (办理时限：, 完成期限：, 公开时间：) is a wrapper, not a label.
 * <li>A subject before an event (政策性文件正式印发后, 年度决算经县人大常委会批准后, 行政处罚决定作出之日起) is kept on the
 *     deadline ({@link dev.shixian.deadline.Annotated#subject()}) without the adverbs 正式, 依法 and 经 that may end
 *     it; it does not change the counting (docs/RULES.md §2.10). The lenient reader keeps only listed subjects
 *     (信息, 文件, 政策性文件 …): it reports others as ignored text and reads the event after them.
 * <li>Event verbs map onto the built-in events: 制发 is issuance; 审定 is approval; 作出 (a decision made), 制作 and
 *     获取 are formation (条例 2007 第二条: information is what an organ 制作或者获取; a decision is information formed
 *     when it is made); 受理 and 签收 are receipt (the day the unit has the application or document in hand).
 * <li>An action after a time limit is kept on the deadline ({@link dev.shixian.deadline.Annotated#action()}) when
 *     it is made of known words: 予以公开, 一次性告知申请人, 告知申请人, 及时更新, 及时公开, 及时发布, 发布公告, 报送, 上报 …; a
 *     report to an addressee ending in 办, 办公室, 局, 委, 部门, 政府, 中心, 单位, 领导小组 or 申请人 (并报县政务公开办); 向,
 *     whom, and a verb (向社会公布); a note after a comma, 保持最新 or 确保最新; or any text in quotation marks
 *     (“向社会发布公告”). Words that only say the task is done (完成, 全面完成, 完毕, 办结, 到位, 落实, 实现) are not kept:
 *     2021年12月底前完成 is {@code by end of 2021-12}. 各一次 says how often, not what, and is not kept. Any other
 *     action is still an error at its index (6月30日前完成自查).
 * <li>的 between a period word and a date (每年的6月30日前, 每月的10日前, 每季度的第一个月10日前) is dropped. 原则上,
 *     应当在, 应当于, 最迟应在, 最迟应于 are prefixes. 前后 (around a date) is an error: it says neither before nor after.
 * <li>An hour on a date (12月31日24时前, 2021年6月30日17:00前, 每周一9:30前, 每月3日下午16:30前) is dropped: deadlines
 *     are days, and the due date is the day itself; 24时 is the end of that day, not the start of the next. A clock time's colon (17:00) never ends a
 *     label.
 * <li>期 (an issue of a bulletin) counts as 次: 全年不少于4期 is {@code yearly, at least 4 times}.
 * <li>A list names its year once: a date or period end without a year that follows a dated one after an enumeration
 *     comma (、 or ，) or 和 alone, and falls later in that year, takes its year (absolute or relative): 2022年6月、12月底前
 *     is {@code by end of 2022-06; by end of 2022-12}, 次年1月、4月底前 both in the next year. One that falls earlier
 *     (2021年11月底前、3月底前), one after ； or 。, and a labelled part keep the plan's year (policy {@code listYear});
 *     lenient reading applies the same rule to the time limits it finds.
 * <li>A list of periods followed by 各一次 (上半年、下半年各报送一次; all four quarters) is the recurring deadline it
 *     spells ({@code half-yearly}, {@code quarterly}): the same due dates, once in each. Any other list, with or
 *     without 各一次 (6月底前、12月底前各一次), is its parts. 每年6月和12月 is the month ends as parts ({@code by end
 *     of month 6; by end of month 12}): one recurring deadline cannot hold June 30 and December 31 (one due day).
 * <li>A period's end is the event of a count after it (docs/RULES.md §2.8): 每季度结束后15日内 is {@code quarterly,
 *     15 days after the end}, counted from the quarter's last day as §2.2 counts from an event (calendar days and
 *     months rolled forward, working days counted; 日 as working days under {@code calendarDaysAsWorkingDays});
 *     结束后, 终了后, 期满后 and a bare 后 after 每季度 mean the same. 季后, 月后, 年度终了后 without 每 are read only
 *     before such a count or 次月N日 and not after a numeral or a relative word (3个月后 counts from an event); 年后
 *     and 半年后 are not read (the New Year, half a year later). Counts after an end are 1–366 days, 1–250 working
 *     days or 1–12 months; weeks and years after an end are not read. The due belongs to its period: the 2021-Q1
 *     obligation is due 2021-04-15 and keeps the id 2021-Q1.
 * <li>次月10日前 after a period (每季度结束后次月10日前, 每季度次月10日前) is the 10th of the month after the period, a
 *     fixed date (§3) that rolls only with {@code rollFixedDates}; N日前 right after 结束后 (月后10日前) is a count
 *     of N days, not a day of the month. A short subject between the period and 于次月 (每月数据于次月5日前报送) is
 *     read and dropped, as a subject before an event is.
 * <li>Working days of a period: 第一个工作日 and 首个工作日 are working day 1; 前5个工作日内 and 第5个工作日前 are
 *     working day 5; 最后一个工作日 is the last, 倒数第2个工作日 the second last; N is 1–15 (every month under the
 *     notices 2004–2026 has at least 16 working days). 最后N个工作日 for N above 1 (a span, not a day) is not read.
 * <li>A time limit before an event (事前期限, docs/RULES.md §2.7) counts back from the event, the event's day not
 *     counted: N个工作日 is the N-th working day before it; N日, N周, N个月 and N年 the date that many days, weeks,
 *     months or years earlier (a month without the day: its last day), moved BACK to the previous working day when
 *     it is not one (policy {@code rollBackBeforeEvent}); with {@code calendarDaysAsWorkingDays} 日 counts working
 *     days here too. A window (前90个工作日至30个工作日期间) opens and closes by the same rules; the due date is its
 *     closing and {@link dev.shixian.deadline.Due#period()} the closed range (policy {@code windowBeforeEvent}). With no event (提前15天) the trigger is
 *     the event (policy {@code contextTrigger}).
 * <li>Before an event, 前N日内 is an error at 内 (policy {@code beforeWithinRefused}): it may mean "by N days
 *     before" or "within the N days before"; write 前N日 or a window. 前N日 without an event or 提前 is not read (每月前3个工作日 names the first working days of a
 *     month). An unknown unquoted word before 前 (飞行前1日) is an error at 前, not guessed to be an event; a quoted
 *     name (“飞行”前1日) is a rule-set event, and 拟 before it is dropped. "Event N日前" (有效期届满三十日前, 听证会举行15日前)
 *     is N days before the event, not after it. An hour after the count (前1日12时前) is dropped: the day itself.
 * <li>会议召开, 召开, 举行, 举办 are {@link dev.shixian.deadline.Event#MEETING}; 届满, 期满, 到期 are
 *     {@link dev.shixian.deadline.Event#EXPIRY} (期满后15日内 counts after it); 有效期, 任期 and 会议 are subjects.
 * <li>Not read (errors in strict mode): periods longer than ten years (每十一年), months relative to another
 *     (上月10日前), a relative year alone (上一年度), an open start without an end (自即日起).
 * </ul>
 */
package dev.shixian.deadline;
