/**
 * Exports of a schedule's ledger (台账导出), written from a {@link dev.shixian.schedule.Ledger} as of a date:
 * <ul>
 * <li>{@link dev.shixian.export.LedgerCsv} — the ledger as CSV with Chinese headers (事项编号, 任务, …, 说明), one row
 *     per obligation, and each unit's figures (单位统计: counts by status, 应完成, 按时完成, 按时完成率); files and
 *     streams are UTF-8 with a byte-order mark so that Excel and WPS show the Chinese;
 * <li>{@link dev.shixian.export.LedgerCalendar} — the due dates as an iCalendar file (截止日期日历, {@code .ics}): one
 *     all-day event per dated obligation, with a UID stable across exports so that a subscribed calendar updates.
 * </ul>
 *
 * <p>Example, as of Friday 2021-10-15 on the 2021 calendar (国庆节 10-01..10-07 off, Sat 10-09 an adjusted working
 * day, 调休上班): an obligation due Thursday 2021-09-30 and not done is overdue by 7 working days (10-08, 10-09,
 * 10-11..10-15), which both exports show:
 * <pre>{@code
 * Ledger ledger = schedule.statusAsOf(LocalDate.of(2021, 10, 15), records).ledger();
 * LedgerCsv.write(ledger, Path.of("台账.csv"));                  // …,2021-09-30,2021-09-30,逾期,,7,红,…
 * LedgerCsv.writeUnitSummaries(ledger, Path.of("单位统计.csv"));
 * LedgerCalendar.write(ledger, Path.of("截止日期.ics"));          // DTSTART;VALUE=DATE:20210930
 * }</pre>
 *
 * <p>Both classes are stateless and thread-safe; the output depends only on the ledger, never on the clock, the
 * default time zone or the default locale.
 */
package dev.shixian.export;
