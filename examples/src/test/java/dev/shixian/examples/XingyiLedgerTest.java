package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.shixian.export.LedgerCsv;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link XingyiLedger} on the 兴义市 2021 plan and its records file and checks what it prints and writes.
 *
 * <p>Every expected due date and count of working days below is counted by hand from the 2021 notice
 * 国办发明电〔2020〕27号 (docs/RULES.md §1): days off 元旦 01-01..01-03, 春节 02-11..02-17, 清明节 04-03..04-05, 劳动节
 * 05-01..05-05, 端午节 06-12..06-14, 中秋节 09-19..09-21, 国庆节 10-01..10-07; adjusted working days (调休上班) Sun
 * 02-07, Sat 02-20, Sun 04-25, Sat 05-08, Sat 09-18, Sun 09-26, Sat 10-09. The plan reads 日 in "形成起20日内" as
 * working days (政府信息公开条例第二十六条), see its {@code policy}. The calendar's own arithmetic is never used as an
 * oracle.
 *
 * <p>Working days per month of 2021 used below: July 22 (31 days, 9 weekend days, no holiday); August 22 (31 days,
 * 9 weekend days); September 22 (30 days, 8 weekend days, minus 中秋节 Mon 09-20 and Tue 09-21, plus Sat 09-18 and Sun
 * 09-26); October 1–15: 7 (Fri 10-08, Sat 10-09, Mon 10-11..Fri 10-15); October 18–31: 10; November 22 (30 days, 8
 * weekend days); December 23 (31 days, 8 weekend days).
 */
class XingyiLedgerTest {

    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

