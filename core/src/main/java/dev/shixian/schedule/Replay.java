package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one obligation while its records are applied in date order: not API. Mutable, confined to one
 * evaluation.
 */
final class Replay {

    private final WorkingCalendar cal;
    private final SchedulePolicy policy;
    private final ObligationTerms terms;
    /** Day 0 of the count (event, span start, since, or the last restart), not counted; null when unknown. */
    private LocalDate start;
    /** Day 0 of the span for 序时进度 (span start, else event; the last restart). */
    private LocalDate progressStart;
    /** The due date before pauses and extensions: the original, or the recount after the last restart. */
    private LocalDate base;
    /** The effective due date so far. */
    private LocalDate due;
    /** Merged pauses, as {from, to} pairs, sorted and disjoint; null when none. Only days after start count. */
    private List<LocalDate[]> pauses;
    private int extensions;
    private int count;
    private LocalDate doneOn;
    private LocalDate lastCompletion;
    private NotApplicable notApplicable;
    private Progress progress;
    private List<HistoryEntry> history;

    Replay(WorkingCalendar cal, SchedulePolicy policy, ObligationTerms terms) {
        this.cal = cal;
        this.policy = policy;
        this.terms = terms;
        this.start = terms.earliest();
        this.progressStart = terms.spanStart().orElse(null);
        this.base = terms.originalDueDate().orElse(null);
        this.due = base;
    }

    private Replay(Replay o) {
        this.cal = o.cal;
        this.policy = o.policy;
        this.terms = o.terms;
        this.start = o.start;
        this.progressStart = o.progressStart;
        this.base = o.base;
        this.due = o.due;
        if (o.pauses != null) {
            this.pauses = new ArrayList<>(o.pauses);
        }
        this.extensions = o.extensions;
        this.count = o.count;
        this.doneOn = o.doneOn;
        this.lastCompletion = o.lastCompletion;
        this.notApplicable = o.notApplicable;
        this.progress = o.progress;
        if (o.history != null) {
            this.history = new ArrayList<>(o.history);
        }
    }

    Replay copy() {
        return new Replay(this);
    }

    /**
     * Applies a record that passed the checks of the record alone.
     *
     * @return null when applied, else why the record contradicts the state (then nothing changed)
     */
    String apply(ObligationRecord r) {
        if (r instanceof Completion) {
            return complete((Completion) r);
        }
        if (r instanceof Pause) {
            return pause((Pause) r);
        }
        if (r instanceof Restart) {
            return restart((Restart) r);
        }
        if (r instanceof Extension) {
            return extend((Extension) r);
        }
        if (r instanceof NotApplicable) {
            if (lastCompletion != null) {
                return "contradicts the completion recorded on " + lastCompletion
                        + "; a unit that did the work cannot also have no such item (本单位无此项工作)";
            }
            if (notApplicable == null) {
                notApplicable = (NotApplicable) r;
            }
            log(new HistoryEntry(r, due, due, 0, terms.minimumCount()));
            return null;
        }
        progress = (Progress) r;
        log(new HistoryEntry(r, due, due, 0, terms.minimumCount()));
        return null;
    }

    private String complete(Completion c) {
        if (notApplicable != null) {
            return "the unit declared on " + notApplicable.date() + " that it has no such item (本单位无此项工作)";
        }
        int min = terms.minimumCount();
        boolean reached;
        if (policy.completionsAddUp()) {
            count = (int) Math.min(Integer.MAX_VALUE, (long) count + c.count());
            reached = count >= min;
        } else {
            count = Math.max(count, c.count());
            reached = c.count() >= min;
        }
        if (doneOn == null && reached) {
            doneOn = c.date();
        }
        lastCompletion = c.date();
        LocalDate before = due;
        if (terms.kind() == ObligationTerms.Kind.FRESHNESS) {
            due = terms.recountFrom(c.date());
        }
        log(new HistoryEntry(c, before, due, count, min));
        return null;
    }

