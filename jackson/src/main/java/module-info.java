/**
 * Shixian's Jackson support: {@code ShixianModule}, one module for every value (found by
 * {@code ObjectMapper.findAndRegisterModules()}), the deadline module, the plan file reader and writer
 * ({@code PlanFiles}, with its JSON Schema), and the scheduler's records file and status reports in JSON ({@code ScheduleFiles},
 * {@code ReportJson}, with the records file's JSON Schema). Works with every Jackson 2.x from 2.13.
 */
module dev.shixian.jackson {
    requires transitive dev.shixian.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.shixian.deadline.json;
    exports dev.shixian.plan.json;
    exports dev.shixian.schedule.json;
    exports dev.shixian.json;

    provides com.fasterxml.jackson.databind.Module with dev.shixian.json.ShixianModule;
}
