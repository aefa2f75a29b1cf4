/**
 * The scheduler (排期) and the status of obligations as of a date (督办, 台账): from a plan and what has happened, what
 * every unit owes, what is late, by how many working days, and why, as docs/RULES.md §4–§7 say.
 *
 * <p>A plan becomes obligations; what happened becomes their status; the status becomes the ledger:
 * <pre>{@code
 * Schedule schedule = Scheduler.of(ChinaCalendar.official()).schedule(plan, List.of(
 *         Occurrence.of("issuance", LocalDate.of(2021, 7, 5), "兴府发〔2021〕5号")));
 * StatusReport report = schedule.statusAsOf(LocalDate.of(2021, 10, 15), List.of(
 *         Completion.of("xingyi-2021/7/2021-Q3@czj", LocalDate.of(2021, 9, 28))));
 * report.status("xingyi-2021/7/2021-Q3@czj").status();   // DONE_ON_TIME (due Thu 2021-09-30)
 * report.ledger().overdue();                               // what is late on 2021-10-15, most severe first
 * }</pre>
 *
 * <ul>
 * <li>{@link dev.shixian.schedule.Scheduler} — turns a {@link dev.shixian.plan.Plan} and the
 *     {@link dev.shixian.schedule.Occurrence}s of its events into a {@link dev.shixian.schedule.Schedule} of
 *     {@link dev.shixian.schedule.Obligation}s: one per task × part × recurring period or occurrence × answering
 *     unit ({@link dev.shixian.schedule.AnsweringUnits}), each with a stable id such as
 *     {@code xingyi-2021/7/2021-Q3@czj};
 * <li>{@link dev.shixian.schedule.Schedule#statusAsOf(java.time.LocalDate, java.util.Collection)} — every
 *     obligation's status as of a date, in one linear pass, as a {@link dev.shixian.schedule.StatusReport} whose
 *     {@link dev.shixian.schedule.Ledger} has views by unit and status, the overdue list and the units' on-time
 *     rates (按时完成率);
 * <li>{@link dev.shixian.schedule.ObligationRecord} — what happened, recorded against an obligation id:
 *     {@link dev.shixian.schedule.Completion} (完成), {@link dev.shixian.schedule.Pause} (征求意见, 条例第三十三条第三款),
 *     {@link dev.shixian.schedule.Restart} (补正, 条例第三十条), {@link dev.shixian.schedule.Extension} (延期,
 *     条例第三十三条第二款), {@link dev.shixian.schedule.NotApplicable} (本单位无此项工作) and
 *     {@link dev.shixian.schedule.Progress} (进度填报, compared with 序时进度);
 * <li>{@link dev.shixian.schedule.ObligationTerms} — the obligation: its kind, due date, event, span, minimum count
 *     and how to count again after a restart;
 * <li>{@link dev.shixian.schedule.StatusEvaluator} — evaluates one obligation as of a date under a
 *     {@link dev.shixian.schedule.SchedulePolicy} (due-soon window, extension cap, warning levels 蓝/黄/红 or one's
 *     own {@link dev.shixian.schedule.WarningRule}s, progress thresholds, whether completions add up), giving an
 *     {@link dev.shixian.schedule.ObligationStatus} with its {@link dev.shixian.schedule.DueStatus} and
 *     {@link dev.shixian.schedule.HistoryEntry history}; bad records fail together in one
 *     {@link dev.shixian.schedule.ScheduleRecordException}.
 * </ul>
 *
 * <p>Example on the official calendar (docs/RULES.md §8 example 10): an application received 2024-09-20 (reply due
 * 20 working days later, 2024-10-23) is completed (补正) on 2024-10-10, so the reply is due 2024-11-06; as of
 * 2024-11-01 it is due soon, with 3 working days left (Nov 4, 5, 6):
 * <pre>{@code
 * ObligationTerms reply = ObligationTerms.afterEvent("ysq-2024-031", LocalDate.of(2024, 9, 20),
 *     Deadline.parse("收到申请之日起20个工作日内"), DeadlineContext.of(calendar));
 * ObligationStatus s = StatusEvaluator.of(calendar).evaluate(reply,
 *     List.of(Restart.of("ysq-2024-031", LocalDate.of(2024, 10, 10))), LocalDate.of(2024, 11, 1));
 * s.status();            // DUE_SOON
 * s.dueDate();           // 2024-11-06
 * s.history().get(0).chinese();   // 补正 2024-10-10：自该日起重新计算期限，截止日期 2024-10-23 → 2024-11-06
 * }</pre>
 *
 * <p>All values are immutable and thread-safe; nothing public takes or returns null.
 */
package dev.shixian.schedule;
