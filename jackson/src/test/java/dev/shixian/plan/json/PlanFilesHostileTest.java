package dev.shixian.plan.json;

import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plan files that are wrong in every way a file can be: each is one PlanFormatException, located and short. */
class PlanFilesHostileTest {

    static final String PLAN = PlanFilesTest.PLAN;

    static PlanFormatException refused(String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(PlanFormatException.class, () -> PlanFiles.fromJson(json, "hostile.json")));
    }

    static PlanFormatException refused(byte[] bytes) {
        return assertThrows(PlanFormatException.class,
                () -> PlanFiles.read(new ByteArrayInputStream(bytes), "hostile.json"));
    }

    // ------------------------------------------------------------------ A7

    @Test
    void aHugeYearIsALocatedProblemNotADateTimeException() {
        PlanFormatException e = refused(PLAN.replace("\"year\": 2021", "\"year\": 2147483647"));
        assertThat(e.errors()).extracting(PlanProblem::path).contains("$.year");
        assertThat(e.getMessage()).contains("from 1000 to 9999");
        assertThat(refused(PLAN.replace("\"year\": 2021", "\"year\": 99999999999999999999")).errors())
                .extracting(PlanProblem::path).contains("$.year");
        assertThat(refused(PLAN.replace("2021-06-24\", \"year\"", "+99999-06-24\", \"year\"")).errors())
                .extracting(PlanProblem::path).contains("$.issued");
    }

    @Test
    void february29In2021IsListedWithTheOtherProblems() {
        PlanFormatException e = refused(PLAN.replace("\"每季度一次\"", "\"2月29日前\"")
                .replace("\"lead\": [\"政府办\"]", "\"lead\": [\"市统计局\"]"));
        assertThat(e.errors()).extracting(PlanProblem::path)
                .containsExactlyInAnyOrder("$.tasks[1].lead[0]", "$.tasks[1].deadline");
    }

    // ------------------------------------------------------------------ A6, B9

    @Test
    void eventsByChineseWordAndTyposLocated() {
        Plan plan = PlanFiles.fromJson(PLAN.replace("{\"issuance\": \"2021-06-24\"}", "{\"印发\": \"2021-06-24\"}"),
                "p.json");
        assertThat(plan.events()).containsEntry(Event.ISSUANCE, LocalDate.of(2021, 6, 24));
        assertThat(PlanFiles.toJson(plan)).contains("\"issuance\" : \"2021-06-24\"");
        PlanFormatException e = refused(PLAN.replace("\"issuance\": \"2021", "\"issuence\": \"2021"));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.events.issuence");
            assertThat(p.reason()).contains("expected one of issuance (印发)");
        });
    }

    @Test
    void problemsInATaskNameItsId() {
        PlanFormatException e = refused(PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": [\"市统计局\"]"));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.taskId()).contains("2");
            assertThat(p.location()).isEqualTo("$.tasks[1].lead[0] (task \"2\")");
        });
        assertThat(e.getMessage()).contains("$.tasks[1].lead[0] (task \"2\"): unknown unit '市统计局'")
                .contains("nearest: 市财政局");
        assertThat(refused(PLAN.replace("\"remarks\"", "\"remark\"")).errors().get(0).taskId()).contains("2");
    }

    @Test
    void aValueTheReaderRefusesIsReportedOnce() {
        PlanFormatException e = refused(PLAN.replace("{\"id\": \"2\", ", "{\"id\": 2, ")
                .replace("\"title\": \"兴义市2021年政务公开工作要点\",", "\"title\": \"\","));
        assertThat(e.errors()).extracting(PlanProblem::path).containsExactly("$.title", "$.tasks[1].id");
        assertThat(e.errors().get(1).reason()).isEqualTo("expected a non-empty string but found 2");
    }

    // ------------------------------------------------------------------ A1, A3: parts and policy round trip

    @Test
    void partsAndPoliciesRoundTrip() {
        String json = PLAN.replace("\"year\": 2021,", "\"year\": 2021, \"policy\": {\"calendarDaysAsWorkingDays\": true},")
                .replace("\"deadline\": \"每季度一次\",", "\"deadline\": \"市级每季度一次，乡镇每月\", \"parts\": ["
                        + "{\"label\": \"市级\", \"lead\": [\"市直有关部门\"], \"deadline\": \"每季度一次\"},"
                        + "{\"label\": \"乡镇\", \"lead\": [\"各乡镇<街道>\"], \"deadline\": \"每月\"}],"
                        + " \"policy\": {\"calendarDaysAsWorkingDays\": false, \"promptDefault\": \"形成或变更之日起20个工作日内\"},");
        Plan plan = PlanFiles.fromJson(json, "p.json");
        Task task = plan.task("2").orElseThrow();
        assertThat(plan.policy().calendarDaysAsWorkingDays()).isTrue();
        assertThat(task.policy()).contains(DeadlinePolicy.builder()
                .promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT).build());
        assertThat(task.parts()).hasSize(2);
        assertThat(plan.leadUnits(task, task.parts().get(1))).extracting(Unit::id).containsExactly("dx");
        assertThat(task.timeLimit()).contains("市级每季度一次，乡镇每月");
        Plan again = PlanFiles.fromJson(PlanFiles.toJson(plan), "again.json");
        assertThat(again).isEqualTo(plan);
        assertThat(PlanFiles.toJson(again)).isEqualTo(PlanFiles.toJson(plan));
    }

    @Test
    void aPartsReferencesAreCheckedAtTheirPath() {
        PlanFormatException e = refused(PLAN.replace("\"deadline\": \"每季度一次\",", "\"parts\": ["
                + "{\"label\": \"市级\", \"lead\": [\"市直部门\"], \"deadline\": \"每季度一次\"}],"));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tasks[1].parts[0].lead[0]");
            assertThat(p.reason()).contains("nearest: 市直有关部门");
        });
    }

    // ------------------------------------------------------------------ C11: limits

    @Test
    void deeplyNestedSectionsAreRefusedWithThePath() {
        String deep = "{\"number\": \"x\", \"children\": [".repeat(9) + "]}".repeat(9);
        PlanFormatException e = refused(PLAN.replace("\"sections\": [", "\"sections\": [" + deep + ","));
        assertThat(e.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.sections[0]" + ".children[0]".repeat(8));
            assertThat(p.reason()).contains("more than 8 levels");
        });
    }

    @Test
    void fourMegabytesOfNestingAreRefusedQuickly() {
        String nested = "{\"id\": \"x\", \"title\": \"t\", \"year\": 2021, \"sections\": "
                + "[{\"number\": \"1\", \"children\": ".repeat(200_000) + "[]" + "}]".repeat(200_000) + "}";
        PlanFormatException e = refused(nested);
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("$.sections[0].children[0].children[0]");
            assertThat(p.reason()).isEqualTo("JSON nested more than 32 levels deep");
        });
        assertThat(refused("[".repeat(1_000_000)).errors().get(0).reason()).contains("nested more than 32");
    }

    @Test
    void aMegabyteTimeLimitCellIsRefusedWithItsPath() {
        PlanFormatException e = refused(PLAN.replace("\"每季度一次\"", "\"" + "每季度一次".repeat(200_000) + "\""));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tasks[1].deadline");
            assertThat(p.reason()).contains("1000000 characters");
        });
        assertThat(e.getMessage().length()).isLessThan(500);
    }

    @Test
    void tooLargeFilesAndTooManyTasksAreRefused() {
        byte[] big = new byte[PlanFiles.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(refused(big).errors().get(0).reason()).contains("more than 16777216 bytes");
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i <= Plan.MAX_TASKS; i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"content\": \"c\"}");
        }
        PlanFormatException e = refused("{\"id\": \"x\", \"title\": \"t\", \"year\": 2021, \"tasks\": [" + tasks + "]}");
        assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.tasks"));
    }

    @Test
    void longNumbersAndStringsAreQuotedInShortWindows() {
        assertThat(refused(PLAN.replace("\"count\": 10", "\"count\": 1" + "0".repeat(1_000_000))).errors().get(0)
                .reason()).contains("1000001"); // ours on Jackson 2.13, StreamReadConstraints' on 2.15 and later
        PlanFormatException e = refused(PLAN.replace("\"lead\": [\"政府办\"]", "\"lead\": [\"" + "政".repeat(1_000_000) + "\"]"));
        assertThat(e.getMessage().length()).isLessThan(1_000);
        PlanFormatException wrongType = refused(PLAN.replace("\"year\": 2021", "\"year\": [" + "1,".repeat(100_000) + "1]"));
        assertThat(wrongType.getMessage()).contains("an array of 100001 items").hasSizeLessThan(1_000);
    }

    @Test
    void nestedAndChainedGroupsFromAFileAreCheckedInLinearTime() {
        StringBuilder levels = new StringBuilder();
        for (int k = 0; k < 28; k++) {
            levels.append(String.format(java.util.Locale.ROOT, "{\"name\": \"a%d\", \"members\": [\"a%d\", \"b%d\"]},"
                    + "{\"name\": \"b%d\", \"members\": [\"a%d\", \"b%d\"]},", k, k + 1, k + 1, k, k + 1, k + 1));
        }
        levels.append("{\"name\": \"a28\", \"members\": [\"zfb\"]}, {\"name\": \"b28\", \"members\": [\"cz\"]},");
        String nested = PLAN.replace("\"groups\": [", "\"groups\": [" + levels)
                .replace("\"lead\": [\"政府办\"]", "\"lead\": [\"a0\"]");
        assertThat(nested.length()).isLessThan(4_000);
        Plan plan = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PlanFiles.fromJson(nested, "n.json"));
        assertThat(plan.leadUnits(plan.task("2").orElseThrow())).extracting(Unit::id).containsExactly("zfb", "cz");
        StringBuilder chain = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            chain.append("{\"name\": \"g").append(k).append("\", \"members\": [\"")
                    .append(k + 1 < 20_000 ? "g" + (k + 1) : "dx").append("\"]},");
        }
        String chained = PLAN.replace("\"groups\": [", "\"groups\": [" + chain)
                .replace("\"lead\": [\"政府办\"]", "\"lead\": [\"g0\"]");
        Plan long_ = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PlanFiles.fromJson(chained, "c.json"));
        assertThat(long_.leadUnits(long_.task("2").orElseThrow())).extracting(Unit::id).containsExactly("dx");
    }

    // ------------------------------------------------------------------ C12: encoding and syntax

    @Test
    void gbkThroughAStreamIsNotValidUtf8WithTheByteOffset() {
        byte[] gbk = PLAN.getBytes(Charset.forName("GBK"));
        int expected = PLAN.indexOf('兴'); // the first non-ASCII character; everything before it is ASCII
        PlanFormatException e = refused(gbk);
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("byte " + expected);
            assertThat(p.reason()).contains("not valid UTF-8 at byte offset " + expected).contains("(bytes D0 CB");
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Plan plan = PlanFiles.read(new ByteArrayInputStream(withBom), "bom.json");
        assertThat(plan.title()).isEqualTo("兴义市2021年政务公开工作要点");
        assertThat(PlanFiles.fromJson("\uFEFF" + PLAN, "bom.json")).isEqualTo(plan);
        byte[] truncated = java.util.Arrays.copyOf(body, PLAN.substring(0, PLAN.indexOf('兴')).length() + 1);
        assertThat(refused(truncated).errors().get(0).reason()).contains("not valid UTF-8");
    }

    @Test
    void malformedJsonReportsLineAndColumnAndAWindow() {
        PlanFormatException e = refused("{\"id\": \"x\",\n  \"title\": ,}");
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line 2, column 12");
            assertThat(p.reason()).startsWith("malformed JSON: ").contains("near '");
        });
        String longLine = "{\"id\": \"" + "x".repeat(100_000) + "\" \"title\": 1}";
        PlanFormatException far = refused(longLine);
        assertThat(far.errors().get(0).path()).startsWith("line 1, column 1000");
        assertThat(far.getMessage().length()).isLessThan(1_000);
        assertThat(refused("{\"id\": \"x\"} {}").errors().get(0).reason()).contains("trailing content");
        assertThat(refused("{\"id\": \"x\"\r\n\r\n \"t\": 1}").errors().get(0).path()).isEqualTo("line 3, column 2");
        assertThat(refused("").errors().get(0).reason()).contains("expected a JSON object");
    }
}
