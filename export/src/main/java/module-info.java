/**
 * Shixian exports (导出): a ledger (台账) as CSV for Excel and WPS, and its due dates as an iCalendar (RFC 5545) file.
 * Writes CSV with jackson-dataformat-csv and iCalendar with biweekly; neither appears in the API.
 */
module dev.shixian.export {
    requires transitive dev.shixian.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.databind;
    requires net.sf.biweekly;

    exports dev.shixian.export;
}
