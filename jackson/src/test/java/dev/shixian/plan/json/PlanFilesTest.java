package dev.shixian.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import dev.shixian.plan.QuantityTarget;
import dev.shixian.plan.Section;
import dev.shixian.plan.UnitDirectory;
import dev.shixian.deadline.Event;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFilesTest {

    /** A small plan in the documented form, modelled on the 兴义市 2021 要点. */
    static final String PLAN = """
            {"id": "xingyi-2021", "title": "兴义市2021年政务公开工作要点", "issuer": "兴义市人民政府办公室",
             "issued": "2021-06-24", "year": 2021, "events": {"issuance": "2021-06-24"},
             "units": [{"id": "zfb", "name": "市政府办公室", "aliases": ["政府办"]},
                       {"id": "cz", "name": "市财政局"},
                       {"id": "dx", "name": "顶效镇"}],
             "groups": [{"name": "市直有关部门", "members": ["cz"]},
                        {"name": "各乡镇<街道>", "members": ["dx"]}],
             "sections": [{"number": "一、", "title": "紧扣“十四五”开好局起好步深化政务公开",
                           "children": [{"number": "(一)", "title": "做好各类规划信息公开", "children": []}]}],
             "tasks": [{"id": "1", "section": ["一、", "(一)"], "content": "主动公开“十四五”规划",
                        "lead": ["市政府办公室", "市直有关部门"], "responsible": ["各乡镇<街道>"],
                        "deadline": "形成起20日内"},
                       {"id": "2", "section": ["一、"], "content": "归集整理规划", "lead": ["政府办"],
                        "deadline": "每季度一次", "quantity": {"count": 10, "measure": "条", "by": "2021年12月底前"},
                        "remarks": "备注"}]}
            """;

    @Test
    void readsTheDocumentedForm() {
        Plan plan = PlanFiles.fromJson(PLAN, "plan.json");
        assertThat(plan.id()).isEqualTo("xingyi-2021");
        assertThat(plan.year()).isEqualTo(Year.of(2021));
        assertThat(plan.window().getStart()).isEqualTo(LocalDate.of(2021, 6, 24));
        assertThat(plan.window().getEndInclusive()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(plan.events()).containsEntry(Event.ISSUANCE, LocalDate.of(2021, 6, 24));
        Task first = plan.tasks().get(0);
        assertThat(first.deadline()).contains(AfterEvent.of(20, AfterEvent.Counting.DAYS, Event.FORMATION));
        assertThat(plan.leadUnits(first)).extracting(Unit::id).containsExactly("zfb", "cz");
        assertThat(plan.responsibleUnits(first)).extracting(Unit::name).containsExactly("顶效镇");
        Task second = plan.task("2").orElseThrow();
        assertThat(second.quantity().orElseThrow().count()).isEqualTo(10);
        assertThat(second.quantity().orElseThrow().by()).contains("2021年12月底前");
        assertThat(second.remarks()).contains("备注");
        assertThat(plan.warnings()).extracting(PlanProblem::path)
                .containsExactly("$.tasks[0].deadline", "$.tasks[0].deadline");
        assertThat(plan.warnings().get(0).reason()).contains("formation").contains("never dates");
        assertThat(plan.warnings().get(1).reason()).contains("calendarDaysAsWorkingDays");
    }

    @Test
    void writingAndReadingBackGivesAnEqualPlan(@TempDir Path dir) {
        Plan plan = PlanFiles.fromJson(PLAN, "plan.json");
        Path file = dir.resolve("out.json");
        PlanFiles.write(plan, file);
        Plan again = PlanFiles.read(file);
        assertThat(again).isEqualTo(plan);
        assertThat(PlanFiles.toJson(again)).isEqualTo(PlanFiles.toJson(plan));
    }

    @Test
    void aPlanBuiltInCodeRoundTrips() {
        Plan plan = Plan.builder("rongjiang-2021").title("榕江县2021年政务公开工作方案").year(Year.of(2021))
                .window(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 12, 31))
                .event("issuance", LocalDate.of(2021, 3, 1))
                .unit(Unit.of("zfb", "县政府办公室").withAliases(List.of("县政府办")))
                .unit(Unit.of("fgj", "县发展改革局").withParent("zfb"))
                .group(new UnitGroup("县直各部门", List.of("fgj")))
                .task(Task.builder("23").content("完善政府公报数据库").lead("县政府办").timeLimit("持续推进"))
                .task(Task.builder("24").content("解读").lead("县直各部门")
                        .deadline(Deadline.parse("3 working days after issuance")))
                .note("责任单位栏为“--”")
                .build();
        assertThat(plan.hasExplicitWindow()).isTrue();
        assertThat(plan.task("24").orElseThrow().timeLimit()).contains("印发后3个工作日内");
        assertThat(PlanFiles.fromJson(PlanFiles.toJson(plan), "code")).isEqualTo(plan);
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aFixedDueDateBeforeTheIssueDateIsAWarning() {
        Plan plan = PlanFiles.fromJson(PLAN.replace("\"每季度一次\"", "\"5月底前\""), "plan.json");
        assertThat(plan.warnings()).extracting(PlanProblem::path).contains("$.tasks[1].deadline");
        assertThat(plan.warnings().toString()).contains("2021-05-31").contains("2021-06-24");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown unit", PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": [\"市统计局\"]"),
                        "$.tasks[1].lead[0]", "unknown unit '市统计局'"),
                Arguments.of("unknown responsible", PLAN.replace("\"responsible\": [\"各乡镇<街道>\"]",
                        "\"responsible\": [\"各乡镇\"]"), "$.tasks[0].responsible[0]", "unknown unit '各乡镇'"),
                Arguments.of("unparseable deadline", PLAN.replace("\"每季度一次\"", "\"每季度一次再说\""),
                        "$.tasks[1].deadline", "at index 5 expected"),
                Arguments.of("duplicate task id", PLAN.replace("{\"id\": \"2\"", "{\"id\": \"1\""),
                        "$.tasks[1].id", "duplicate task id '1', first used at $.tasks[0].id"),
                Arguments.of("missing lead unit", PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": []"),
                        "$.tasks[1].lead", "no lead unit"),
                Arguments.of("group cycle", PLAN.replace("\"members\": [\"cz\"]", "\"members\": [\"各乡镇<街道>\"]")
                        .replace("\"members\": [\"dx\"]", "\"members\": [\"市直有关部门\"]"),
                        "$.groups[0].members", "group cycle: 市直有关部门 → 各乡镇<街道> → 市直有关部门"),
                Arguments.of("unknown group member", PLAN.replace("\"members\": [\"cz\"]", "\"members\": [\"qq\"]"),
                        "$.groups[0].members[0]", "unknown member 'qq'"),
                Arguments.of("section not in the outline", PLAN.replace("[\"一、\"]", "[\"二、\"]"),
                        "$.tasks[1].section", "not in the plan's outline"),
                Arguments.of("bad issue date", PLAN.replace("\"issued\": \"2021-06-24\"", "\"issued\": \"2021-02-30\""),
                        "$.issued", "expected a date yyyy-MM-dd"),
                Arguments.of("year as text", PLAN.replace("\"year\": 2021", "\"year\": \"2021\""), "$.year",
                        "expected the plan's year as an integer"),
                Arguments.of("unknown field", PLAN.replace("\"remarks\"", "\"remark\""), "$.tasks[1].remark",
                        "unknown field"),
                Arguments.of("bad quantity", PLAN.replace("\"count\": 10", "\"count\": 0"),
                        "$.tasks[1].quantity.count", "at least 1"),
                Arguments.of("duplicate unit name", PLAN.replace("\"name\": \"市财政局\"", "\"name\": \"市政府办公室\""),
                        "$.units[1].name", "already used at $.units[0].name"),
                Arguments.of("missing title", PLAN.replace("\"title\": \"兴义市2021年政务公开工作要点\",", ""),
                        "$.title", "expected a non-empty string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void eachErrorKindHasItsPath(String kind, String json, String path, String reason) {
        assertThatThrownBy(() -> PlanFiles.fromJson(json, "plan.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("plan.json")
                .satisfies(e -> assertThat(((PlanFormatException) e).errors())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.reason()).contains(reason);
                        }));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String json = PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": [\"市统计局\"]")
                .replace("{\"id\": \"2\"", "{\"id\": \"1\"")
                .replace("\"每季度一次\"", "\"十三月底前\"");
        assertThatThrownBy(() -> PlanFiles.fromJson(json, "plan.json"))
                .isInstanceOf(PlanFormatException.class)
                .satisfies(e -> assertThat(((PlanFormatException) e).errors()).extracting(PlanProblem::path)
                        .containsExactlyInAnyOrder("$.tasks[1].id", "$.tasks[1].lead[0]", "$.tasks[1].deadline"))
                .hasMessageContaining("has 3 errors");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> PlanFiles.fromJson("{\"id\": \"x\",\n  \"title\": ,}", "broken.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("broken.json")
                // on the bad character with every Jackson version (2.13 reports the column after it)
                .satisfies(e -> assertThat(((PlanFormatException) e).errors().get(0).path())
                        .isEqualTo("line 2, column 12"))
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> PlanFiles.fromJson("[]", "array.json"))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> PlanFiles.fromJson("{\"id\": \"a\", \"id\": \"b\"}", "dup.json"))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void theShippedSchemaDescribesExactlyTheFieldsTheReaderAccepts() throws Exception {
        JsonNode schema;
        try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        Map<String, Set<String>> readerFields = Map.of("", PlanFiles.PLAN_FIELDS,
                "/properties/window", PlanFiles.WINDOW_FIELDS,
                "/properties/units/items", PlanFiles.UNIT_FIELDS,
                "/properties/groups/items", PlanFiles.GROUP_FIELDS,
                "/properties/tasks/items", PlanFiles.TASK_FIELDS,
                "/properties/tasks/items/properties/parts/items", PlanFiles.PART_FIELDS,
                "/properties/tasks/items/properties/quantity", PlanFiles.QUANTITY_FIELDS,
                "/$defs/section", PlanFiles.SECTION_FIELDS,
                "/$defs/policy", PlanFiles.POLICY_FIELDS);
        readerFields.forEach((pointer, fields) -> {
            JsonNode object = schema.at(pointer);
            List<String> described = new ArrayList<>();
            object.get("properties").fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of %s", pointer).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(object.get("additionalProperties").asBoolean(true)).as("closed %s", pointer).isFalse();
        });
        // and every object of the schema that lists properties is one of those above
        List<String> objects = new ArrayList<>();
        collectObjects(schema, "", objects);
        assertThat(objects).containsExactlyInAnyOrderElementsOf(readerFields.keySet());
        assertThat(schema.at("/required").toString()).isEqualTo("[\"id\",\"title\",\"year\"]");
    }

    private static void collectObjects(JsonNode node, String pointer, List<String> out) {
        if (node.isObject() && node.has("properties") && node.get("properties").isObject()
                && !pointer.endsWith("/properties")) {
            out.add(pointer);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(node.get(i), pointer + "/" + i, out);
            }
        }
        node.fields().forEachRemaining(f -> collectObjects(f.getValue(),
                pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), out));
    }

    @Test
    void readsFromAFileNamingItInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad-plan.json");
        Files.writeString(file, PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": [\"市统计局\"]"));
        assertThatThrownBy(() -> PlanFiles.read(file))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("bad-plan.json");
    }
}
