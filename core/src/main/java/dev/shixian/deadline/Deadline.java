package dev.shixian.deadline;

import dev.shixian.deadline.internal.DeadlineParser;
import java.util.List;
import java.util.Objects;

/**
 * A time limit (完成时限, 时限要求) of a task in a work plan, as an immutable value.
 *
 * <p>A deadline is one of a closed set of kinds, each an immutable value (a record, or a final class where an
 * optional year must not appear in a constructor) validated when it is made:
 * <ul>
 * <li>{@link FixedDate} — a fixed date (期日), with or without a year, or in a year relative to the plan's:
 *     {@code by 2021-11-15} (2021年11月15日前), {@code by 01-31 next year} (次年1月31日前);
 * <li>{@link PeriodEnd} — the end of a month, quarter, half-year or year, or of 上旬/中旬/下旬:
 *     {@code by end of 2021-06} (2021年6月底前);
 * <li>{@link AfterEvent} — a period after a named event (期间): {@code 3 working days after issuance}
 *     (印发后3个工作日内);
 * <li>{@link BeforeEvent} — a time limit before a named event (事前期限): {@code 5 days before meeting} (会议召开前5日),
 *     {@code between 90 and 30 working days before expiry} (届满前90个工作日至30个工作日期间);
 * <li>{@link WithEvent} — simultaneous with an event (同时, 同步): {@code with issuance} (与印发同时);
 * <li>{@link Recurring} — a periodic obligation: {@code quarterly} (每季度一次), {@code monthly by day 10} (每月10日前),
 *     {@code every 2 years} (每2年一次);
 * <li>{@link Weekly} — a weekly obligation in calendar weeks: {@code weekly} (每周一次), {@code weekly by Friday}
 *     (每周五前), {@code every 2 weeks} (每2周一次);
 * <li>{@link Freshness} — at least one completion every N days: {@code every 14 days} (每14日至少更新一次);
 * <li>{@link OpenEnded} — ongoing (长期) or per event without a fixed period (及时);
 * <li>{@link Annotated} — a time limit with its subject and action as written:
 *     {@code 5 working days after issuance, subject "政策性文件", action "予以公开"} (政策性文件印发后5个工作日内予以公开);
 * <li>{@link Labelled} and {@link Multiple} — several labelled deadlines for one task.
 * </ul>
 *
 * <p>Every deadline prints a canonical English form with {@link Object#toString() toString()} and a canonical
 * Chinese form with {@link #toChinese()}; {@link #parse(CharSequence)} reads both back, so
 * {@code Deadline.parse(d.toString()).equals(d)} and {@code Deadline.parse(d.toChinese()).equals(d)}. The grammar
 * is in the package documentation. The parser also reads the Chinese phrases found in real plans.
 *
 * <p>Example: on the official calendar, {@code Deadline.parse("印发后3个工作日内")} resolved with the event on
 * Thursday 2021-09-30 is due on Monday 2021-10-11 (Fri 10-08, adjusted Sat 10-09, Mon 10-11):
 * <pre>{@code
 * DeadlineContext ctx = DeadlineContext.of(calendar).withYear(Year.of(2021)).withTrigger(LocalDate.of(2021, 9, 30));
 * List<Due> dues = Deadline.parse("印发后3个工作日内").resolve(ctx);   // dues.get(0).dueDate() is 2021-10-11
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Deadline
        permits FixedDate, PeriodEnd, AfterEvent, BeforeEvent, WithEvent, Recurring, Weekly, Freshness, OpenEnded,
        Annotated, Labelled, Multiple {

    /**
     * Parses a deadline strictly from its canonical English form or a Chinese phrase. Full- and half-width forms,
     * Chinese numerals, stray spaces, wrappers (完成时限：) and fillers (前, 之前, 内, 完成) are accepted; all of the
     * text must be understood. Example: {@code parse("完成时限：2021 年 12 月底前")} is {@code by end of 2021-12}.
     *
     * <p>Only the characters listed in the package documentation ("Accepted characters") are read: any other, such
     * as Arabic-Indic digits or a zero-width space, is an error at its index. Numbers and values have the ranges
     * listed there ("Limits"): {@code parse("印发后613566757周内")} fails at index 3, and a phrase of more than 100
     * parts fails at the first part too many. There is no limit on the length of the text; the time taken is
     * linear in it.
     *
     * @param text  the text, not null
     * @return the deadline, not null
     * @throws DeadlineParseException if the text is not a deadline, with the index where reading failed and what
     *     was expected there
     */
    static Deadline parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return DeadlineParser.parse(text.toString());
    }

    /**
     * Parses the deadlines in a text, skipping text that is not part of one, and reports what was skipped.
     * Example: {@code parseLenient("检查于6月底完成。")} gives {@code by end of month 6} and ignores 检查 at index 0.
     *
     * <p>The same characters and limits apply as to {@link #parse(CharSequence)}: a character outside the accepted
     * set is an error at its index (it is not skipped, since dropping it could change the reading), as are a number
     * out of range inside a deadline and a 101st deadline. Each position of the text is tried once, so the time
     * taken is linear in the text (a 1 MB cell takes well under a second).
     *
     * @param text  the text, not null
     * @return the deadline and the ignored text, not null
     * @throws DeadlineParseException if no deadline is found in the text
     */
    static ParseResult parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return DeadlineParser.parseLenient(text.toString());
    }

    /**
     * The events this time limit counts from, in order (印发, 形成 or 变更 …): those an {@link AfterEvent},
     * {@link WithEvent} or per-event {@link OpenEnded} names; for {@link Labelled} and {@link Annotated} those of the
     * deadline within, for {@link Multiple} those of its parts, each once. Empty for a time limit that counts from no
     * named event (a fixed date, a period end, a recurring or ongoing obligation, or a count from the context's
     * trigger). Example: {@code Deadline.parse("形成或变更之日起20个工作日内").events()} is
     * {@code [formation, change]}.
     *
     * @return the events, not null, immutable
     */
    default List<Event> events() {
        return List.of();
    }

    /**
     * The canonical Chinese form, such as 印发后3个工作日内 or 2021年12月底前, which {@link #parse(CharSequence)}
     * reads back to an equal deadline.
     *
     * @return the Chinese form, not null
     */
    String toChinese();

    /**
     * Resolves this deadline to due dates in a context: one {@link Due} for a single deadline, one per period for a
     * recurring one, none for an open-ended one (unless the context's policy names a default for 及时), and for a
     * {@link Multiple} the dues of each part in turn. Example: {@code by end of 2021-06} gives one due on 2021-06-30;
     * {@code quarterly} in 2021 gives four, due 03-31, 06-30, 09-30 and 12-31.
     *
     * <p>This is {@link #resolveParts(DeadlineContext)} with every part required to be dated or open-ended. A date
     * a rule fixes that is not rolled forward (a fixed date, a period end) depends on no calendar day and is given
     * even outside the calendar's range; everything else the calendar must answer for (docs/RULES.md §1).
     *
     * @param context  the calendar, plan year, window, event dates and policy, not null
     * @return the dues in date order per part, not null, immutable
     * @throws DeadlineResolutionException if the context lacks the year, window or event date a part needs, if the
     *     resolution exceeds {@link DeadlineContext#MAX_WINDOW_YEARS} or {@link DeadlineContext#MAX_DUES}, or if
     *     the policy {@link DeadlinePolicy#requireSettled() requires settled days} and a due depends on one that is
     *     not
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar's range
     */
    default List<Due> resolve(DeadlineContext context) {
        return Resolver.resolve(this, Objects.requireNonNull(context, "context"));
    }

    /**
     * Resolves each part of this deadline, reporting instead of throwing what a part still lacks: one
     * {@link PartResolution} per part, in order (a single deadline has one part). A plan can be walked without
     * catching exceptions: a part is {@link PartResolution.Outcome#DATED DATED} with its dues,
     * {@link PartResolution.Outcome#AWAITING_EVENTS AWAITING_EVENTS} for events not yet dated,
     * {@link PartResolution.Outcome#OPEN_ENDED OPEN_ENDED} (长期, or 及时 without a policy default), or
     * {@link PartResolution.Outcome#NEEDS_YEAR NEEDS_YEAR} / {@link PartResolution.Outcome#NEEDS_WINDOW NEEDS_WINDOW}
     * when the context lacks them.
     *
     * <p>Example: {@code Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。")} in a context for 2021 with no
     * event dates gives two parts: 最新规划 awaiting formation, and 历史规划 dated 2021-09-30.
     *
     * @param context  the calendar, plan year, window, event dates and policy, not null
     * @return the parts' resolutions, in order, not null, immutable, never empty
     * @throws DeadlineResolutionException if the resolution exceeds {@link DeadlineContext#MAX_WINDOW_YEARS} or
     *     {@link DeadlineContext#MAX_DUES}, or the policy {@link DeadlinePolicy#requireSettled() requires settled
     *     days} and a due depends on one that is not
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar's range
     */
    default List<PartResolution> resolveParts(DeadlineContext context) {
        return Resolver.resolveParts(this, Objects.requireNonNull(context, "context"));
    }
}
