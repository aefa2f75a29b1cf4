package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.internal.Snippet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates the status of one obligation as of a date (督办状态计算) from its {@link ObligationTerms} and its
 * {@link ObligationRecord}s, on a working-day calendar and under a {@link SchedulePolicy}, exactly as docs/RULES.md
 * §6–§7 say.
 *
 * <h2>How</h2>
 * <ol>
 * <li>Every record is checked; bad ones (another obligation's, a pause that ends before it starts, a count below 1, a
 *     percent outside 0–100, an extension below 1 or over the cap, a record before the obligation's event or start,
 *     a pause, restart, extension or progress report on an obligation that cannot have one) are collected.
 * <li>The records are applied in date order; on one date: restarts (补正), pauses (征求意见), extensions (延期),
 *     completions, progress reports, not-applicable declarations (本单位无此项工作); then the order given. Records that
 *     contradict what came before (an extension approved after the due date it would extend or past the cap in all,
 *     a pause starting after the due date, a restart after completion, a completion and a not-applicable
 *     declaration of one obligation) are collected too. All records are checked, also those dated after the date
 *     evaluated, so the same records are accepted or refused whatever the date.
 * <li>If any record is bad, a {@link ScheduleRecordException} lists them all. Otherwise the status is computed from
 *     the records dated on or before the date T: a record dated after T does not exist as of T, so evaluating at a
 *     past date replays history.
 * </ol>
 *
 * <p>The effective due date D is the earliest date, not before the base due date (the original, or the recount after
 * the last restart), by which the working days counted from the start (the event, the span start, or the last
 * restart; not counted itself) outside every pause (overlapping pauses counted once) number those up to the base due
 * date plus the extensions: a pause moves D later by its working days, an extension by its own. For a period of N
 * working days this is the N-th working day outside the pauses, exactly as
 * {@code dev.shixian.deadline.DisclosureRequest} counts. The status then follows {@link DueStatus}: with L the
 * working days in (T, D], DUE_SOON when T ≤ D and L ≤ K, PENDING when L &gt; K, OVERDUE by the working days in
 * (D, T] when T &gt; D, DONE_LATE by those in (D, C]. No step walks the calendar day by day.
 *
 * <p>Example on the official calendar (docs/RULES.md §8 examples 8 and 11):
 * <pre>{@code
 * StatusEvaluator evaluator = StatusEvaluator.of(calendar);
 * evaluator.evaluate(ObligationTerms.dated("a", LocalDate.of(2021, 10, 11)), List.of(), LocalDate.of(2021, 10, 15))
 *     .workingDaysOverdue();                                            // 4 (Oct 12–15)
 * ObligationTerms reply = ObligationTerms.afterEvent("ysq-2024-017", LocalDate.of(2024, 3, 1),
 *     Deadline.parse("收到申请之日起20个工作日内"), DeadlineContext.of(calendar));   // due 2024-03-29
 * evaluator.evaluate(reply, List.of(Pause.of("ysq-2024-017", LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22))),
 *     LocalDate.of(2024, 4, 1)).dueDate();                            // 2024-04-15; status PENDING
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: any number of threads may evaluate with one instance.
 */
public final class StatusEvaluator {

    /** The time zone of "today" for government work in China: Asia/Shanghai (北京时间). */
    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Integer[] NONE = new Integer[0];
    private static final ObligationRecord[] NO_RECORDS = new ObligationRecord[0];
    private static final boolean[] NO_FLAGS = new boolean[0];

    private static final Comparator<ObligationRecord> SAME_DAY = Comparator.comparingInt(StatusEvaluator::rank);

    private final WorkingCalendar calendar;
    private final SchedulePolicy policy;

    private StatusEvaluator(WorkingCalendar calendar, SchedulePolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    /**
     * An evaluator on a calendar with the default policy. Example:
     * {@code StatusEvaluator.of(ChinaCalendar.official())}.
     *
     * @param calendar  the working-day calendar, not null
     * @return the evaluator, not null
     */
    public static StatusEvaluator of(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return new StatusEvaluator(calendar, SchedulePolicy.defaults());
    }

    /**
     * A copy with a policy. Example: {@code withPolicy(SchedulePolicy.defaults().withDueSoonWorkingDays(5))}.
     *
     * @param newPolicy  the policy, not null
     * @return the copy, not null
     */
    public StatusEvaluator withPolicy(SchedulePolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "newPolicy");
        return new StatusEvaluator(calendar, newPolicy);
    }

