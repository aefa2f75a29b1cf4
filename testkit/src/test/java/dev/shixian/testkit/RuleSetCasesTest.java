package dev.shixian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.testkit.RuleSetCase.Column;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases files turned into dynamic tests: CSV (BOM, Chinese and English headers, cells over several lines, dates as
 * Excel writes them) and JSON; malformed rows fail with their file and line. Expected dates from the 2021 notice
 * 国办发明电〔2020〕27号, as in {@link Fixtures}.
 */
class RuleSetCasesTest {

    static final RuleSet RULES = RuleSet.of(Fixtures.schedule(), Fixtures.RECORDS);

    /** The kit used as intended: every row of the sample file passes. */
    @TestFactory
    Stream<DynamicTest> sampleCsv() {
        return RuleSetCases.fromResource("cases/sample-cases.csv").tests(RULES);
    }

    @TestFactory
    Stream<DynamicTest> sampleJsonWithoutItsLastRow() {
        return RuleSetCases.fromResource("/cases/sample-cases.json").tests(RULES).limit(2);
    }

    @Test
    void rowsAreNamedAfterTheirNameAndLineAndPointAtTheirLine() {
        List<DynamicTest> tests = RuleSetCases.fromResource("/cases/sample-cases.csv").tests(RULES)
                .collect(Collectors.toList());
        // the BOM is not part of the first header; the cell over two lines moves the next row to line 7; the blank
        // line 8 is skipped
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                "国庆前印发 [cases/sample-cases.csv:2]", "季度 [cases/sample-cases.csv:3]",
                "任务7 [cases/sample-cases.csv:4]", "历史规划逾期 [cases/sample-cases.csv:6]",
                "第二季度逾期完成 [cases/sample-cases.csv:8]", "line 9 [cases/sample-cases.csv:9]",
                "第四季度 [cases/sample-cases.csv:10]");
        assertThat(tests.get(3).getTestSourceUri()).contains(URI.create("classpath:/cases/sample-cases.csv?line=6"));
    }

    @Test
    void cellsAreReadByColumn() {
        RuleSetCases cases = RuleSetCases.fromResource("cases/sample-cases.csv");
        assertThat(cases.source()).isEqualTo("cases/sample-cases.csv");
        assertThat(cases).hasToString("RuleSetCases[cases/sample-cases.csv, 7 cases]");
        RuleSetCase c = cases.cases().get(0);
        assertThat(c.name()).isEqualTo("国庆前印发");
        assertThat(c.line()).isEqualTo(2);
        assertThat(c.location()).isEqualTo("cases/sample-cases.csv:2");
        assertThat(c.get(Column.PHRASE)).hasValue("印发后3个工作日内");
        assertThat(c.get(Column.EVENT_DATE)).hasValue("2021-09-30");
        assertThat(c.get(Column.AS_OF)).isEmpty();
        assertThat(c.problem()).isEmpty();
        assertThat(Column.forHeader(" Expected_Due-Date ")).hasValue(Column.EXPECTED_DUE_DATE);
        assertThat(Column.forHeader("期望截至日期")).isEmpty();
    }

    @Test
    void aFailingRowNamesItsFileAndLineAndExplainsTheDate() {
        String csv = "名称,时限,事件日期,期望截止日期\n"
                + "国庆前印发,印发后3个工作日内,2021-09-30,2021-10-11\n"
                + "算错了,印发后3个工作日内,2021-09-30,2021-10-08\n";
        List<DynamicTest> tests = RuleSetCases.fromCsv(csv, "mine.csv").tests(RULES).collect(Collectors.toList());
        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("mine.csv:3 算错了:\nExpecting deadline 印发后3个工作日内")
                .hasMessageContaining("but it resolves to [2021-10-11]")
                .hasMessageContaining("中文：" + ShixianAssertionsTest.ISSUED_0930_CHINESE)
                .hasMessageContaining("English: " + ShixianAssertionsTest.ISSUED_0930_ENGLISH);
        assertThat(tests.get(1).getTestSourceUri()).isEmpty();
    }

    @Test
    void aFailingStatusRowExplainsTheStatus() {
        String csv = "name,obligation,as of,expected status,expected working days\n"
                + "late,xy/2@zfb,2021-10-15,overdue,6\n";
        DynamicTest test = RuleSetCases.fromCsv(csv, "en.csv").tests(RULES).findFirst().orElseThrow();
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("en.csv:2 late:")
                .hasMessageContaining("to be overdue by 6 working days (逾期6个工作日)")
                .hasMessageContaining("状态：逾期7个工作日（截止日期 2021-09-30，截至 2021-10-15）【红】");
    }

    @Test
    void aFailingDueDateOfAnObligationWithoutAsOfExplainsIt() {
        String csv = "事项,期望截止日期\nxy/13/兴府发〔2021〕5号@zfb,2021-10-08\n";
        DynamicTest test = RuleSetCases.fromCsv(csv, "due.csv").tests(RULES).findFirst().orElseThrow();
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("due.csv:2 line 2:")
                .hasMessageContaining("to be due on 2021-10-08 (Friday, 周五)\nbut it is due on 2021-10-11")
                .hasMessageContaining("中文：" + ShixianAssertionsTest.ISSUED_0930_CHINESE);
    }

    @Test
    void malformedRowsFailWithFileAndLineWhileTheOthersRun() {
        String csv = "名称,时限,任务,事项,事件日期,截至日期,期望截止日期,期望状态,期望工作日,期望数量\n"
                + "好,印发后3个工作日内,,,2021-09-30,,2021-10-11,,,\n"
                + "坏日期,印发后3个工作日内,,,2021-09-30,,2021-13-01,,,\n"
                + "坏状态,,,xy/2@zfb,,2021-10-15,,迟了,,\n"
                + "两个主体,印发后3个工作日内,7,,2021-09-30,,2021-10-11,,,\n"
                + "没有期望,印发后3个工作日内,,,2021-09-30,,,,,\n"
                + "不适用的列,印发后3个工作日内,,,2021-09-30,2021-10-15,2021-10-11,,,\n"
                + "坏时限,印发后三个工做日内,,,2021-09-30,,2021-10-11,,,\n"
                + "坏数字,,7,,,,,,,三\n"
                + "多余的格,,7,,,,2021-06-30,,,,x\n"
                + "缺截至日期,,,xy/2@zfb,,,,逾期,,\n"
                + "\"多行\n名称\",,,xy/2@zfb,,,2021-09-30;2021-10-08,,,\n";
        List<DynamicTest> tests = RuleSetCases.fromCsv(csv, "bad.csv").tests(RULES).collect(Collectors.toList());
        assertThat(tests).hasSize(11);
        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        assertFails(tests.get(1), "bad.csv:3: column 期望截止日期 (expected due date): '2021-13-01' is not a date of the "
                + "calendar");
        assertFails(tests.get(2), "bad.csv:4: column 期望状态 (expected status): '迟了' is not a status: expected one of "
                + "未触发/not triggered, 持续推进/ongoing");
        assertFails(tests.get(3), "bad.csv:5: expected exactly one of the columns 时限 (phrase), 任务 (task) or 事项 "
                + "(obligation) to be filled, found 时限 (phrase), 任务 (task)");
        assertFails(tests.get(4), "bad.csv:6: expected at least one expectation column (期望…) to be filled");
        assertFails(tests.get(5), "bad.csv:7: column 截至日期 (as of) does not apply to a row naming a 时限 (phrase)");
        assertFails(tests.get(6), "bad.csv:8: column 时限 (phrase): ");
        assertFails(tests.get(7), "bad.csv:9: column 期望数量 (expected count): '三' is not a whole number such as 3");
        assertFails(tests.get(8), "bad.csv:10: cell 11 'x' has no header: expected at most 10 cells");
        assertFails(tests.get(9), "bad.csv:11: column 截至日期 (as of) is needed for 期望状态 (expected status)");
        assertThat(tests.get(10).getDisplayName()).isEqualTo("多行\n名称 [bad.csv:12]");
        assertFails(tests.get(10), "bad.csv:12: column 期望截止日期 (expected due date): '2021-09-30;2021-10-08' names 2 "
                + "dates; an obligation has one due date");
    }

    private static void assertFails(DynamicTest test, String message) {
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(RuleSetCasesException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aRowNamingATaskNeedsASchedule() {
        DynamicTest test = RuleSetCases.fromCsv("任务,期望数量\n7,3\n", "t.csv").tests(RuleSet.on(Fixtures.CAL))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(RuleSetCasesException.class)
                .hasMessage("t.csv:2: a row naming a task or an obligation needs a schedule: use "
                        + "RuleSet.of(schedule, records)");
    }

    @Test
    void phrasesAgainstACalendarAlone() {
        RuleSet rules = RuleSet.on(Fixtures.CAL).withPlanYear(2021);
        assertThat(rules).hasToString("RuleSet[calendar CN, year 2021]");
        assertThat(rules.schedule()).isEmpty();
        assertThat(rules.records()).isEmpty();
        assertThat(RULES).hasToString("RuleSet[calendar CN, year 2021, plan xy]");
        String csv = "时限,年度,期望截止日期,期望数量\n9月底前,,2021-09-30,1\n9月底前,2022,2022-09-30,\n长期,,,0\n";
        RuleSetCases cases = RuleSetCases.fromCsv(csv, "p.csv");
        for (DynamicTest t : cases.tests(rules).collect(Collectors.toList())) {
            assertThatCode(() -> t.getExecutable().execute()).as(t.getDisplayName()).doesNotThrowAnyException();
        }
        DynamicTest wrongCount = RuleSetCases.fromCsv("时限,期望数量\n每季度一次,3\n", "q.csv").tests(rules)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> wrongCount.getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("q.csv:2 line 2:").hasMessageContaining("to resolve to 3 due dates\n"
                        + "but it resolves to 4");
    }

    @Test
    void aCustomBodyRunsPerRowButNotForAMalformedOne() {
        List<String> seen = new java.util.ArrayList<>();
        List<DynamicTest> tests = RuleSetCases.fromCsv("时限,期望数量\n长期,0\n长期,x\n", "c.csv")
                .tests(c -> seen.add(c.get(Column.PHRASE).orElseThrow() + "@" + c.line()))
                .collect(Collectors.toList());
        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(RuleSetCasesException.class)
                .hasMessageStartingWith("c.csv:3: ");
        assertThat(seen).containsExactly("长期@2");
    }

    @Test
    void headerProblemsFailTheWholeFileAtLineOne() {
        assertThatThrownBy(() -> RuleSetCases.fromCsv("名称,期望截至日期\n", "h.csv"))
                .isInstanceOf(RuleSetCasesException.class)
                .hasMessageStartingWith("h.csv:1: header '期望截至日期' names no column: expected one of 名称 (name), "
                        + "时限 (phrase)");
        assertThatThrownBy(() -> RuleSetCases.fromCsv("时限,phrase\n", "h.csv"))
                .isInstanceOf(RuleSetCasesException.class).hasMessage("h.csv:1: header 时限 (phrase) appears twice");
        assertThatThrownBy(() -> RuleSetCases.fromCsv("", "empty.csv")).isInstanceOf(RuleSetCasesException.class)
                .hasMessage("empty.csv:1: empty file: expected a header row");
        assertThat(RuleSetCases.fromCsv("\uFEFF时限,期望数量,#mine,note\n", "h.csv").cases()).isEmpty();
    }

    @Test
    void filesThatAreNotUtf8AreRejectedWithAdvice(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "时限,期望数量\n长期,0\n".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> RuleSetCases.fromPath(gbk)).isInstanceOf(RuleSetCasesException.class)
                .hasMessageStartingWith(gbk + ":1: not UTF-8; in Excel save as \"CSV UTF-8 (逗号分隔)\"");
        Path utf8 = dir.resolve("ok.CSV");
        Files.write(utf8, "\uFEFF时限,期望数量\n长期,0\n".getBytes(StandardCharsets.UTF_8));
        List<DynamicTest> tests = RuleSetCases.fromPath(utf8).tests(RULES).collect(Collectors.toList());
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).getTestSourceUri()).contains(URI.create(utf8.toUri() + "?line=2"));
        Path txt = dir.resolve("cases.txt");
        Files.write(txt, new byte[0]);
        assertThatThrownBy(() -> RuleSetCases.fromPath(txt)).isInstanceOf(RuleSetCasesException.class)
                .hasMessage(txt + ": expected a file name ending in .csv or .json");
        assertThatThrownBy(() -> RuleSetCases.fromResource("cases/none.csv")).isInstanceOf(RuleSetCasesException.class)
                .hasMessage("cases/none.csv: no such resource on the class path");
    }

    @Test
    void jsonCasesHaveTheirLines() {
        RuleSetCases cases = RuleSetCases.fromResource("cases/sample-cases.json");
        assertThat(cases.cases()).extracting(RuleSetCase::line).containsExactly(2, 4, 6);
        assertThat(cases.cases().get(1).get(Column.EXPECTED_WORKING_DAYS)).hasValue("7");
        List<DynamicTest> tests = cases.tests(RULES).collect(Collectors.toList());
        assertThat(tests.get(2).getDisplayName()).isEqualTo("bad status [cases/sample-cases.json:6]");
        assertFails(tests.get(2), "cases/sample-cases.json:6: column 期望状态 (expected status): 'late' is not a status");
    }

    @Test
    void malformedJson() {
        assertThatThrownBy(() -> RuleSetCases.fromJson("{}", "o.json")).isInstanceOf(RuleSetCasesException.class)
                .hasMessage("o.json:1: expected a JSON array of cases");
        assertThatThrownBy(() -> RuleSetCases.fromJson("[\n{\"时限\": \"长期\"},\n 3]", "a.json"))
                .isInstanceOf(RuleSetCasesException.class)
                .hasMessage("a.json:3: expected a case object {…}, found VALUE_NUMBER_INT");
        assertThatThrownBy(() -> RuleSetCases.fromJson("[\n{\"时限\": \"长期\",\n \"截止\": 1}]", "k.json"))
                .isInstanceOf(RuleSetCasesException.class).hasMessageStartingWith("k.json:3: header '截止' names no column");
        assertThatThrownBy(() -> RuleSetCases.fromJson("[\n{\"时限\": \"长期\",\n", "t.json"))
                .isInstanceOf(RuleSetCasesException.class).hasMessageStartingWith("t.json:3: not JSON: ");
        assertThatThrownBy(() -> RuleSetCases.fromJson("[] []", "x.json")).isInstanceOf(RuleSetCasesException.class)
                .hasMessage("x.json:1: unexpected content after the array of cases");
        List<DynamicTest> nested = RuleSetCases.fromJson("[{\"时限\": [\"长期\"], \"期望数量\": 0}]", "n.json")
                .tests(RULES).collect(Collectors.toList());
        assertFails(nested.get(0), "n.json:1: key '时限': expected a string or a number");
        List<DynamicTest> twice = RuleSetCases.fromJson("[{\"时限\": \"长期\",\n \"phrase\": \"长期\", \"期望数量\": 0}]",
                "d.json").tests(RULES).collect(Collectors.toList());
        assertFails(twice.get(0), "d.json:2: column 时限 (phrase) is given twice");
        assertThatThrownBy(() -> RuleSetCases.fromJson("[{\"时限\": \"长期\",\n \"时限\": \"长期\"}]", "s.json"))
                .isInstanceOf(RuleSetCasesException.class).hasMessageStartingWith("s.json:2: not JSON: Duplicate field");
    }

    @Test
    void aLargeCellIsQuotedShortAndControlCharactersEscaped() {
        String csv = "时限,期望数量\n长期,\"" + "9".repeat(100) + "\u0007\"\n";
        DynamicTest test = RuleSetCases.fromCsv(csv, "big.csv").tests(RULES).findFirst().orElseThrow();
        assertFails(test, "big.csv:2: column 期望数量 (expected count): '" + "9".repeat(40) + "…' is not a whole number");
        DynamicTest bell = RuleSetCases.fromCsv("时限,期望数量\n长期,\"1\u0007\"\n", "bell.csv").tests(RULES)
                .findFirst().orElseThrow();
        assertFails(bell, "bell.csv:2: column 期望数量 (expected count): '1\\u0007' is not a whole number");
    }
}