    private String pause(Pause p) {
        if (p.from().isAfter(due)) {
            return "starts on " + p.from() + ", after the due date " + due
                    + " it would pause; a consultation (征求意见) must start by the due date";
        }
        LocalDate far = p.toInclusive();
        if (pauses != null) {
            for (LocalDate[] iv : pauses) {
                if (iv[1].isAfter(far)) {
                    far = iv[1];
                }
            }
        }
        int pausedBefore = pausedWorkingDays(start, far);
        addPause(p.from(), p.toInclusive());
        int newly = pausedWorkingDays(start, far) - pausedBefore;
        LocalDate before = due;
        due = compute();
        log(new HistoryEntry(p, before, due, newly, terms.minimumCount()));
        return null;
    }

    private String restart(Restart r) {
        if (!terms.canRecount()) {
            return "the obligation has no rule to count its period again (ObligationTerms.withRecount or "
                    + "ObligationTerms.afterEvent)";
        }
        if (doneOn != null) {
            return "the obligation was already done on " + doneOn + "; a restart (补正) must come before completion";
        }
        LocalDate before = due;
        start = r.date();
        progressStart = r.date();
        base = terms.recountFrom(r.date());
        due = compute();
        log(new HistoryEntry(r, before, due, 0, terms.minimumCount()));
        return null;
    }

    private String extend(Extension e) {
        if (e.approvedOn().isAfter(due)) {
            return "approved on " + e.approvedOn() + ", after the due date " + due
                    + " it would extend; an extension (延期) must be approved by the due date";
        }
        int cap = policy.extensionCapWorkingDays();
        if (extensions + e.workingDays() > cap) {
            return "would bring the extensions to " + (extensions + e.workingDays()) + " working days, over the cap "
                    + "of " + cap + " (条例第三十三条第二款: 延长的期限最长不得超过" + cap + "个工作日)";
        }
        extensions += e.workingDays();
        LocalDate before = due;
        due = compute();
        log(new HistoryEntry(e, before, due, e.workingDays(), terms.minimumCount()));
        return null;
    }

    private void log(HistoryEntry entry) {
        if (history == null) {
            history = new ArrayList<>(4);
        }
        history.add(entry);
    }

    private void addPause(LocalDate from, LocalDate to) {
        if (pauses == null) {
            pauses = new ArrayList<>(2);
        }
        LocalDate f = from;
        LocalDate t = to;
        List<LocalDate[]> merged = new ArrayList<>(pauses.size() + 1);
        int i = 0;
        while (i < pauses.size() && pauses.get(i)[1].plusDays(1).isBefore(f)) {
            merged.add(pauses.get(i++));
        }
        while (i < pauses.size() && !pauses.get(i)[0].isAfter(t.plusDays(1))) {
            LocalDate[] iv = pauses.get(i++);
            if (iv[0].isBefore(f)) {
                f = iv[0];
            }
            if (iv[1].isAfter(t)) {
                t = iv[1];
            }
        }
        merged.add(new LocalDate[] {f, t});
        while (i < pauses.size()) {
            merged.add(pauses.get(i++));
        }
        pauses = merged;
    }

    /** Working days inside the pauses in (after, upTo]; no lower bound when after is null. */
    private int pausedWorkingDays(LocalDate after, LocalDate upTo) {
        if (pauses == null) {
            return 0;
        }
        int sum = 0;
        for (LocalDate[] iv : pauses) {
            LocalDate lo = iv[0].minusDays(1);
            if (after != null && after.isAfter(lo)) {
                lo = after;
            }
            LocalDate hi = iv[1].isAfter(upTo) ? upTo : iv[1];
            if (hi.isAfter(lo)) {
                sum += cal.workingDaysBetween(lo, hi);
            }
        }
        return sum;
    }

    /**
     * The effective due date: the earliest date X, not before the base due date, by which the working days in
     * (start, X] outside the pauses number those in (start, base] plus the extensions. From the base date, the
     * working days still owed are counted on; a pause met on the way is stepped over whole (its days are not
     * counted), so the work is one step per pause, never a day-by-day walk.
     */
    private LocalDate compute() {
        int need = extensions + pausedWorkingDays(start, base);
        LocalDate x = base;
        if (need > 0 && pauses != null) {
            for (LocalDate[] iv : pauses) {
                if (!iv[1].isAfter(x)) {
                    continue;
                }
                LocalDate lastFree = iv[0].minusDays(1);
                if (lastFree.isAfter(x)) {
                    int free = cal.workingDaysBetween(x, lastFree);
                    if (free >= need) {
                        break;
                    }
                    need -= free;
                }
                x = iv[1];
            }
        }
        return need > 0 ? cal.plusWorkingDays(x, need) : x;
    }