    /**
     * The calendar.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The policy.
     *
     * @return the policy, not null
     */
    public SchedulePolicy policy() {
        return policy;
    }

    /**
     * Today's date in China (北京时间), whatever the zone of the clock, the JVM or the server. Example: at
     * 2024-10-08T23:30Z it is already 2024-10-09 in Beijing; an OA server on UTC at 07:30 Beijing time must not
     * still be on yesterday.
     *
     * @param clock  the clock, not null
     * @return the date in Asia/Shanghai, not null
     */
    public static LocalDate todayInChina(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return LocalDate.ofInstant(clock.instant(), CHINA_ZONE);
    }

    /**
     * Evaluates as of today in China ({@link #todayInChina(Clock)}).
     *
     * @param terms  the obligation, not null
     * @param records  its records, in any order, not null, no null elements
     * @param clock  the clock, not null
     * @return the status, not null
     * @throws ScheduleRecordException if any record is bad, listing every bad record
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public ObligationStatus evaluate(ObligationTerms terms, Collection<? extends ObligationRecord> records,
            Clock clock) {
        return evaluate(terms, records, todayInChina(clock));
    }

    /**
     * Evaluates an obligation as of a date T. Example (docs/RULES.md §8 example 9): due 2024-09-30, no completion,
     * as of 2024-10-09: OVERDUE by 2 working days (Oct 8, 9), warning 黄.
     *
     * @param terms  the obligation, not null
     * @param records  its records, in any order, not null, no null elements; all must be for {@code terms.id()}
     * @param asOf  the date T, not null
     * @return the status as of T, not null
     * @throws ScheduleRecordException if any record is bad, listing every bad record
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public ObligationStatus evaluate(ObligationTerms terms, Collection<? extends ObligationRecord> records,
            LocalDate asOf) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        ObligationRecord[] rs = records.isEmpty() ? NO_RECORDS : records.toArray(NO_RECORDS);
        List<ScheduleRecordException.Problem> problems = null;
        boolean[] bad = rs.length == 0 ? NO_FLAGS : new boolean[rs.length];
        for (int i = 0; i < rs.length; i++) {
            ObligationRecord r = Objects.requireNonNull(rs[i], "records[" + i + "]");
            String reason = check(terms, r);
            if (reason != null) {
                problems = add(problems, new ScheduleRecordException.Problem(i, r, reason));
                bad[i] = true;
            }
        }
        Integer[] order = order(rs);
        Replay state = new Replay(calendar, policy, terms);
        Replay asOfState = null;
        for (Integer boxed : order) {
            int i = boxed;
            if (bad[i]) {
                continue;
            }
            ObligationRecord r = rs[i];
            if (asOfState == null && r.date().isAfter(asOf)) {
                asOfState = state.copy();
            }
            String reason = state.apply(r);
            if (reason != null) {
                problems = add(problems, new ScheduleRecordException.Problem(i, r, reason));
            }
        }
        if (problems != null) {
            problems.sort(Comparator.comparingInt(ScheduleRecordException.Problem::index));
            throw new ScheduleRecordException("obligation '" + Snippet.of(terms.id()) + "'", problems);
        }
        return (asOfState != null ? asOfState : state).status(asOf);
    }

    private static List<ScheduleRecordException.Problem> add(List<ScheduleRecordException.Problem> list,
            ScheduleRecordException.Problem p) {
        List<ScheduleRecordException.Problem> l = list != null ? list : new ArrayList<>();
        l.add(p);
        return l;
    }

    /** Indexes of the records in application order: date, then kind ({@link #rank}), then position. */
    private static Integer[] order(ObligationRecord[] rs) {
        if (rs.length == 0) {
            return NONE;
        }
        Integer[] order = new Integer[rs.length];
        for (int i = 0; i < rs.length; i++) {
            order[i] = i;
        }
        if (rs.length > 1) {
            Arrays.sort(order, (a, b) -> {
                int c = rs[a].date().compareTo(rs[b].date());
                if (c == 0) {
                    c = SAME_DAY.compare(rs[a], rs[b]);
                }
                return c != 0 ? c : Integer.compare(a, b);
            });
        }
        return order;
    }

