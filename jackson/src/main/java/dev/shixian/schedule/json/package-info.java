/**
 * The scheduler's files in JSON: the records file (办理记录文件) an OA system exports and Shixian reads to compute
 * status ({@link dev.shixian.schedule.json.ScheduleFiles}, {@link dev.shixian.schedule.json.RecordsFile}, with the
 * JSON Schema {@code /dev/shixian/schedule/json/records.schema.json}), and status reports in JSON that read back
 * only when they agree with their inputs ({@link dev.shixian.schedule.json.ReportJson}). Problems are reported in a
 * {@link dev.shixian.schedule.json.RecordsFormatException}, each with its JSON path.
 *
 * <p>Example: {@code ScheduleFiles.readRecords(Path.of("oa-export.json")).statusAsOf(schedule, clock)} — the
 * records file's {@code asOf} date, such as 2021-10-15, or else today in China.
 */
package dev.shixian.schedule.json;
