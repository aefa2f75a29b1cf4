/**
 * Shixian test kit (测试工具包): AssertJ assertions for calendars, deadlines, schedules and status reports whose
 * failure messages explain the computed date in Chinese and English ({@code ShixianAssertions}), table-driven
 * JUnit 5 rule-set tests from CSV and JSON cases files ({@code RuleSetCases}), and a fixed, advanceable clock in
 * Asia/Shanghai ({@code ChinaClock}). JUnit Jupiter's API and AssertJ are its own dependencies; use the kit with
 * test scope.
 */
module dev.shixian.testkit {
    requires transitive dev.shixian.core;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.databind;

    exports dev.shixian.testkit;
}
