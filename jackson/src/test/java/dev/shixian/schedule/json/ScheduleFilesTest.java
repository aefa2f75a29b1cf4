package dev.shixian.schedule.json;

import static dev.shixian.schedule.json.Fixtures.PLAN;
import static dev.shixian.schedule.json.Fixtures.SCHEDULER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shixian.deadline.Event;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.ScheduleRecordException;
import dev.shixian.schedule.StatusReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The documented form, every kind of record once. */
    static final String FILE = """
            {"plan": "xy", "asOf": "2021-10-15",
             "occurrences": [{"event": "issuance", "date": "2021-09-30", "subject": "兴府发〔2021〕5号",
                              "task": "13", "unit": "zfb"},
                             {"event": "印发", "date": "2021-10-20", "subject": "兴府发〔2021〕6号"}],
             "records": [{"type": "completion", "obligation": "xy/7/2021-Q3@czj", "date": "2021-09-28", "count": 1,
                          "note": "三季度预算执行"},
                         {"type": "pause", "obligation": "xy/13/兴府发〔2021〕5号@zfb", "from": "2021-10-08",
                          "to": "2021-10-09"},
                         {"type": "restart", "obligation": "xy/13/兴府发〔2021〕6号@zfb", "date": "2021-10-21"},
                         {"type": "extension", "obligation": "xy/7/2021-Q3@zfb", "approvedOn": "2021-09-29",
                          "workingDays": 5},
                         {"type": "notApplicable", "obligation": "xy/7/2021-Q4@zfb", "date": "2021-10-12",
                          "reason": "本单位无此项工作"},
                         {"type": "progress", "obligation": "xy/7/2021-Q4@czj", "date": "2021-10-15", "percent": 40}]}
            """;

    static final RecordsFile EXPECTED = RecordsFile.of("xy",
            List.of(Occurrence.of(Event.ISSUANCE, LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号").forTask("13")
                    .byUnit("zfb"), Occurrence.of(Event.ISSUANCE, LocalDate.of(2021, 10, 20), "兴府发〔2021〕6号")),
            List.of(Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)).withNote("三季度预算执行"),
                    Pause.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 8), LocalDate.of(2021, 10, 9)),
                    Restart.of("xy/13/兴府发〔2021〕6号@zfb", LocalDate.of(2021, 10, 21)),
                    Extension.of("xy/7/2021-Q3@zfb", LocalDate.of(2021, 9, 29), 5),
                    NotApplicable.of("xy/7/2021-Q4@zfb", LocalDate.of(2021, 10, 12), "本单位无此项工作"),
                    Progress.of("xy/7/2021-Q4@czj", LocalDate.of(2021, 10, 15), 40)))
            .withAsOf(LocalDate.of(2021, 10, 15));

    @Test
    void readsTheDocumentedForm() {
        RecordsFile file = ScheduleFiles.readRecords(FILE, "oa.json");
        assertThat(file).isEqualTo(EXPECTED);
        assertThat(file.planId()).isEqualTo("xy");
        assertThat(file.asOf()).hasValue(LocalDate.of(2021, 10, 15));
        assertThat(ScheduleFiles.readRecords("{\"plan\": \"xy\"}", "min")).isEqualTo(RecordsFile.of("xy", List.of(),
                List.of()));
        assertThat(ScheduleFiles.readRecords("{\"plan\": \"xy\"}", "min").asOf()).isEmpty();
    }

    @Test
    void theFileGivesTheStatus() {
        RecordsFile file = ScheduleFiles.readRecords(FILE, "oa.json");
        Schedule schedule = file.schedule(SCHEDULER, PLAN);
        StatusReport report = file.statusAsOf(schedule, Clock.systemUTC());
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(report.status("xy/7/2021-Q3@czj").status()).isEqualTo(DueStatus.DONE_ON_TIME);
        // due Thu 09-30, extended on 09-29 by 5 working days: 10-08, adjusted Sat 10-09, 10-11, 10-12, 10-13;
        // as of Fri 10-15 overdue by 2 (10-14, 10-15)
        assertThat(report.status("xy/7/2021-Q3@zfb").dueDate()).hasValue(LocalDate.of(2021, 10, 13));
        assertThat(report.status("xy/7/2021-Q3@zfb").workingDaysOverdue()).isEqualTo(2);
        // issued Thu 09-30, 3 working days: 10-08, adjusted Sat 10-09, 10-11; paused 10-08..10-09 (2 working
        // days not counted): 10-11, 10-12, 10-13
        assertThat(report.status("xy/13/兴府发〔2021〕5号@zfb").dueDate()).hasValue(LocalDate.of(2021, 10, 13));
        assertThat(report.status("xy/7/2021-Q4@zfb").status()).isEqualTo(DueStatus.NOT_APPLICABLE);
        // without a date: today in China; 2021-10-14T17:00Z is 2021-10-15 01:00 in Beijing
        Clock clock = Clock.fixed(Instant.parse("2021-10-14T17:00:00Z"), ZoneOffset.UTC);
        RecordsFile undated = RecordsFile.of("xy", file.occurrences(), file.records());
        assertThat(undated.statusAsOf(schedule, clock).asOf()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThatThrownBy(() -> RecordsFile.of("other", List.of(), List.of()).schedule(SCHEDULER, PLAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'other', not 'xy'");
    }

    @Test
    void aBadRecordIsFoundByItsIndexInTheFile() {
        RecordsFile file = ScheduleFiles.readRecords("{\"plan\": \"xy\", \"asOf\": \"2021-10-15\", \"records\": ["
                + "{\"type\": \"completion\", \"obligation\": \"xy/7/2021-Q3@czj\", \"date\": \"2021-09-28\"},"
                + "{\"type\": \"completion\", \"obligation\": \"xy/8@czj\", \"date\": \"2021-09-28\"}]}", "oa.json");
        Schedule schedule = file.schedule(SCHEDULER, PLAN);
        assertThatThrownBy(() -> file.statusAsOf(schedule, Clock.systemUTC()))
                .isInstanceOf(ScheduleRecordException.class)
                .satisfies(e -> assertThat(((ScheduleRecordException) e).problems().get(0).index()).isEqualTo(1));
    }

    @Test
    void writesAndReadsBack(@TempDir Path dir) throws Exception {
        String json = ScheduleFiles.write(EXPECTED);
        assertThat(ScheduleFiles.readRecords(json, "written")).isEqualTo(EXPECTED);
        assertThat(json).startsWith("{\n  \"plan\" : \"xy\",\n  \"asOf\" : \"2021-10-15\",\n");
        assertThat(MAPPER.readTree(json).get("records").get(0).toString()).isEqualTo("{\"type\":\"completion\","
                + "\"obligation\":\"xy/7/2021-Q3@czj\",\"date\":\"2021-09-28\",\"count\":1,\"note\":\"三季度预算执行\"}");
        Path file = dir.resolve("records.json");
        ScheduleFiles.write(EXPECTED, file);
        assertThat(ScheduleFiles.readRecords(file)).isEqualTo(EXPECTED);
        RecordsFile counted = RecordsFile.of("xy", List.of(), List.of(Completion.of("xy/9@zfb",
                LocalDate.of(2021, 7, 20)).withCount(3)));
        assertThat(ScheduleFiles.readRecords(ScheduleFiles.write(counted), "counted")).isEqualTo(counted);
    }

    @Test
    void byteOrderMarkAcceptedStrictUtf8WithTheOffsetOfTheBadByte() {
        byte[] utf8 = FILE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(ScheduleFiles.readRecords(new ByteArrayInputStream(bom), "bom.json")).isEqualTo(EXPECTED);
        assertThat(ScheduleFiles.readRecords("\uFEFF" + FILE, "bom")).isEqualTo(EXPECTED);
        // {"plan": "x<C3 28>"}: C3 starts a 2-byte sequence, 28 is not a continuation byte; C3 is at byte 11
        byte[] bad = {'{', '"', 'p', 'l', 'a', 'n', '"', ':', ' ', '"', 'x', (byte) 0xC3, '(', '"', '}'};
        assertThatThrownBy(() -> ScheduleFiles.readRecords(new ByteArrayInputStream(bad), "bad.json"))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessage("Records file bad.json: 1 problem:\n  byte 11: malformed UTF-8 (bytes C3); the input must "
                        + "be UTF-8");
        // a truncated sequence at the end, and an encoded surrogate (CESU-8), are refused too
        byte[] truncated = {'{', '"', 'p', 'l', 'a', 'n', '"', ':', ' ', '"', 'x', (byte) 0xE5, (byte) 0x85};
        assertThatThrownBy(() -> ScheduleFiles.readRecords(new ByteArrayInputStream(truncated), "t.json"))
                .hasMessageContaining("byte 11: malformed UTF-8");
        byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThatThrownBy(() -> ScheduleFiles.readRecords(new ByteArrayInputStream(surrogate), "s.json"))
                .hasMessageContaining("byte 1: malformed UTF-8");
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};
        assertThatThrownBy(() -> ScheduleFiles.readRecords(new ByteArrayInputStream(utf16), "u.json"))
                .hasMessageContaining("byte 0: a UTF-16 byte-order mark; expected UTF-8");
    }

    @Test
    void everyProblemAtOnceWithItsPath() {
        String json = """
                {"plan": "", "asOf": "2021-10-32", "colour": "red", "occurrences": [
                   {"event": "issuance", "date": "2021-07-05", "subject": "兴府发/5号"},
                   {"event": " padded", "date": "2021-07-05", "subject": "s", "units": "zfb"}],
                 "records": [
                   {"type": "completion", "obligation": "a", "date": "2021-09-28", "count": 0},
                   {"type": "pause", "obligation": "a", "from": "2021-09-10", "to": "2021-09-09"},
                   {"type": "finish", "obligation": "a"},
                   {"type": "restart", "obligation": "a", "date": "2021-13-01"},
                   {"type": "extension", "obligation": "a", "approvedOn": "2021-09-01", "workingDays": 2.5},
                   {"type": "notApplicable", "obligation": " ", "date": "2021-09-01", "reason": "无"},
                   {"type": "progress", "obligation": "a", "date": "2021-09-01", "percent": 101, "by": "me"},
                   {"type": "progress", "obligation": "a", "date": "2021-09-01", "percent": 99999999999},
                   "completion", {"type": "restart", "obligation": "a", "date": "2021-09-01", "date": "2021-09-02"}]}
                """;
        assertThatThrownBy(() -> ScheduleFiles.readRecords(json, "oa.json"))
                .isInstanceOf(RecordsFormatException.class)
                .satisfies(e -> assertThat(((RecordsFormatException) e).problems()).extracting(Object::toString)
                        .containsExactly(
                                "$.records[9].date: duplicate field; each field once",
                                "$.colour: unknown field; expected one of [$schema, asOf, occurrences, plan, records]",
                                "$.plan: expected a non-empty string but found \"\"",
                                "$.asOf: expected a date yyyy-MM-dd but found \"2021-10-32\"",
                                "$.occurrences[0].subject: An obligation's subject must not contain '/', '#', '@' or "
                                        + "control characters, found at index 3: '兴府发/5号'",
                                "$.occurrences[1].units: unknown field; expected one of [date, event, subject, task, "
                                        + "unit]",
                                "$.occurrences[1].event: expected an event id such as issuance or receipt, or a name "
                                        + "without padding, quotes, backslashes or control characters, but found "
                                        + "\" padded\"",
                                "$.records[0].count: expected a whole number of at least 1 but found 0",
                                "$.records[1].to: the pause ends on 2021-09-09, before it starts on 2021-09-10; "
                                        + "expected a last day on or after the first",
                                "$.records[2].type: expected one of [completion, pause, restart, extension, "
                                        + "notApplicable, progress] but found \"finish\"",
                                "$.records[3].date: expected a date yyyy-MM-dd but found \"2021-13-01\"",
                                "$.records[4].workingDays: expected a whole number of at least 1 but found 2.5",
                                "$.records[5].obligation: expected a non-empty string but found \" \"",
                                "$.records[6].by: unknown field; expected one of [date, obligation, percent, type]",
                                "$.records[6].percent: expected a whole number from 0 to 100 but found 101",
                                "$.records[7].percent: expected a whole number from 0 to 100 but found 99999999999",
                                "$.records[8]: expected a record object with a type but found \"completion\""))
                .hasMessageStartingWith("Records file oa.json: 17 problems:\n  $.records[9].date: duplicate field");
    }

    @Test
    void malformedJsonWithLineColumnAndAWindow() {
        String json = "{\"plan\": \"xy\",\n \"records\": [" + "{\"type\": \"restart\"},".repeat(200) + " oops]}";
        assertThatThrownBy(() -> ScheduleFiles.readRecords(json, "oa.json"))
                .isInstanceOf(RecordsFormatException.class)
                .hasMessageContaining("line 2, column ")
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("oops]}")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
        assertThatThrownBy(() -> ScheduleFiles.readRecords("{\"plan\": \"xy\"} {}", "two"))
                .hasMessageContaining("more content after the JSON value");
        assertThatThrownBy(() -> ScheduleFiles.readRecords("  ", "empty")).hasMessageContaining("$: no JSON value");
        assertThatThrownBy(() -> ScheduleFiles.readRecords("[]", "array"))
                .hasMessageContaining("$: expected an object with plan, asOf, occurrences and records but found an "
                        + "array");
    }

    @Test
    void longValuesAreQuotedInAWindowAndControlCharactersEscaped() {
        String longDate = "2021-".repeat(100_000);
        RecordsFormatException e = (RecordsFormatException) org.junit.jupiter.api.Assertions.assertThrows(
                RecordsFormatException.class, () -> ScheduleFiles.readRecords("{\"plan\": \"xy\", \"asOf\": \""
                        + longDate + "\", \"\\u0007odd\\nname\": 1}", "long"));
        assertThat(e.getMessage().length()).isLessThan(400);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "$['\\u0007odd\\u000Aname']: unknown field; expected one of [$schema, asOf, occurrences, plan, "
                        + "records]",
                "$.asOf: expected a date yyyy-MM-dd but found \"" + "2021-".repeat(16) + "…\"");
    }

    @Test
    void limitsAndDeepNesting() {
        String many = "{\"plan\": \"xy\", \"records\": [" + "{},".repeat(ScheduleFiles.MAX_RECORDS) + "{}]}";
        assertThatThrownBy(() -> ScheduleFiles.readRecords(many, "many"))
                .hasMessage("Records file many: 1 problem:\n  $.records: 100001 elements, more than the limit of "
                        + "100000; split the file");
        String values = "{\"plan\": \"xy\", \"records\": [" + "[],".repeat(ScheduleFiles.MAX_VALUES) + "[]]}";
        assertThatThrownBy(() -> ScheduleFiles.readRecords(values, "values"))
                .hasMessage("Records file values: 1 problem:\n  $: more than 1000000 JSON values; split the file");
        byte[] huge = new byte[ScheduleFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> ScheduleFiles.readRecords(new ByteArrayInputStream(huge), "huge"))
                .hasMessageContaining("$: larger than the limit of 16777216 bytes");
        // a million nested arrays: refused at depth 16, never a stack overflow
        String deep = "{\"plan\": \"xy\", \"records\": [" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "]}";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> ScheduleFiles.readRecords(deep, "deep"))
                    .hasMessage("Records file deep: 1 problem:\n  $.records" + "[0]".repeat(15) + ": nested deeper "
                            + "than 16 levels; the format nests at most 4");
        });
        // a number of a million digits is refused (by Jackson's number length limit, or as not a whole number
        // from 0 to 100) without being converted
        String digits = "{\"plan\": \"xy\", \"records\": [{\"type\": \"progress\", \"obligation\": \"a\", "
                + "\"date\": \"2021-09-01\", \"percent\": " + "9".repeat(1_000_000) + "}]}";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> ScheduleFiles.readRecords(digits, "digits"))
                    .isInstanceOf(RecordsFormatException.class)
                    .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
        });
        // a 1 MB file of records reads in linear time
        StringBuilder b = new StringBuilder("{\"plan\": \"xy\", \"records\": [");
        for (int i = 0; i < 13_000; i++) {
            b.append(i == 0 ? "" : ",").append("{\"type\": \"completion\", \"obligation\": \"xy/7/2021-Q3@czj\", ")
                    .append("\"date\": \"2021-09-28\"}");
        }
        String big = b.append("]}").toString();
        assertThat(big.length()).isGreaterThan(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(ScheduleFiles.readRecords(big, "big").records()).hasSize(13_000);
        });
    }

    @Test
    void theShippedSchemaAcceptsTheDocumentedFormAndRefusesWhatTheReaderRefuses() throws Exception {
        JsonNode schemaNode;
        try (InputStream in = ScheduleFiles.class.getResourceAsStream(ScheduleFiles.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            schemaNode = MAPPER.readTree(in);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        assertThat(schema.validate(MAPPER.readTree(FILE))).isEmpty();
        assertThat(schema.validate(MAPPER.readTree(ScheduleFiles.write(EXPECTED)))).isEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode inputs = (com.fasterxml.jackson.databind.node.ObjectNode)
                MAPPER.readTree(ReportJson.write(Fixtures.SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15),
                        Fixtures.RECORDS)));
        inputs.remove("lines");
        assertThat(schema.validate(inputs)).isEmpty();
        Set<ValidationMessage> bad = schema.validate(MAPPER.readTree("{\"plan\": \"xy\", \"colour\": 1, "
                + "\"records\": [{\"type\": \"progress\", \"obligation\": \"a\", \"date\": \"2021-9-1\", "
                + "\"percent\": 101}]}"));
        assertThat(bad).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("colour"))
                .anySatisfy(m -> assertThat(m).contains("percent"))
                .anySatisfy(m -> assertThat(m).contains("date"));
        // the schema names exactly the fields the reader accepts
        Set<String> top = new TreeSet<>();
        schemaNode.get("properties").fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("$schema", "asOf", "occurrences", "plan", "records");
        Set<String> occurrence = new TreeSet<>();
        schemaNode.at("/properties/occurrences/items/properties").fieldNames().forEachRemaining(occurrence::add);
        assertThat(occurrence).containsExactly("date", "event", "subject", "task", "unit");
        List<String> types = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (JsonNode kind : schemaNode.at("/properties/records/items/oneOf")) {
            types.add(kind.at("/properties/type/const").textValue());
            Set<String> f = new TreeSet<>();
            kind.get("properties").fieldNames().forEachRemaining(f::add);
            fields.add(f.toString());
        }
        assertThat(types).isEqualTo(RecordsReading.TYPES);
        assertThat(fields).containsExactly("[count, date, note, obligation, type]", "[from, obligation, to, type]",
                "[date, obligation, type]", "[approvedOn, obligation, type, workingDays]",
                "[date, obligation, reason, type]", "[date, obligation, percent, type]");
    }
}
