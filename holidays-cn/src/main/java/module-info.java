/**
 * The Chinese official working-day calendar: every State Council holiday notice (国务院办公厅关于部分节假日安排的通知)
 * since 2004. Reading holiday-cn JSON files needs jackson-databind, an optional dependency.
 */
module dev.shixian.holidays.cn {
    requires transitive dev.shixian.core;
    requires static com.fasterxml.jackson.databind;

    exports dev.shixian.holidays.cn;
}
