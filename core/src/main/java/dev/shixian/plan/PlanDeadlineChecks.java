package dev.shixian.plan;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.WithEvent;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

/** The plan warnings that come from a task's deadline. */
final class PlanDeadlineChecks {

    private PlanDeadlineChecks() {
    }

    /**
     * Adds the warnings for one deadline: a fixed due date before the plan's issue date (kept, as SEMANTICS.md §3
     * says, but probably a slip), and an event the deadline counts from that the plan never dates.
     */
    static void warn(Year year, LocalDate issued, Set<String> datedEvents, Deadline deadline, String path,
            List<PlanProblem> warnings) {
        if (deadline instanceof Labelled) {
            warn(year, issued, datedEvents, ((Labelled) deadline).deadline(), path, warnings);
        } else if (deadline instanceof Multiple) {
            for (Deadline part : ((Multiple) deadline).parts()) {
                warn(year, issued, datedEvents, part, path, warnings);
            }
        } else if (deadline instanceof FixedDate || deadline instanceof PeriodEnd) {
            LocalDate due = deadline instanceof FixedDate ? ((FixedDate) deadline).dateIn(year)
                    : ((PeriodEnd) deadline).dateIn(year);
            if (issued != null && due.isBefore(issued)) {
                warnings.add(new PlanProblem(path, "the due date " + due + " (" + deadline + ") is before the plan's "
                        + "issue date " + issued + "; it is kept as written"));
            }
        } else if (deadline instanceof AfterEvent) {
            undated(((AfterEvent) deadline).events(), deadline, datedEvents, path, warnings);
        } else if (deadline instanceof WithEvent) {
            undated(((WithEvent) deadline).events(), deadline, datedEvents, path, warnings);
        }
    }

    private static void undated(List<Event> events, Deadline deadline, Set<String> datedEvents, String path,
            List<PlanProblem> warnings) {
        if (events.stream().noneMatch(e -> datedEvents.contains(e.id()))) {
            warnings.add(new PlanProblem(path, "'" + deadline + "' counts from " + events.stream().map(Event::id)
                    .reduce((a, b) -> a + " or " + b).orElse("an event") + ", which the plan never dates; "
                    + "its due date is known only once the event is given"));
        }
    }
}
