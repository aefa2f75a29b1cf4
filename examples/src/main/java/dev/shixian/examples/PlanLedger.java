package dev.shixian.examples;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlineResolutionException;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.json.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A ledger (台账) of a seed plan: for every task, its lead units (牵头单位) with groups expanded, its time limit as
 * the plan writes it, the deadline Shixian reads from it, and its due dates on the official calendar.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=dev.shixian.examples.PlanLedger}
 * (default plan {@code xingyi-2021}) and {@code -Dexec.args=rongjiang-2021} for another of the five seed plans
 * (guizhou-jgswglj-2021, qinghai-2021, guizhou-2020, xingyi-2021, rongjiang-2021). For xingyi-2021, task 7 (每季度一次)
 * is due 2021-06-30, 2021-09-30 and 2021-12-31.
 */
public final class PlanLedger {

    private PlanLedger() {
    }

    /**
     * Prints the ledger of a seed plan.
     *
     * @param args  optional plan id, default {@code xingyi-2021}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ledger(load(args.length > 0 ? args[0] : "xingyi-2021"), ChinaCalendar.official()).forEach(out::println);
    }

    /**
     * Loads one of the seed plans shipped with the examples.
     *
     * @param id  the plan id, such as {@code xingyi-2021}, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if there is no such seed plan
     */
    public static Plan load(String id) {
        Objects.requireNonNull(id, "id");
        try (InputStream in = PlanLedger.class.getResourceAsStream("/plans/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No seed plan '" + id + "'; expected one of guizhou-jgswglj-2021, "
                        + "qinghai-2021, guizhou-2020, xingyi-2021, rongjiang-2021");
            }
            return PlanFiles.read(in, id + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ledger's lines: a heading, one line per task, and the plan's warnings.
     *
     * <p>Example line for task 7 of xingyi-2021: {@code 7 | 市财政局 | 每季度一次 → quarterly | due 2021-06-30,
     * 2021-09-30, 2021-12-31}.
     *
     * @param plan  the plan, not null
     * @param china  the calendar, not null
     * @return the lines, not null
     */
    public static List<String> ledger(Plan plan, ChinaCalendar china) {
        DeadlineContext context = plan.deadlineContext(china);
        List<String> lines = new ArrayList<>();
        lines.add(plan.title() + plan.documentNumber().map(n -> "（" + n + "）").orElse("") + " — window "
                + plan.window().getStart() + " to " + plan.window().getEndInclusive() + ", " + plan.tasks().size()
                + " tasks");
        for (Task task : plan.tasks()) {
            String leads = plan.leadUnits(task).stream().map(Unit::name).collect(Collectors.joining("、"));
            lines.add(task.id() + " | " + (leads.isEmpty() ? "(units not named)" : leads) + " | "
                    + task.timeLimit().map(t -> t + " → " + task.deadline().map(Deadline::toString).orElse(""))
                            .orElse("(no time limit)")
                    + " | " + task.deadline().map(d -> dues(d, context)).orElse("-"));
        }
        for (PlanProblem warning : plan.warnings()) {
            lines.add("warning " + warning);
        }
        return lines;
    }

    /** The due dates of each part of a deadline (a task may have several labelled parts), or why there are none. */
    private static String dues(Deadline deadline, DeadlineContext context) {
        List<Deadline> parts = deadline instanceof Multiple multiple ? multiple.parts() : List.of(deadline);
        List<String> texts = new ArrayList<>();
        for (Deadline part : parts) {
            String label = part instanceof Labelled ? ((Labelled) part).label() + ": " : "";
            try {
                List<Due> dues = part.resolve(context);
                texts.add(label + (dues.isEmpty() ? "no fixed due date"
                        : "due " + dues.stream().map(d -> d.dueDate().toString()).collect(Collectors.joining(", "))));
            } catch (DeadlineResolutionException e) {
                texts.add(label + "needs " + e.missing());
            }
        }
        return String.join("; ", texts);
    }
}