    private static int rank(ObligationRecord r) {
        if (r instanceof Restart) {
            return 0;
        }
        if (r instanceof Pause) {
            return 1;
        }
        if (r instanceof Extension) {
            return 2;
        }
        if (r instanceof Completion) {
            return 3;
        }
        if (r instanceof Progress) {
            return 4;
        }
        return 5;
    }

    /** What is wrong with a record on its own, or null. */
    private String check(ObligationTerms terms, ObligationRecord r) {
        if (!r.obligationId().equals(terms.id())) {
            return "is for obligation '" + dev.shixian.internal.Snippet.of(r.obligationId()) + "', not '"
                    + dev.shixian.internal.Snippet.of(terms.id()) + "'";
        }
        List<String> reasons = null;
        ObligationTerms.Kind kind = terms.kind();
        boolean dated = kind == ObligationTerms.Kind.DATED;
        if (r instanceof Completion) {
            Completion c = (Completion) r;
            if (c.count() < 1) {
                reasons = reason(reasons, "counts " + c.count() + " items; a completion counts 1 or more");
            }
            if (kind == ObligationTerms.Kind.NOT_TRIGGERED) {
                reasons = reason(reasons, "the obligation's event has not occurred (NOT_TRIGGERED); a completion "
                        + "needs an occurrence of it");
            }
        } else if (r instanceof Pause) {
            Pause p = (Pause) r;
            if (p.toInclusive().isBefore(p.from())) {
                reasons = reason(reasons, "the pause ends on " + p.toInclusive() + ", before it starts on " + p.from());
            }
            if (!dated) {
                reasons = reason(reasons, notDated("a pause (征求意见)", kind));
            }
        } else if (r instanceof Restart) {
            if (!dated) {
                reasons = reason(reasons, notDated("a restart (补正)", kind));
            }
        } else if (r instanceof Extension) {
            Extension e = (Extension) r;
            int cap = policy.extensionCapWorkingDays();
            if (e.workingDays() < 1 || e.workingDays() > cap) {
                reasons = reason(reasons, "extends by " + e.workingDays() + " working days; expected 1 to " + cap
                        + " (条例第三十三条第二款)");
            }
            if (!dated) {
                reasons = reason(reasons, notDated("an extension (延期)", kind));
            }
        } else if (r instanceof Progress) {
            Progress p = (Progress) r;
            if (p.percent() < 0 || p.percent() > 100) {
                reasons = reason(reasons, "reports " + p.percent() + " %; expected 0 to 100");
            }
            if (!dated) {
                reasons = reason(reasons, notDated("a progress report (进度填报)", kind));
            } else if (terms.spanStart().isEmpty()) {
                reasons = reason(reasons, "the obligation has no span to measure planned progress (序时进度) "
                        + "against; give it ObligationTerms.withSpanStart or an event date");
            }
        }
        LocalDate earliest = terms.validFrom();
        if (!(r instanceof NotApplicable) && earliest != null && r.date().isBefore(earliest)) {
            String what = terms.eventDate().filter(earliest::equals).isPresent() ? "event" : "start";
            reasons = reason(reasons, "dated " + r.date() + ", before the obligation's " + what + " on " + earliest);
        }
        return reasons == null ? null : String.join("; ", reasons);
    }

    private static List<String> reason(List<String> reasons, String reason) {
        List<String> l = reasons != null ? reasons : new ArrayList<>(2);
        l.add(reason);
        return l;
    }

    private static String notDated(String what, ObligationTerms.Kind kind) {
        return what + " applies only to a dated obligation; this one is " + kind.name().toLowerCase(
                java.util.Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return "StatusEvaluator[calendar=" + calendar.name() + ", " + policy + "]";
    }
}