    ObligationStatus status(LocalDate asOf) {
        ObligationTerms.Kind kind = terms.kind();
        boolean triggered;
        switch (kind) {
            case NOT_TRIGGERED:
                triggered = false;
                break;
            case DATED:
                triggered = terms.eventDate().map(e -> !e.isAfter(asOf)).orElse(true);
                break;
            case FRESHNESS:
                triggered = !terms.earliest().isAfter(asOf);
                break;
            default:
                triggered = true;
        }
        boolean dated = triggered && (kind == ObligationTerms.Kind.DATED || kind == ObligationTerms.Kind.FRESHNESS);
        LocalDate d = dated ? due : null;
        LocalDate original = dated ? terms.originalDueDate().orElse(null) : null;
        LocalDate completed = kind == ObligationTerms.Kind.FRESHNESS ? lastCompletion : doneOn;
        DueStatus status;
        int left = 0;
        int overdue = 0;
        int late = 0;
        if (notApplicable != null) {
            status = DueStatus.NOT_APPLICABLE;
        } else if (!triggered) {
            status = DueStatus.NOT_TRIGGERED;
        } else if (!dated) {
            status = DueStatus.ONGOING;
        } else if (kind == ObligationTerms.Kind.DATED && doneOn != null) {
            if (doneOn.isAfter(d)) {
                status = DueStatus.DONE_LATE;
                late = cal.workingDaysBetween(d, doneOn);
            } else {
                status = DueStatus.DONE_ON_TIME;
            }
        } else if (asOf.isAfter(d)) {
            status = DueStatus.OVERDUE;
            overdue = cal.workingDaysBetween(d, asOf);
        } else {
            left = cal.workingDaysBetween(asOf, d);
            status = left <= policy.dueSoonWorkingDays() ? DueStatus.DUE_SOON : DueStatus.PENDING;
        }
        int measure = status == DueStatus.OVERDUE ? overdue : status == DueStatus.DONE_LATE ? late : left;
        WarningLevel level = policy.warningLevel(status, measure).orElse(null);
        ProgressLag lag = null;
        if (progress != null && kind == ObligationTerms.Kind.DATED && progressStart != null
                && (status == DueStatus.PENDING || status == DueStatus.DUE_SOON || status == DueStatus.OVERDUE)) {
            lag = lag(asOf, d);
            WarningLevel pl = lag.level().orElse(null);
            if (pl != null && (level == null || pl.severity() > level.severity())) {
                level = pl;
            }
        }
        return new ObligationStatus(terms.id(), asOf, status, d, original, left, overdue, late, completed, count,
                terms.minimumCount(), level, lag, history == null ? List.of() : history,
                terms.undatedReason().orElse(null));
    }

    private ProgressLag lag(LocalDate asOf, LocalDate d) {
        LocalDate ps = progressStart;
        int total = d.isAfter(ps) ? cal.workingDaysBetween(ps, d) : 0;
        LocalDate upTo = asOf.isBefore(d) ? asOf : d;
        int elapsed = upTo.isAfter(ps) ? cal.workingDaysBetween(ps, upTo) : 0;
        // lag × total = 100 × elapsed − reported × total, compared exactly; a span with no working days is 100 %
        long t = total == 0 ? 1 : total;
        long e = total == 0 ? 1 : elapsed;
        long lagTimesTotal = 100 * e - (long) progress.percent() * t;
        WarningLevel pl = null;
        if (lagTimesTotal > (long) policy.progressRedAbovePoints() * t) {
            pl = WarningLevel.RED;
        } else if (lagTimesTotal >= (long) policy.progressYellowFromPoints() * t) {
            pl = WarningLevel.YELLOW;
        }
        return new ProgressLag(progress, ps, d, elapsed, total, pl);
    }
}
