/**
 * The Chinese working-day calendar: every State Council holiday notice (国务院办公厅关于部分节假日安排的通知)
 * from 2004, with days off (放假), adjusted working days (调休上班) and each notice's document number (文号).
 *
 * <p>Start with {@link dev.shixian.holidays.cn.ChinaCalendar#official()}. Newer notices can be added without a new
 * release through {@link dev.shixian.holidays.cn.ChinaCalendar#toBuilder()} of the official calendar, from the
 * project's own text format or from holiday-cn's per-year JSON; years past the data can be answered provisionally, on opt-in, through
 * {@link dev.shixian.holidays.cn.ProvisionalPolicy}.
 */
package dev.shixian.holidays.cn;
