/**
 * Runnable examples of Shixian on real plans: the main one is {@link dev.shixian.examples.XingyiLedger}, the ledger
 * (工作台账) of the 兴义市 2021 plan as of a date from a records file, with its CSV, JSON and iCalendar exports;
 * {@link dev.shixian.examples.InterpretationDueDate} explains the due date of a policy interpretation (政策解读) day by
 * day, and {@link dev.shixian.examples.PlanLedger} lists a seed plan's tasks and due dates;
 * {@link dev.shixian.examples.OaIntegration} sends an OA system's daily reminders from a database, and
 * {@link dev.shixian.examples.DisclosureRequestExample} computes one 依申请公开 application two ways.
 */
package dev.shixian.examples;
