/**
 * Time limits (完成时限, 时限要求) of government-affairs-openness work plans as values, and their resolution to due
 * dates on a working-day calendar, as SEMANTICS.md §2–§6 say.
 *
 * <p>{@link dev.shixian.deadline.Deadline} is a sealed interface of records; {@code Deadline.parse} reads the
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
 * part       = [ "label" , string , ":" ] , single ;         (* Labelled *)
 * single     = fixed | periodEnd | after | with | recurring | freshness | open ;
 * fixed      = "by" , ( yyyy "-" mm "-" dd | mm "-" dd ) ;  (* by 2021-11-15, by 11-15 *)
 * periodEnd  = "by end of" , ( "year" | yyyy | yyyy "-" mm | "month" , n
 *                            | [ yyyy "-" ] , ( "Q" , n | "H" , n ) )
 *            | "by" , ( "early" | "mid" | "late" ) , ( yyyy "-" mm | "month" , n ) ;
 * after      = n , unit , [ "after" , events ] ;             (* no event: the context's trigger *)
 * unit       = "working day" | "working days" | "day" | "days" | "month" | "months" | "year" | "years" ;
 * with       = ( "with" , events | "simultaneously" ) , [ "," , "within" , n , ( "working day" | "working days" ) ] ;
 * recurring  = frequency , [ "by" , ( "day" , n , [ "of months" , n , { "," , n } ] | mm "-" dd ) ] ,
 *              [ "," , "at least" , n , [ measure ] ] ;
 * frequency  = "monthly" | "quarterly" | "half-yearly" | "yearly" | "every" , n , ( "month" | "months" ) ;
 * measure    = "time" | "times" | "article" | "articles" | "item" | "items" ;
 * freshness  = "every" , n , ( "day" | "days" ) ;
 * open       = "ongoing" | "per event" , [ "after" , events ] ;
 * events     = event , { "or" , event } ;
 * event      = "issuance" | "formation" | "change" | "receipt" | "approval" | "implementation"
 *            | "public-opinion" | string ;                   (* a rule-set event, Event.of(name) *)
 * string     = '"' , { character | '\"' | '\\' } , '"' ;
 * </pre>
 * Examples: {@code by end of 2021-Q3}, {@code 20 days after formation or change}, {@code with issuance, within 5
 * working days}, {@code quarterly by day 8 of months 1, 4, 7, 10}, {@code every 2 months, at least 1 article},
 * {@code yearly by 01-31}, {@code every 14 days}, {@code per event after public-opinion},
 * {@code label "最新规划": 20 days after formation; label "历史规划": by end of month 9}.
 *
 * <h2>Chinese grammar</h2>
 * A copy of the input is NFKC-normalised (full-width digits and punctuation become half-width); error indexes refer
 * to the original input. Spaces are ignored. Numbers are Arabic or Chinese (三, 二十, 一百二十, 两, 二〇二一).
 * <pre>
 * phrase     = [ wrapper , [ ":" ] ] , part , { separator , part } , [ separator ] ;
 * wrapper    = "完成时限" | "时限要求" | "完成时间" | "时限" | "期限" | … ;
 * separator  = "。" | "；" | "，" | "、" | "." ;
 * part       = [ label , ":" ] , { prefix } , single , { filler } ;
 * prefix     = "最迟" | "截至" | "截止" | "于" | "在" | "到" | "至" | "自" | "从" | "力争" | "确保" | … ;
 * filler     = "前" | "之前" | "以前" | "内" | "以内" | "之内" | "为止" | "完成" | "完成公开" | "公开" | "发布"
 *            | "按相关程序" | … ;
 * single     = open | freshness | recurring | with | dated | after ;
 * dated      = year , ( "底" | "末" | "年底" | "内" | "度" | "全年" | half | quarter | month | ε )
 *            | "年底" | "年末" | "年内" | "全年" | "本年度内" | half | quarter | month ;   (* ε: 到2023年 *)
 * year       = number(4 digits) , "年" ;
 * half       = ( "上半年" | "下半年" ) , [ "末" ] ;
 * quarter    = [ "第" ] , number(1..4) , ( "季度" | "季" ) , [ "末" | "底" ] ;
 * month      = number(1..12) , "月" , ( number , ( "日" | "号" ) | "底" | "末" | "上旬" | "中旬" | "下旬" | "份" | ε ) ;
 * after      = [ eventClause ] , number , ( "个工作日" | "工作日" | "日" | "天" | "自然日" | "个月" | "年" | "周" ) ;
 * eventClause= [ subject ] , [ "正式" ] , eventWords , [ "之日起" | "后的" | "后" | "之后" | "起" | "时起" ] , [ "," ] ;
 * eventWords = eventWord , { ( "或" | "和" | "及" | "、" ) , eventWord } ;
 * eventWord  = "印发" | "出台" | "制定出台" | "发布" | "公开" | "公布" | "形成" | "产生" | "变更" | "更新" | "修订"
 *            | "收到申请" | "收到" | "批复" | "批准" | "实施" | "施行" | "舆情产生" | quoted name ;
 * subject    = "信息" | "文件" | "政策" | "规划" | "预算" | "决算" | "方案" | "解读" | "规范性文件" | … ;
 * with       = [ subject ] , ( "与" | "和" | "随" ) , [ subject ] , [ eventWords ] , [ "时" | "起" ] , [ "同时" | "同步" ]
 *            | [ subject ] , [ eventWords ] , ( "同时" | "同步" ) ;  ( then ) [ "时间跨度" ] , "不超过" , number , "个工作日" ;
 * recurring  = [ "定期" ] , ( "每" | "按" ) , ( "月" , [ number , "日" ] | "季度" | "半年" | "年"
 *              | "年" , number , { "、" , number } , "月" , number , "日" | number , "个月" ) , [ "前" ] , [ count ]
 *            | ( "年内" | "全年" | "年度内" ) , count ;
 * count      = ( "不少于" | "至少" | "不低于" ) , [ verb ] , number , [ ( "—" | "至" ) , number ] , [ measureWord ] , [ "以上" ]
 *            | number , measureWord , "以上" | number , "次" ;
 * freshness  = "超过" , number , ( "天" | "日" | "周" ) , "未更新" | "每" , number , ( "天" | "日" | "周" ) , [ "至少更新一次" ] ;
 * open       = "长期" | "长期坚持" | "持续推进" | "持续" | "常态化" | "常年" | "定期"                 (* ongoing *)
 *            | "及时" | "实时" | "随时" | "适时" | "不定期" | "即时" | "动态"                    (* per event *)
 *            | [ subject ] , eventWords , ( "后" | "时" ) , [ "按相关程序" ] , [ "及时" | … ] , [ "公开" | … ] ;
 * </pre>
 * Alternatives are tried in the order of {@code single}; one is accepted only when it reaches the end of the input
 * or a separator. Nothing is guessed: impossible dates (2021年2月30日, 13月), periods that do not divide a year
 * (每5个月) and the ambiguous "N月前" are errors.
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
 *     (its due date may precede the window); a due day past a short month's end is that month's last day.
 * <li>A freshness rule counts calendar days from the last update ({@link dev.shixian.deadline.Event#CHANGE} or the
 *     trigger), like N日内.
 * </ul>
 */
package dev.shixian.deadline;
