package dev.shixian.schedule.json;

import static dev.shixian.schedule.json.Fixtures.PLAN;
import static dev.shixian.schedule.json.Fixtures.RECORDS;
import static dev.shixian.schedule.json.Fixtures.SCHEDULE;
import static dev.shixian.schedule.json.Fixtures.SCHEDULER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final StatusReport REPORT = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), RECORDS);

    @Test
    void writtenReportReadsBackEqual() {
        String json = ReportJson.write(REPORT);
        StatusReport back = ReportJson.read(json, SCHEDULE);
        assertThat(back).isEqualTo(REPORT);
        assertThat(back.status("xy/7/2021-Q3@zfb").status()).isEqualTo(DueStatus.DONE_LATE);
        // with the plan and scheduler: a new schedule, the same statuses
        StatusReport again = ReportJson.read(json, PLAN, SCHEDULER);
        assertThat(again.statuses()).isEqualTo(REPORT.statuses());
        assertThat(again.schedule().obligations()).isEqualTo(SCHEDULE.obligations());
    }

    @Test
    void writesTheInputsAndEveryLine() throws Exception {
        JsonNode root = MAPPER.readTree(ReportJson.write(REPORT));
        assertThat(root.get("plan").textValue()).isEqualTo("xy");
        assertThat(root.get("asOf").textValue()).isEqualTo("2021-10-15");
        assertThat(root.get("occurrences")).hasSize(2);
        // the record of 2021-10-20 does not exist as of 2021-10-15 and is not written
        assertThat(root.get("records")).hasSize(4);
        assertThat(root.get("records").toString()).doesNotContain("2021-10-20");
        assertThat(root.get("lines")).hasSize(SCHEDULE.obligations().size());
        JsonNode line = line(root, "xy/7/2021-Q3@zfb");
        // due Thu 2021-09-30, done Fri 10-08 (国庆 10-01..07 off): late by 1 working day
        assertThat(line.toString()).isEqualTo("{\"id\":\"xy/7/2021-Q3@zfb\",\"task\":\"7\",\"units\":[\"zfb\"],"
                + "\"unitNames\":\"市政府办公室\",\"timeLimit\":\"每季度一次\",\"canonical\":\"quarterly\","
                + "\"period\":\"2021-07-01..2021-09-30\",\"dueDate\":\"2021-09-30\",\"originalDueDate\":\"2021-09-30\","
                + "\"status\":\"DONE_LATE\",\"statusChinese\":\"逾期完成\",\"workingDaysLeft\":0,"
                + "\"workingDaysOverdue\":0,\"workingDaysLate\":1,\"completedOn\":\"2021-10-08\",\"count\":1,"
                + "\"minimumCount\":1,\"explanation\":{\"en\":\"done late on 2021-10-08, late by 1 working day (due "
                + "2021-09-30, as of 2021-10-15)\",\"zh\":\"2021-10-08 逾期完成，逾期1个工作日（截止日期 2021-09-30，截至 "
                + "2021-10-15）\"}}");
        assertThat(line(root, "xy/7/2021-Q4@zfb").get("status").textValue()).isEqualTo("NOT_APPLICABLE");
        assertThat(line(root, "xy/13/兴府发〔2021〕6号@zfb").get("status").textValue()).isEqualTo("NOT_TRIGGERED");
        assertThat(line(root, "xy/23@sfj").get("status").textValue()).isEqualTo("ONGOING");
        assertThat(line(root, "xy/23@sfj").has("dueDate")).isFalse();
    }

    @Test
    void inputsRecomputeTheReport() {
        RecordsFile inputs = ReportJson.inputs(REPORT);
        assertThat(inputs.asOf()).hasValue(LocalDate.of(2021, 10, 15));
        assertThat(inputs.records()).hasSize(4).doesNotContain(RECORDS.get(4));
        assertThat(inputs.statusAsOf(SCHEDULE, java.time.Clock.systemUTC())).isEqualTo(REPORT);
        assertThat(ScheduleFiles.readRecords(ScheduleFiles.write(inputs), "inputs")).isEqualTo(inputs);
    }

    @Test
    void aTamperedStatusIsRefusedWithItsPathAndLine() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        int i = index(root, "xy/7/2021-Q3@zfb");
        ((ObjectNode) root.get("lines").get(i)).put("status", "DONE_ON_TIME").put("workingDaysLate", 0);
        assertThatThrownBy(() -> ReportJson.read(root.toString(), SCHEDULE))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.lines[" + i + "].status: line 'xy/7/2021-Q3@zfb' says \"DONE_ON_TIME\" but "
                        + "the records give \"DONE_LATE\"")
                .hasMessageContaining("$.lines[" + i + "].workingDaysLate: line 'xy/7/2021-Q3@zfb' says 0 but the "
                        + "records give 1")
                .satisfies(e -> assertThat(((RecordsFormatException) e).problems()).hasSize(2));
    }

    @Test
    void aTamperedRecordChangesTheRecomputationAndIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        // the completion moved to 09-29 would make the line done on time, which it does not say
        ((ObjectNode) root.get("records").get(1)).put("date", "2021-09-29");
        int i = index(root, "xy/7/2021-Q3@zfb");
        assertThatThrownBy(() -> ReportJson.read(root.toString(), SCHEDULE))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.lines[" + i + "].status: line 'xy/7/2021-Q3@zfb' says \"DONE_LATE\" but "
                        + "the records give \"DONE_ON_TIME\"");
    }

    @Test
    void extraMissingAndUnknownLineFields() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        int i = index(root, "xy/23@sfj");
        ObjectNode line = (ObjectNode) root.get("lines").get(i);
        line.remove("count");
        line.put("dueDate", "2021-12-31");
        assertThatThrownBy(() -> ReportJson.read(root.toString(), SCHEDULE))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.lines[" + i + "].count: line 'xy/23@sfj' lacks this field; the records give 0")
                .hasMessageContaining("$.lines[" + i + "].dueDate: line 'xy/23@sfj' has this field but the records "
                        + "give it no value");
        ObjectNode fewer = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        ((com.fasterxml.jackson.databind.node.ArrayNode) fewer.get("lines")).remove(0);
        assertThatThrownBy(() -> ReportJson.read(fewer.toString(), SCHEDULE))
                .hasMessageContaining("$.lines: " + (SCHEDULE.obligations().size() - 1) + " lines, but the schedule has "
                        + SCHEDULE.obligations().size() + " obligations");
    }

    @Test
    void anotherPlanOrOtherOccurrencesAreRefused() throws Exception {
        String json = ReportJson.write(REPORT);
        Schedule fewer = SCHEDULER.schedule(PLAN, List.of(Occurrence.of("issuance", LocalDate.of(2021, 9, 30),
                "兴府发〔2021〕5号")));
        assertThatThrownBy(() -> ReportJson.read(json, fewer)).isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.occurrences[1]: the report's occurrences differ from the schedule's");
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        root.put("plan", "other");
        assertThatThrownBy(() -> ReportJson.read(root.toString(), SCHEDULE))
                .hasMessageContaining("$.plan: the report is of plan 'other' but the schedule of plan 'xy'");
        ObjectNode noLines = (ObjectNode) MAPPER.readTree(json);
        noLines.remove("lines");
        noLines.remove("asOf");
        assertThatThrownBy(() -> ReportJson.read(noLines.toString(), SCHEDULE))
                .hasMessageContaining("$.asOf: expected a date yyyy-MM-dd but found nothing")
                .hasMessageContaining("$.lines: expected an array of ledger lines but found nothing");
    }

    @Test
    void badRecordsAndOccurrencesAreReportedByPath() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        ((ObjectNode) root.get("records").get(2)).put("obligation", "xy/99@zfb");
        assertThatThrownBy(() -> ReportJson.read(root.toString(), SCHEDULE))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.records[2]: no obligation 'xy/99@zfb' in the schedule of plan 'xy'");
        ObjectNode occ = (ObjectNode) MAPPER.readTree(ReportJson.write(REPORT));
        ((ObjectNode) occ.get("occurrences").get(1)).put("task", "99");
        assertThatThrownBy(() -> ReportJson.read(occ.toString(), PLAN, SCHEDULER))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("$.occurrences[1]: the plan has no task '99'");
        // and a report with the records given in another order reads back equal
        StatusReport shuffled = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), List.of(RECORDS.get(3),
                RECORDS.get(2), RECORDS.get(1), RECORDS.get(0), Completion.of("xy/7/2021-Q4@czj",
                        LocalDate.of(2021, 12, 1))));
        assertThat(ReportJson.read(ReportJson.write(shuffled), SCHEDULE)).isEqualTo(REPORT);
    }

    @Test
    void everyKindOfRecordRoundTrips() {
        // two completions after the first made it done, a progress report, an extension, a pause, a restart
        List<dev.shixian.schedule.ObligationRecord> records = List.of(
                Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
                Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 29)).withCount(2).withNote("补充"),
                dev.shixian.schedule.Progress.of("xy/7/2021-Q4@czj", LocalDate.of(2021, 10, 14), 20),
                dev.shixian.schedule.Extension.of("xy/7/2021-Q3@zfb", LocalDate.of(2021, 9, 29), 5),
                dev.shixian.schedule.Pause.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 8),
                        LocalDate.of(2021, 10, 9)),
                dev.shixian.schedule.Restart.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 12)),
                dev.shixian.schedule.NotApplicable.of("xy/7/2021-Q4@zfb", LocalDate.of(2021, 10, 12), "无"));
        StatusReport report = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), records);
        assertThat(report.status("xy/7/2021-Q3@czj").count()).isEqualTo(3);
        assertThat(ReportJson.inputs(report).records()).containsExactlyInAnyOrderElementsOf(records);
        assertThat(ReportJson.read(ReportJson.write(report), SCHEDULE)).isEqualTo(report);
        for (int day = 20; day <= 30; day += 5) {
            StatusReport earlier = SCHEDULE.statusAsOf(LocalDate.of(2021, 9, day), records);
            assertThat(ReportJson.read(ReportJson.write(earlier), SCHEDULE)).isEqualTo(earlier);
        }
    }

    private static JsonNode line(JsonNode root, String id) {
        return root.get("lines").get(index(root, id));
    }

    private static int index(JsonNode root, String id) {
        for (int i = 0; i < root.get("lines").size(); i++) {
            if (root.get("lines").get(i).get("id").textValue().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no line " + id);
    }
}
