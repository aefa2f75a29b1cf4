/**
 * Shixian's test kit (测试工具包) for plan rule sets: prove in a few lines of JUnit 5 that a plan, or an OA system's
 * rules, computes the dates and statuses the office expects. Use the artifact {@code shixian-testkit} with test
 * scope; it brings JUnit Jupiter's API and AssertJ.
 *
 * <h2>Assertions</h2>
 * {@link dev.shixian.testkit.ShixianAssertions} is the one entry point, beside AssertJ's own {@code assertThat}.
 * Failures show how the computed date came about, in Chinese and English (the due date's explanation, the status
 * and the records that moved it). Example, on the official calendar ({@code ChinaCalendar.official()}, 2021 notice
 * 国办发明电〔2020〕27号):
 * <pre>{@code
 * assertThat(calendar).isAdjustedWorkday("2021-10-09").isHoliday("2021-10-04", "国庆节");
 * deadline("印发后3个工作日内").on(calendar).given("2021-09-30").resolvesTo("2021-10-11");
 * assertThat(schedule).task("7").hasObligationsDueOn("2021-06-30", "2021-09-30", "2021-12-31");
 * assertThat(report).obligation("xingyi-2021/1#历史规划@szfbgs").isOverdueByWorkingDays(7)
 *         .hasWarningLevel(WarningLevel.RED);
 * }</pre>
 * A deadline is resolved on the calendar given with {@code on(calendar)} or {@code in(context)}: core knows no
 * country, so there is no default calendar.
 *
 * <h2>Table-driven rule-set tests</h2>
 * {@link dev.shixian.testkit.RuleSetCases} turns a cases file (CSV from Excel or WPS, or JSON) into one dynamic test
 * per row for a {@code @TestFactory}; {@link dev.shixian.testkit.RuleSetCase} lists the columns (名称, 时限, 任务, 事项,
 * 事件日期, 截至日期, 期望截止日期, 期望状态, 期望工作日, 期望数量, 期望预警) and what each row checks against a
 * {@link dev.shixian.testkit.RuleSet}:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> xingyi2021() {
 *     RuleSet rules = RuleSet.of(XingyiLedger.schedule(), XingyiLedger.records().records());
 *     return RuleSetCases.fromResource("cases/xingyi-2021-cases.csv").tests(rules);
 * }
 * }</pre>
 *
 * <h2>A fixed "today"</h2>
 * {@link dev.shixian.testkit.ChinaClock} is a {@link java.time.Clock} in Asia/Shanghai standing at 09:00 of a date,
 * advanced by the test: {@code ChinaClock.fixedAt(LocalDate.of(2021, 9, 30)).advanceWorkingDays(calendar, 1)} is
 * Friday 2021-10-08, the first working day after 国庆节.
 */
package dev.shixian.testkit;
