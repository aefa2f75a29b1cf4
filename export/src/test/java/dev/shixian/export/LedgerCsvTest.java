package dev.shixian.export;

import static dev.shixian.export.ExportFixtures.AWKWARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger CSV read back with jackson-dataformat-csv. Ledger: {@link ExportFixtures} as of Friday 2021-10-15.
 */
class LedgerCsvTest {

    static final List<String> HEADERS = List.of("事项编号", "任务", "任务内容", "分项", "责任单位", "完成时限", "规范时限", "周期",
            "截止日期", "原截止日期", "状态", "剩余工作日", "逾期工作日", "预警", "完成日期", "完成数量", "最低数量", "说明");

    /**
     * Per obligation: 截止日期, 原截止日期, 状态, 剩余工作日, 逾期工作日, 预警, 完成日期 — from the rules, on the 2021
     * calendar (国庆节 10-01..10-07 off, Sun 09-26 and Sat 10-09 adjusted working days).
     */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("xy/7/2021-Q2@czj", List.of("2021-06-30", "2021-06-30", "按时完成", "", "", "", "2021-06-30"));
        EXPECTED.put("xy/7/2021-Q2@zfb", List.of("2021-06-30", "2021-06-30", "按时完成", "", "", "", "2021-06-29"));
        EXPECTED.put("xy/7/2021-Q3@czj", List.of("2021-09-30", "2021-09-30", "按时完成", "", "", "", "2021-09-28"));
        // due Thu 09-30; overdue by 10-08, Sat 10-09, 10-11..10-15 = 7 working days: more than 5, red
        EXPECTED.put("xy/7/2021-Q3@zfb", List.of("2021-09-30", "2021-09-30", "逾期", "", "7", "红", ""));
        // Oct 18..29 (10), November (22), December (23): 55 working days left
        EXPECTED.put("xy/7/2021-Q4@czj", List.of("2021-12-31", "2021-12-31", "未到期", "55", "", "", ""));
        EXPECTED.put("xy/7/2021-Q4@zfb", List.of("2021-12-31", "2021-12-31", "未到期", "55", "", "", ""));
        // issued Thu 09-30: Fri 10-08 (1), adjusted Sat 10-09 (2), Mon 10-11 (3); done Tue 10-12, late by 1
        EXPECTED.put("xy/13/兴府发〔2021〕5号@zfb", List.of("2021-10-11", "2021-10-11", "逾期完成", "", "1", "", "2021-10-12"));
        // issued 10-20, after the ledger's date: not triggered, no due date yet
        EXPECTED.put("xy/13/兴府发〔2021〕6号@zfb", List.of("", "", "未触发", "", "", "", ""));
        // issued Thu 10-14: Fri 10-15 (1), Mon 10-18 (2), Tue 10-19 (3); left as of 10-15: 10-18, 10-19
        EXPECTED.put("xy/13/兴府发〔2021〕7号@zfb", List.of("2021-10-19", "2021-10-19", "即将到期", "2", "", "蓝", ""));
        // issued Wed 10-13: due Mon 10-18; extended by 5 working days on 10-15: 10-19..22, 10-25; left 6
        EXPECTED.put("xy/13/兴府发〔2021〕8号@zfb", List.of("2021-10-25", "2021-10-18", "未到期", "6", "", "", ""));
        EXPECTED.put("xy/23@sfj", List.of("", "", "持续推进", "", "", "", ""));
        EXPECTED.put("xy/30/2021-H1@sfj", List.of("2021-06-30", "2021-06-30", "本单位无此项工作", "", "", "", ""));
        EXPECTED.put("xy/30/2021-H2@sfj", List.of("2021-12-31", "2021-12-31", "未到期", "55", "", "", ""));
    }

    static List<String[]> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return it.readAll();
        }
    }

    static String written(Ledger ledger) throws IOException {
        StringWriter w = new StringWriter();
        LedgerCsv.write(ledger, w);
        return w.toString();
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheDocumentedHeaders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("台账.csv");
        LedgerCsv.write(ExportFixtures.ledger(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HEADERS) + "\r\n");
        assertThat(parse(text).get(0)).containsExactlyElementsOf(HEADERS);
        assertThat(LedgerCsv.LEDGER_HEADERS).isEqualTo(HEADERS);
        // the Writer form is the same text without the byte-order mark
        assertThat(written(ExportFixtures.ledger())).isEqualTo(text);
    }

    @Test
    void everyLineSurvivesTheRoundTrip() throws IOException {
        Ledger ledger = ExportFixtures.ledger();
        List<String[]> rows = parse(written(ledger));
        assertThat(rows).hasSize(1 + EXPECTED.size());
        assertThat(ledger.lines()).hasSize(EXPECTED.size());
        for (int i = 0; i < ledger.lines().size(); i++) {
            LedgerLine line = ledger.lines().get(i);
            String[] row = rows.get(i + 1);
            assertThat(row).hasSize(HEADERS.size());
            assertThat(row[0]).isEqualTo(line.id());
            List<String> expected = EXPECTED.get(row[0]);
            assertThat(expected).as(row[0]).isNotNull();
            assertThat(List.of(row[8], row[9], row[10], row[11], row[12], row[13], row[14])).as(row[0])
                    .isEqualTo(expected);
            assertThat(row[1]).isEqualTo(line.taskId());
            assertThat(row[2]).isEqualTo(line.obligation().task().content());
            assertThat(row[4]).isEqualTo(line.unitNames());
            assertThat(row[5]).isEqualTo(line.timeLimit());
            assertThat(row[16]).isEqualTo("1");
        }
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(
                concat("事项编号", EXPECTED.keySet()));
    }

    @Test
    void chineseTextAndPeriodsOfSomeLinesAsWritten() throws IOException {
        List<String[]> rows = parse(written(ExportFixtures.ledger()));
        String[] q3 = rows.get(4);
        assertThat(q3).containsExactly("xy/7/2021-Q3@zfb", "7", "财政预决算公开", "", "市政府办公室", "每季度一次", "quarterly",
                "2021-07-01..2021-09-30", "2021-09-30", "2021-09-30", "逾期", "", "7", "红", "", "0", "1",
                "逾期7个工作日（截止日期 2021-09-30，截至 2021-10-15）【红】");
        String[] ongoing = rows.get(11);
        assertThat(ongoing[0]).isEqualTo("xy/23@sfj");
        assertThat(ongoing[17]).isEqualTo("持续推进（截至 2021-10-15）；长期任务，无截止日期");
        String[] extended = rows.get(10);
        assertThat(extended[17]).isEqualTo("未到期，剩余6个工作日（截止日期 2021-10-25，原截止日期 2021-10-18，截至 2021-10-15）");
    }

    @Test
    void aCellWithACommaAQuoteAndALineBreakRoundTrips() throws IOException {
        String csv = written(ExportFixtures.ledger());
        // quoted by the library, quotes doubled
        assertThat(csv).contains(",\"公开\"\"双随机、一公开\"\"结果,含逗号\n第二行\",");
        List<String[]> rows = parse(csv);
        assertThat(rows.get(12)[0]).isEqualTo("xy/30/2021-H1@sfj");
        assertThat(rows.get(12)[2]).isEqualTo(AWKWARD);
        assertThat(rows.get(13)[2]).isEqualTo(AWKWARD);
    }

    @Test
    void unitSummariesRoundTrip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("单位统计.csv");
        LedgerCsv.writeUnitSummaries(ExportFixtures.ledger(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String[]> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("单位", "单位编号", "未触发", "持续推进", "未到期", "即将到期", "逾期", "按时完成",
                "逾期完成", "本单位无此项工作", "应完成", "按时完成", "按时完成率");
        assertThat(LedgerCsv.UNIT_SUMMARY_HEADERS).containsExactly(rows.get(0));
        // 市政府办公室: due by 10-15 are Q2 (on time), Q3 (overdue) and 5号 (late): 1 of 3 on time
        assertThat(rows.get(1)).containsExactly("市政府办公室", "zfb", "1", "0", "2", "1", "1", "1", "1", "0", "3", "1",
                "33.3%");
        // 市财政局: Q2 and Q3 on time, Q4 pending
        assertThat(rows.get(2)).containsExactly("市财政局", "czj", "0", "0", "1", "0", "0", "2", "0", "0", "2", "2",
                "100.0%");
        // 市司法局: ongoing, H1 not applicable (left out of the rate), H2 pending: nothing due, no rate
        assertThat(rows.get(3)).containsExactly("市司法局", "sfj", "0", "1", "1", "0", "0", "0", "0", "1", "0", "0", "");
        assertThat(rows).hasSize(4);
    }

    @Test
    void theStreamFormsWriteTheByteOrderMarkAndDoNotClose() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerCsv.write(ExportFixtures.ledger(), out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(written(ExportFixtures.ledger()));
        ByteArrayOutputStream units = new ByteArrayOutputStream();
        LedgerCsv.writeUnitSummaries(ExportFixtures.ledger(), units);
        assertThat(new String(units.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFF单位,单位编号,未触发,");
        StringWriter w = new StringWriter();
        LedgerCsv.writeUnitSummaries(ExportFixtures.ledger(), w);
        assertThat(w.toString()).startsWith("单位,").endsWith("\r\n");
    }

    @Test
    void theWriterIsFlushedNotClosedAndOutputIsTheSameEveryTime() throws IOException {
        StringWriter sw = new StringWriter();
        boolean[] closed = {false};
        Writer w = new java.io.FilterWriter(sw) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LedgerCsv.write(ExportFixtures.ledger(), w);
        assertThat(closed[0]).isFalse();
        assertThat(sw.toString()).isEqualTo(written(ExportFixtures.ledger()));
    }

    @Test
    void aLedgerWithoutLinesHasItsHeaders() throws IOException {
        Plan empty = Plan.builder("e").title("空").year(Year.of(2021)).issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室")).build();
        Ledger ledger = Scheduler.of(ExportFixtures.CAL).schedule(empty).statusAsOf(ExportFixtures.AS_OF, List.of())
                .ledger();
        assertThat(written(ledger)).isEqualTo(String.join(",", HEADERS) + "\r\n");
        StringWriter w = new StringWriter();
        LedgerCsv.writeUnitSummaries(ledger, w);
        assertThat(parse(w.toString())).hasSize(1);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> LedgerCsv.write(null, new StringWriter())).isInstanceOf(NullPointerException.class)
                .hasMessage("ledger");
        assertThatThrownBy(() -> LedgerCsv.write(ExportFixtures.ledger(), (Writer) null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> LedgerCsv.write(ExportFixtures.ledger(), (Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
    }

    private static List<String> concat(String first, java.util.Collection<String> rest) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