    /** Runs the program as of the records file's date into a temporary directory and returns what it printed. */
    private static List<String> runInto(Path dir, boolean colour) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            StatusReport report = XingyiLedger.run(dir, out, colour);
            assertThat(report.asOf()).isEqualTo(LocalDate.of(2021, 10, 15));
        }
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    void printsHandCountedLines(@TempDir Path dir) throws IOException {
        List<String> lines = runInto(dir, false);
        assertThat(lines.get(0)).isEqualTo(
                "兴义市2021年政务公开工作要点 工作台账，截至 2021-10-15（337 项义务，日历 CN[2004-01-01..2026-12-31]）");
        assertThat(lines.get(2)).isEqualTo("事项编号                                                 责任单位"
                + "                  完成时限                    截止日期    状态              剩余/逾期工作日  预警");
        assertThat(lines).contains(
                // formed Fri 09-10, 20 working days, 09-10 not counted: 1-5 Mon 09-13..Fri 09-17, 6 Sat 09-18
                // (adjusted), 09-19..09-21 中秋节 off, 7-9 Wed 09-22..Fri 09-24, 10 Sun 09-26 (adjusted), 11-14 Mon
                // 09-27..Thu 09-30, 10-01..10-07 国庆节 off, 15 Fri 10-08, 16 Sat 10-09 (adjusted), 17-20 Mon
                // 10-11..Thu 10-14: due Thu 10-14; not done, as of Fri 10-15 overdue by 1 (10-15): 黄
                "xingyi-2021/19/兴府办发〔2021〕31号@szfbgs               市政府办公室              信息形成之日起20日内"
                        + "        2021-10-14  逾期              逾期1            黄",
                // formed Mon 08-16: 1-4 Tue 08-17..Fri 08-20, 5-9 08-23..08-27, 10-11 08-30, 08-31, 12-14
                // 09-01..09-03, 15-19 09-06..09-10, 20 Mon 09-13: due 09-13; extension of 5 working days approved
                // 09-10 (before the due date): 09-14, 09-15, 09-16, 09-17, adjusted Sat 09-18 → due 09-18; done 09-17
                "xingyi-2021/24/兴府办发〔2021〕27号@szfbgs               市政府办公室              信息形成之日起20日内"
                        + "        2021-09-18  按时完成          -",
                // formed Fri 09-24: 1 adjusted Sun 09-26, 2-5 09-27..09-30, 国庆节, 6 Fri 10-08, 7 Sat 10-09, 8-12
                // 10-11..10-15, 13-17 10-18..10-22, 18-20 10-25..10-27: due Wed 10-27; pause (征求意见) Mon 10-11..
                // Wed 10-13 holds 3 working days: 10-28, 10-29, Mon 11-01 → due 11-01; as of 10-15 left: 10-18..10-22,
                // 10-25..10-29, 11-01 = 11
                "xingyi-2021/22/兴府办发〔2021〕35号@szfbgs               市政府办公室              信息形成之日起20日内"
                        + "        2021-11-01  未到期            剩余11",
                // issued Tue 09-28, published with it (同时): due 09-28; done Fri 10-08: late by 09-29, 09-30, 10-08
                "xingyi-2021/15/兴府发〔2021〕12号@stzcjj                 市投资促进局              与政策印发或实施同时"
                        + "        2021-09-28  逾期完成          逾期3",
                // monthly, period end Sat 07-31 (a fixed date, not rolled forward: docs/RULES.md §3); overdue by
                // August 22 + September 22 + October 1-15 7 = 51
                "xingyi-2021/12#乡镇(街道)/2021-07                        各乡镇<街道>（未列成员）  每月不少于4篇"
                        + "               2021-07-31  逾期              逾期51           红",
                // at least 4 articles: 2 on 09-10, 2 more on 09-28 — the count reaches 4 on 09-28 ≤ 09-30
                "xingyi-2021/12#乡镇(街道)/2021-09                        各乡镇<街道>（未列成员）  每月不少于4篇"
                        + "               2021-09-30  按时完成          -",
                // 9月底: due Thu 09-30; overdue by Fri 10-08, Sat 10-09, 10-11..10-15 = 7, more than 5: 红
                "xingyi-2021/1#历史规划@szfbgs                            市政府办公室              9月底前完成公开"
                        + "             2021-09-30  逾期              逾期7            红",
                // fourth quarter, due Fri 12-31; left as of 10-15: October 10 + November 22 + December 23 = 55
                "xingyi-2021/7/2021-Q4@sczj                               市财政局                  每季度一次"
                        + "                  2021-12-31  未到期            剩余55",
                "xingyi-2021/26@sgyhkjj                                   市工业和科技局            9月底前"
                        + "                     2021-09-30  本单位无此项工作  -",
                // due 09-30, done Fri 10-08, the first working day after 国庆节: late by 1
                "xingyi-2021/2@sczj                                       市财政局                  9月底前"
                        + "                     2021-09-30  逾期完成          逾期1",
                // the partial first quarter (plan issued 06-24) ends Wed 06-30; overdue by July 22 + August 22 +
                // September 22 + October 1-15 7 = 73
                "xingyi-2021/31/2021-Q2@sczj                              市财政局                  每季度一次"
                        + "                  2021-06-30  逾期              逾期73           红");
    }

    @Test
    void overdueListMostSevereFirst(@TempDir Path dir) throws IOException {
        List<String> lines = runInto(dir, false);
        int start = lines.indexOf("逾期清单（151 项，逾期工作日多者在前）");
        assertThat(start).isPositive();
        assertThat(lines.get(start + 1)).isEqualTo("事项编号                                                 责任单位"
                + "                  截止日期    逾期工作日  预警");
        // 73 working days overdue (06-30 → 10-15) first, equal days by due date then id; 乡 (U+4E61) sorts before
        // 市 (U+5E02)
        assertThat(lines.get(start + 2)).isEqualTo("xingyi-2021/12#乡镇(街道)/2021-06                        "
                + "各乡镇<街道>（未列成员）  2021-06-30  73          红");
        assertThat(lines.get(start + 3)).isEqualTo("xingyi-2021/12#市级部门/2021-05-01..2021-06-30@sczj      市财政局"
                + "                  2021-06-30  73          红");
        // the least severe last: due 10-14, 1 working day
        assertThat(lines.get(start + 152)).isEqualTo("xingyi-2021/19/兴府办发〔2021〕31号@szfbgs               市政府办公室"
                + "              2021-10-14  1           黄");
        assertThat(lines.get(start + 153)).isEmpty();
        List<Integer> days = new ArrayList<>();
        for (int i = start + 2; i <= start + 152; i++) {
            String[] cells = lines.get(i).split(" {2,}");
            days.add(Integer.parseInt(cells[3]));
        }
        // 73 (due 06-30), 51 (07-31), 29 (08-31), 7 (09-30), 1 (10-14), never increasing
        assertThat(days).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(days).containsOnly(73, 51, 29, 7, 1);
    }

    @Test
    void unitSummary(@TempDir Path dir) throws IOException {
        List<String> lines = runInto(dir, false);
        assertThat(lines).contains(
                "单位                      应完成  按时完成  逾期完成  逾期  本单位无此项工作  按时完成率",
                // 市电力公司 has one obligation (task 26, due 09-30), done late on 10-12
                "市电力公司                1       0         1         0     0                 0.0%",
                // task 30, done 06-28 before 06-30
                "市政务公开领导小组办公室  1       1         0         0     0                 100.0%",
                // due by 10-15: 1#历史规划, 2, 12#市级部门 05-06 and 07-08, 18#现行文件入库, 23, 25, 27, 31-Q2, 31-Q3,
                // 33#实施方案 (all overdue but 2 and 31-Q3, done on time), 19/兴府办发〔2021〕31号 (due 10-14, overdue) and
                // 24/兴府办发〔2021〕27号 (on time): 3 of 13 on time
                "市政府办公室              13      3         0         10    0                 23.1%");
    }

    @Test
    void writesFilesThatReadBack(@TempDir Path dir) throws IOException {
        runInto(dir, false);
        StatusReport report = XingyiLedger.report(LocalDate.of(2021, 10, 15));

        List<List<String>> ledgerRows = readCsv(dir.resolve("台账.csv"));
        assertThat(ledgerRows.get(0)).isEqualTo(LedgerCsv.LEDGER_HEADERS);
        assertThat(ledgerRows).hasSize(338);
        List<String> row19 = ledgerRows.stream().filter(r -> r.get(0).equals("xingyi-2021/19/兴府办发〔2021〕31号@szfbgs"))
                .findFirst().orElseThrow();
        int due = LedgerCsv.LEDGER_HEADERS.indexOf("截止日期");
        assertThat(row19.get(due)).isEqualTo("2021-10-14");
        assertThat(row19.get(LedgerCsv.LEDGER_HEADERS.indexOf("状态"))).isEqualTo("逾期");
        assertThat(row19.get(LedgerCsv.LEDGER_HEADERS.indexOf("逾期工作日"))).isEqualTo("1");
        List<String> row22 = ledgerRows.stream().filter(r -> r.get(0).equals("xingyi-2021/22/兴府办发〔2021〕35号@szfbgs"))
                .findFirst().orElseThrow();
        assertThat(row22.get(due)).isEqualTo("2021-11-01");
        assertThat(row22.get(LedgerCsv.LEDGER_HEADERS.indexOf("原截止日期"))).isEqualTo("2021-10-27");

        List<List<String>> unitRows = readCsv(dir.resolve("单位统计.csv"));
        assertThat(unitRows.get(0)).isEqualTo(LedgerCsv.UNIT_SUMMARY_HEADERS);
        assertThat(unitRows).contains(List.of("市政务公开领导小组办公室", "szwgklxzbgs", "0", "0", "0", "0", "0", "1", "0",
                "0", "1", "1", "100.0%"));

        String json = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(ReportJson.read(json, report.schedule())).isEqualTo(report);

        String ics = Files.readString(dir.resolve("截止日期.ics"), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        long dated = report.ledger().lines().stream().map(LedgerLine::obligation)
                .filter(o -> o.kind() == Obligation.Kind.DATED).count();
        assertThat(dated).isEqualTo(209);
        assertThat(count(ics, "BEGIN:VEVENT")).isEqualTo(dated);
        assertThat(count(ics, "END:VEVENT")).isEqualTo(dated);
        assertThat(ics).contains("DTSTART;VALUE=DATE:20211014");
    }

    @Test
    void colourOnlyOnTheStatusCells(@TempDir Path dir) throws IOException {
        List<String> plain = runInto(dir.resolve("plain"), false);
        List<String> coloured = runInto(dir.resolve("colour"), true);
        assertThat(String.join("\n", plain)).doesNotContain("\u001B");
        String line19 = coloured.stream().filter(l -> l.startsWith("xingyi-2021/19/")).findFirst().orElseThrow();
        assertThat(line19).contains("\u001B[31m逾期\u001B[0m");
        List<String> stripped = new ArrayList<>();
        for (String l : coloured) {
            stripped.add(ESCAPE.matcher(l).replaceAll(""));
        }
        assertThat(stripped.subList(0, stripped.size() - 6)).isEqualTo(plain.subList(0, plain.size() - 6));
    }

    @Test
    void arguments() {
        assertThat(XingyiLedger.Arguments.parse()).isEqualTo(new XingyiLedger.Arguments(null, Path.of("target",
                "xingyi-ledger")));
        assertThat(XingyiLedger.Arguments.parse("2021-12-01", "out"))
                .isEqualTo(new XingyiLedger.Arguments(LocalDate.of(2021, 12, 1), Path.of("out")));
        assertThat(XingyiLedger.Arguments.parse("2021-12-01").outputDir()).isEqualTo(Path.of("target", "xingyi-ledger"));
        assertThat(XingyiLedger.Arguments.parse("out").asOf()).isEmpty();
        assertThatThrownBy(() -> XingyiLedger.Arguments.parse("2021-02-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2021-02-30' is not a date");
        assertThatThrownBy(() -> XingyiLedger.Arguments.parse("2021-12-01", "out", "more"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unexpected argument 'more'");
    }

    @Test
    void colourSupport() {
        assertThat(XingyiLedger.colourSupported(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(XingyiLedger.colourSupported(false, Map.of("TERM", "xterm-256color"))).isFalse();
        assertThat(XingyiLedger.colourSupported(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(XingyiLedger.colourSupported(true, Map.of())).isFalse();
        assertThat(XingyiLedger.colourSupported(true, Map.of("TERM", "xterm", "NO_COLOR", ""))).isFalse();
    }

    @Test
    void displayWidth() {
        assertThat(XingyiLedger.displayWidth("市财政局")).isEqualTo(8);
        assertThat(XingyiLedger.displayWidth("兴府发〔2021〕5号")).isEqualTo(17);
        assertThat(XingyiLedger.displayWidth("12#乡镇(街道)")).isEqualTo(13);
        assertThat(XingyiLedger.displayWidth("（）、")).isEqualTo(6);
        assertThat(XingyiLedger.displayWidth("2021-10-15")).isEqualTo(10);
        assertThat(XingyiLedger.displayWidth("")).isZero();
    }

    @Test
    void anotherDate(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StatusReport report;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report = XingyiLedger.run(LocalDate.of(2021, 12, 1), dir, out, false);
        }
        // due 11-01 (after the pause), not done: overdue by Tue 11-02..Tue 11-30 (21) and Wed 12-01 = 22
        assertThat(report.status("xingyi-2021/22/兴府办发〔2021〕35号@szfbgs").workingDaysOverdue()).isEqualTo(22);
        // due Fri 12-31: left Thu 12-02..Fri 12-31 = 23 - 1 (Wed 12-01) = 22, more than 3: pending
        assertThat(report.status("xingyi-2021/7/2021-Q4@sczj").workingDaysLeft()).isEqualTo(22);
        assertThat(report.dueStatus("xingyi-2021/7/2021-Q4@sczj")).isEqualTo(DueStatus.PENDING);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("兴义市2021年政务公开工作要点 工作台账，截至 2021-12-01");
        assertThat(dir.resolve("report.json")).exists();
    }

    @Test
    void goldenLedger() throws IOException {
        String expected;
        try (InputStream in = XingyiLedgerTest.class.getResourceAsStream("/golden/xingyi-2021-ledger.txt")) {
            assertThat(in).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StatusReport report = XingyiLedger.report(XingyiLedger.records().asOf().orElseThrow());
        String actual = String.join("\n", XingyiLedger.table(report.ledger(), false)) + "\n";
        assertThat(actual).isEqualTo(expected);
    }

    private static long count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Reads a CSV file written by LedgerCsv (UTF-8 with a byte-order mark) as rows of cells. */
    private static List<List<String>> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }
}
