package dev.shixian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Bilingual;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Explanation;
import dev.shixian.deadline.PartResolution;
import dev.shixian.deadline.json.DeadlineModule;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.Unit;
import dev.shixian.plan.json.PlanFiles;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.json.RecordsFormatException;
import dev.shixian.schedule.json.ReportJson;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * {@link ShixianModule} on a small plan and the 2021 autumn of the official calendar as 国办发明电〔2020〕27号 gives
 * it: 中秋节 09-19..21 off with adjusted working day (调休上班) Sat 09-18; 国庆节 10-01..07 off with adjusted working
 * days Sun 09-26 and Sat 10-09. Dates are counted by hand from that notice.
 */
class ShixianModuleTest {

    private static final WorkingCalendar CAL = ImmutableWorkingCalendar.builder().name("CN-2021-autumn")
            .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            .daysOff(LocalDate.of(2021, 9, 19), LocalDate.of(2021, 9, 21), "中秋节")
            .workingDay(LocalDate.of(2021, 9, 18), "中秋节")
            .daysOff(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7), "国庆节")
            .workingDay(LocalDate.of(2021, 9, 26), "国庆节")
            .workingDay(LocalDate.of(2021, 10, 9), "国庆节")
            .build();

    private static final Plan PLAN = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
            .issued(LocalDate.of(2021, 6, 24))
            .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局"))
            .task(Task.builder("7").content("财政预决算公开").lead("czj").timeLimit("每季度一次"))
            .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内"))
            .task(Task.builder("20").content("规划公开").lead("zfb")
                    .timeLimit("最新规划:形成20日内。历史规划:9月底完成公开。")
                    .part(TaskPart.builder("最新规划").timeLimit("形成20日内"))
                    .part(TaskPart.builder("历史规划").lead("czj").timeLimit("9月底完成公开")))
            .build();

    private static final Occurrence ISSUED = Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号");
    private static final Schedule SCHEDULE = Scheduler.of(CAL).schedule(PLAN, List.of(ISSUED));
    /** Task 7, Q3 due Thu 09-30, done Fri 10-08 (10-01..07 off): late by 1 working day. */
    private static final Completion LATE = Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 10, 8));
    private static final StatusReport REPORT = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), List.of(LATE));

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ShixianModule());
    private static final PolymorphicTypeValidator SHIXIAN = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.shixian.").allowIfSubType(List.class).allowIfBaseType(Object.class).build();

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    private static Due issuedPlus3() {
        return Deadline.parse("印发后3个工作日内").resolve(DeadlineContext.of(CAL)
                .withEvent(Event.ISSUANCE, LocalDate.of(2021, 9, 30))).get(0);
    }

    @Test
    void dueIsWrittenWithItsExplanationInBothLanguages() throws Exception {
        // issued Thu 09-30 (day 0); 1 = Fri 10-08, 2 = Sat 10-09 (调休上班), 3 = Mon 10-11
        assertThat(json(issuedPlus3())).isEqualTo("{\"deadline\":\"3 working days after issuance\","
                + "\"deadlineChinese\":\"印发后3个工作日内\",\"dueDate\":\"2021-10-11\",\"minimumCount\":1,"
                + "\"provisional\":false,\"settled\":true,\"explanation\":{"
                + "\"english\":\"issued Thu 2021-09-30 (day 0, not counted) → 1 Fri 10-08 → 2 Sat 10-09 (adjusted "
                + "working day, 国庆节) → 3 Mon 10-11: due 2021-10-11\","
                + "\"chinese\":\"印发 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五 → 第2个工作日 10-09 周六（调休上班，国庆节）"
                + "→ 第3个工作日 10-11 周一：截止 2021-10-11\","
                + "\"steps\":[{\"english\":\"issued Thu 2021-09-30 (day 0, not counted)\","
                + "\"chinese\":\"印发 2021-09-30 周四（当日不计入）\"},"
                + "{\"english\":\"1 Fri 10-08\",\"chinese\":\"第1个工作日 10-08 周五\"},"
                + "{\"english\":\"2 Sat 10-09 (adjusted working day, 国庆节)\","
                + "\"chinese\":\"第2个工作日 10-09 周六（调休上班，国庆节）\"},"
                + "{\"english\":\"3 Mon 10-11\",\"chinese\":\"第3个工作日 10-11 周一\"}],"
                + "\"conclusion\":{\"english\":\"due 2021-10-11\",\"chinese\":\"截止 2021-10-11\"}}}");
        assertThat(json(issuedPlus3().explanation()))
                .isEqualTo(MAPPER.readTree(json(issuedPlus3())).get("explanation").toString());
    }

    @Test
    void aRecurringDueHasItsPeriodBothEndsInclusive() throws Exception {
        List<Due> dues = Deadline.parse("每季度一次").resolve(DeadlineContext.of(CAL).withYear(Year.of(2021)));
        JsonNode q3 = MAPPER.readTree(json(dues.get(2)));
        assertThat(q3.get("deadline").textValue()).isEqualTo("quarterly");
        assertThat(q3.get("deadlineChinese").textValue()).isEqualTo("每季度一次");
        assertThat(q3.get("dueDate").textValue()).isEqualTo("2021-09-30");
        assertThat(q3.get("period").textValue()).isEqualTo("2021-07-01..2021-09-30");
        assertThat(q3.get("minimumCount").intValue()).isEqualTo(1);
        assertThat(q3.has("label")).isFalse();
        assertThat(q3.get("explanation").get("english").textValue()).endsWith("due 2021-09-30");
        assertThat(q3.get("explanation").get("chinese").textValue()).endsWith("截止 2021-09-30");
    }

    @Test
    void partResolutionsAreWrittenWithTheirOutcome() throws Exception {
        List<PartResolution> parts = Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。")
                .resolveParts(DeadlineContext.of(CAL).withYear(Year.of(2021)));
        assertThat(json(parts.get(0))).isEqualTo("{\"label\":\"最新规划\",\"deadline\":\"20 days after formation\","
                + "\"deadlineChinese\":\"形成之日起20日内\",\"outcome\":\"AWAITING_EVENTS\",\"dues\":[],"
                + "\"awaitedEvents\":[\"formation\"],\"reason\":{\"english\":\"waits for the date of formation "
                + "(DeadlineContext.withEvent or withTrigger)\",\"chinese\":\"待形成的日期确定\"}}");
        JsonNode dated = MAPPER.readTree(json(parts.get(1)));
        assertThat(dated.get("outcome").textValue()).isEqualTo("DATED");
        assertThat(dated.get("dues").get(0).get("dueDate").textValue()).isEqualTo("2021-09-30");
        assertThat(dated.get("dues").get(0).get("label").textValue()).isEqualTo("历史规划");
        assertThat(dated.get("reason").toString()).isEqualTo("{\"english\":\"1 due date\",\"chinese\":\"1个截止日期\"}");
    }

    @Test
    void bilingualTextsRoundTrip() throws Exception {
        Bilingual b = new Bilingual("due soon", "即将到期");
        assertThat(json(b)).isEqualTo("{\"english\":\"due soon\",\"chinese\":\"即将到期\"}");
        assertThat(MAPPER.readValue(json(b), Bilingual.class)).isEqualTo(b);
        Explanation.Step step = new Explanation.Step("1 Fri 10-08", "第1个工作日 10-08 周五");
        assertThat(MAPPER.readValue(json(step), Explanation.Step.class)).isEqualTo(step);
        assertThatThrownBy(() -> MAPPER.readValue("{\"english\":\"x\",\"chinese\":1}", Bilingual.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("'/'")
                .hasMessageContaining("\"english\" and \"chinese\"");
        assertThatThrownBy(() -> MAPPER.readValue("{\"list\":[{\"english\":\"x\"}]}", BilingualList.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("'/list/0'")
                .hasMessageContaining("\"chinese\" is missing");
        // a control character in the input is quoted escaped
        assertThatThrownBy(() -> MAPPER.readValue("{\"eng\\u0001\":\"x\"}", Bilingual.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("'eng\\u0001'");
    }

    @Test
    void planIsWrittenAsThePlanFileAndReadBackEqual() throws Exception {
        String json = json(PLAN);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(PlanFiles.toJson(PLAN)));
        assertThat(MAPPER.readValue(json, Plan.class)).isEqualTo(PLAN);
        assertThatThrownBy(() -> MAPPER.readValue("{\"plan\":{\"id\":\"xy\"}}", PlanHolder.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Invalid plan at JSON path '/plan'")
                .hasCauseInstanceOf(PlanFormatException.class);
        assertThatThrownBy(() -> MAPPER.readValue("[1]", Plan.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("expected a JSON object");
    }

    @Test
    void aTaskAloneIsItsPlanFileObject() throws Exception {
        JsonNode file = MAPPER.readTree(PlanFiles.toJson(PLAN));
        for (int i = 0; i < PLAN.tasks().size(); i++) {
            assertThat(MAPPER.readTree(json(PLAN.tasks().get(i)))).isEqualTo(file.get("tasks").get(i));
        }
        assertThat(json(PLAN.tasks().get(1))).isEqualTo("{\"id\":\"13\",\"section\":[],\"content\":\"政策解读\","
                + "\"lead\":[\"zfb\"],\"responsible\":[],\"deadline\":\"印发后3个工作日内\"}");
        assertThat(json(PLAN.tasks().get(2).parts().get(1)))
                .isEqualTo("{\"label\":\"历史规划\",\"lead\":[\"czj\"],\"deadline\":\"9月底完成公开\"}");
        assertThatThrownBy(() -> MAPPER.readValue(json(PLAN.tasks().get(1)), Task.class))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("read the Plan");
    }

    @Test
    void occurrencesAndRecordsAreWrittenAsTheRecordsFileAndReadBackEqual() throws Exception {
        assertThat(json(ISSUED.forTask("13").byUnit("zfb"))).isEqualTo("{\"event\":\"issuance\","
                + "\"date\":\"2021-09-30\",\"subject\":\"兴府发〔2021〕5号\",\"task\":\"13\",\"unit\":\"zfb\"}");
        assertThat(MAPPER.readValue(json(ISSUED), Occurrence.class)).isEqualTo(ISSUED);
        List<ObligationRecord> records = List.of(LATE.withCount(2).withNote("三季度"),
                Pause.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 8), LocalDate.of(2021, 10, 9)),
                Restart.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11)),
                Extension.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11), 5),
                NotApplicable.of("xy/7/2021-Q4@czj", LocalDate.of(2021, 10, 12), "本单位无此项工作"),
                Progress.of("xy/7/2021-Q4@czj", LocalDate.of(2021, 10, 13), 40));
        List<String> expected = List.of(
                "{\"type\":\"completion\",\"obligation\":\"xy/7/2021-Q3@czj\",\"date\":\"2021-10-08\",\"count\":2,"
                        + "\"note\":\"三季度\"}",
                "{\"type\":\"pause\",\"obligation\":\"xy/13/兴府发〔2021〕5号@zfb\",\"from\":\"2021-10-08\","
                        + "\"to\":\"2021-10-09\"}",
                "{\"type\":\"restart\",\"obligation\":\"xy/13/兴府发〔2021〕5号@zfb\",\"date\":\"2021-10-11\"}",
                "{\"type\":\"extension\",\"obligation\":\"xy/13/兴府发〔2021〕5号@zfb\",\"approvedOn\":\"2021-10-11\","
                        + "\"workingDays\":5}",
                "{\"type\":\"notApplicable\",\"obligation\":\"xy/7/2021-Q4@czj\",\"date\":\"2021-10-12\","
                        + "\"reason\":\"本单位无此项工作\"}",
                "{\"type\":\"progress\",\"obligation\":\"xy/7/2021-Q4@czj\",\"date\":\"2021-10-13\",\"percent\":40}");
        for (int i = 0; i < records.size(); i++) {
            ObligationRecord r = records.get(i);
            assertThat(json(r)).isEqualTo(expected.get(i));
            assertThat(MAPPER.readValue(expected.get(i), r.getClass())).isEqualTo(r);
            assertThat(MAPPER.readValue(expected.get(i), ObligationRecord.class)).isEqualTo(r);
        }
        assertThat(MAPPER.readValue(json(records), new TypeReference<List<ObligationRecord>>() { }))
                .isEqualTo(records);
    }

    @Test
    void badRecordsFailWithTheirPath() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"records\":[{\"type\":\"completion\",\"obligation\":\"a/1\","
                + "\"date\":\"2021-13-01\"}]}", RecordsHolder.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("Invalid completion at JSON path '/records/0': date: expected a date")
                .hasCauseInstanceOf(RecordsFormatException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"pause\",\"obligation\":\"a/1\",\"from\":\"2021-10-08\","
                + "\"to\":\"2021-10-09\"}", Completion.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("expected \"type\": \"completion\" but found a Pause");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            deep.append("{\"a\":");
        }
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"restart\",\"x\":" + deep, Restart.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("nested more than 64 deep");
    }

    @Test
    void obligationIsWrittenWithItsDue() throws Exception {
        Obligation o = SCHEDULE.find("xy/13/兴府发〔2021〕5号@zfb").orElseThrow();
        JsonNode n = MAPPER.readTree(json(o));
        assertThat(n.get("id").textValue()).isEqualTo("xy/13/兴府发〔2021〕5号@zfb");
        assertThat(n.get("task").textValue()).isEqualTo("13");
        assertThat(n.get("unit").textValue()).isEqualTo("zfb");
        assertThat(n.get("units").toString()).isEqualTo("[\"zfb\"]");
        assertThat(n.get("subject").textValue()).isEqualTo("兴府发〔2021〕5号");
        assertThat(n.get("kind").textValue()).isEqualTo("DATED");
        assertThat(n.get("dueDate").textValue()).isEqualTo("2021-10-11");
        assertThat(n.get("due").get("dueDate").textValue()).isEqualTo("2021-10-11");
        assertThat(n.get("due").get("explanation").get("chinese").textValue()).contains("调休上班");
        assertThat(n.get("minimumCount").intValue()).isEqualTo(1);
        JsonNode q3 = MAPPER.readTree(json(SCHEDULE.find("xy/7/2021-Q3@czj").orElseThrow()));
        assertThat(q3.get("period").textValue()).isEqualTo("2021-07-01..2021-09-30");
        assertThat(q3.get("deadline").textValue()).isEqualTo("quarterly");
        assertThat(q3.get("deadlineChinese").textValue()).isEqualTo("每季度一次");
        assertThatThrownBy(() -> MAPPER.readValue(json(o), Obligation.class))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Scheduler.schedule");
    }

    @Test
    void statusIsWrittenWithItsHistoryInBothLanguages() throws Exception {
        ObligationStatus s = REPORT.status("xy/7/2021-Q3@czj");
        assertThat(json(s)).isEqualTo("{\"obligation\":\"xy/7/2021-Q3@czj\",\"asOf\":\"2021-10-15\","
                + "\"status\":\"DONE_LATE\",\"statusChinese\":\"逾期完成\",\"dueDate\":\"2021-09-30\","
                + "\"originalDueDate\":\"2021-09-30\",\"workingDaysLeft\":0,\"workingDaysOverdue\":0,"
                + "\"workingDaysLate\":1,\"completedOn\":\"2021-10-08\",\"count\":1,\"minimumCount\":1,"
                + "\"explanation\":{\"english\":\"done late on 2021-10-08, late by 1 working day (due 2021-09-30, "
                + "as of 2021-10-15)\",\"chinese\":\"2021-10-08 逾期完成，逾期1个工作日（截止日期 2021-09-30，截至 "
                + "2021-10-15）\"},\"history\":[{\"record\":{\"type\":\"completion\",\"obligation\":"
                + "\"xy/7/2021-Q3@czj\",\"date\":\"2021-10-08\",\"count\":1},\"dueBefore\":\"2021-09-30\","
                + "\"dueAfter\":\"2021-09-30\",\"english\":\"" + s.history().get(0).english() + "\","
                + "\"chinese\":\"" + s.history().get(0).chinese() + "\"}]}");
        assertThat(s.history().get(0).english()).contains("2021-10-08");
        assertThat(s.history().get(0).chinese()).contains("2021-10-08");
        assertThatThrownBy(() -> MAPPER.readValue(json(s), ObligationStatus.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("Cannot read ObligationStatus at JSON path '/'")
                .hasMessageContaining("ReportJson.read");
    }

    @Test
    void reportIsWrittenAsReportJsonAndReadBackByRecomputation() throws Exception {
        String json = json(REPORT);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(ReportJson.write(REPORT)));
        assertThat(ReportJson.read(json, SCHEDULE)).isEqualTo(REPORT);
        assertThatThrownBy(() -> MAPPER.readValue(json, StatusReport.class))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("ReportJson.read");
    }

    @Test
    void ledgerIsWrittenWithItsLinesAndUnits() throws Exception {
        Ledger ledger = REPORT.ledger();
        JsonNode n = MAPPER.readTree(json(ledger));
        assertThat(n.get("asOf").textValue()).isEqualTo("2021-10-15");
        assertThat(n.get("lines")).hasSize(SCHEDULE.obligations().size());
        JsonNode first = n.get("lines").get(0);
        assertThat(first.get("obligation").get("id").textValue()).isEqualTo(first.get("status").get("obligation")
                .textValue());
        assertThat(json(ledger.lines().get(0))).isEqualTo(first.toString());
        JsonNode czj = n.get("units").get(1);
        // 市财政局 as of Fri 10-15, the plan issued 06-24 (so its quarters start with Q2): Q2 due 06-30 and
        // 历史规划 due 09-30 overdue, Q3 due 09-30 done late on 10-08, Q4 due 12-31 pending
        assertThat(czj.toString()).isEqualTo("{\"unit\":\"czj\",\"unitName\":\"市财政局\",\"counts\":{"
                + "\"NOT_TRIGGERED\":0,\"ONGOING\":0,\"PENDING\":1,\"DUE_SOON\":0,\"OVERDUE\":2,"
                + "\"DONE_ON_TIME\":0,\"DONE_LATE\":1,\"NOT_APPLICABLE\":0},\"dueByDate\":3,\"doneOnTime\":0}");
        assertThat(n.get("lines").get(0).get("obligation").get("id").textValue()).isEqualTo("xy/7/2021-Q2@czj");
        assertThat(json(ledger.unitSummaries().get(1))).isEqualTo(czj.toString());
        assertThatThrownBy(() -> MAPPER.readValue(json(ledger), Ledger.class))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void computedValuesRefuseToBeRead() {
        for (Class<?> type : List.of(Due.class, Explanation.class, PartResolution.class)) {
            assertThatThrownBy(() -> MAPPER.readValue("{}", type)).as(type.getSimpleName())
                    .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("is computed")
                    .hasMessageContaining("resolve its deadline again");
        }
    }

    @Test
    void valuesInsidePojoFieldsAndLists() throws Exception {
        Holder h = new Holder(PLAN, List.of(LATE, Restart.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11))),
                ISSUED);
        String json = json(h);
        Holder back = MAPPER.readValue(json, Holder.class);
        assertThat(back.plan).isEqualTo(PLAN);
        assertThat(back.records).isEqualTo(h.records);
        assertThat(back.occurrence).isEqualTo(ISSUED);
        assertThat(MAPPER.readTree(json).get("records").get(0).get("type").textValue()).isEqualTo("completion");
        List<Due> dues = List.of(issuedPlus3());
        assertThat(MAPPER.readTree(json(dues)).get(0).get("dueDate").textValue()).isEqualTo("2021-10-11");
    }

    @Test
    void defaultTypingWritesAndReadsTheStoredValues() throws Exception {
        List<Object> values = List.of(PLAN, ISSUED, LATE, Pause.of("a/1", LocalDate.of(2021, 10, 8),
                LocalDate.of(2021, 10, 9)), new Bilingual("due", "截止"));
        for (ObjectMapper.DefaultTyping typing : List.of(ObjectMapper.DefaultTyping.NON_FINAL,
                ObjectMapper.DefaultTyping.EVERYTHING)) {
            for (JsonTypeInfo.As as : List.of(JsonTypeInfo.As.WRAPPER_ARRAY, JsonTypeInfo.As.PROPERTY,
                    JsonTypeInfo.As.WRAPPER_OBJECT)) {
                ObjectMapper typed = new ObjectMapper().registerModule(new ShixianModule())
                        .activateDefaultTyping(SHIXIAN, typing, as);
                String json = typed.writeValueAsString(new ArrayList<>(values));
                List<Object> back = typed.readValue(json, new TypeReference<List<Object>>() { });
                assertThat(back).as(typing + " " + as + " " + json).isEqualTo(values);
                // computed values are written with their type id, and refused when read
                String due = typed.writeValueAsString(new ArrayList<>(List.of(issuedPlus3())));
                assertThat(due).as(due).contains("dev.shixian.deadline.Due").contains("调休上班");
                assertThatThrownBy(() -> typed.readValue(due, new TypeReference<List<Object>>() { }))
                        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Due is computed");
            }
        }
        ObjectMapper typed = new ObjectMapper().registerModule(new ShixianModule())
                .activateDefaultTyping(SHIXIAN, ObjectMapper.DefaultTyping.NON_FINAL);
        assertThat(typed.writerFor(ObligationRecord.class).writeValueAsString(LATE)).isEqualTo(
                "[\"dev.shixian.schedule.Completion\",{\"type\":\"completion\",\"obligation\":\"xy/7/2021-Q3@czj\","
                + "\"date\":\"2021-10-08\",\"count\":1}]");
    }

    @Test
    void foundByFindAndRegisterModulesAndIncludesTheDeadlineModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.writeValueAsString(LATE)).isEqualTo(json(LATE));
        assertThat(MAPPER.writeValueAsString(Deadline.parse("印发后3个工作日内")))
                .isEqualTo("\"3 working days after issuance\"");
        assertThat(new ObjectMapper().registerModule(new ShixianModule(DeadlineModule.Form.CHINESE))
                .writeValueAsString(Deadline.parse("quarterly"))).isEqualTo("\"每季度一次\"");
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocaleOrZone() throws Exception {
        String before = json(REPORT.ledger()) + json(issuedPlus3());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(json(REPORT.ledger()) + json(issuedPlus3())).isEqualTo(before);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** A POJO with Shixian values in its fields. */
    public static final class Holder {
        /** A plan. */
        public final Plan plan;
        /** Records. */
        public final List<ObligationRecord> records;
        /** An occurrence. */
        public final Occurrence occurrence;

        /**
         * A holder.
         *
         * @param plan  the plan
         * @param records  the records
         * @param occurrence  the occurrence
         */
        @JsonCreator
        public Holder(@JsonProperty("plan") Plan plan, @JsonProperty("records") List<ObligationRecord> records,
                @JsonProperty("occurrence") Occurrence occurrence) {
            this.plan = plan;
            this.records = records;
            this.occurrence = occurrence;
        }
    }

    /** A POJO with a plan. */
    public static final class PlanHolder {
        /** The plan. */
        public Plan plan;
    }

    /** A POJO with records. */
    public static final class RecordsHolder {
        /** The records. */
        public List<Completion> records;
    }

    /** A POJO with texts. */
    public static final class BilingualList {
        /** The texts. */
        public List<Bilingual> list;
    }
}
