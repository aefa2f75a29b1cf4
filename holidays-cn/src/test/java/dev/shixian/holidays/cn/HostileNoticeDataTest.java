package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shixian.calendar.DayKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 (6): hostile notice data — days outside the notice's year, too many names, other encodings, byte-order
 * marks, huge lines and files — fails with {@link HolidayDataException} naming the source and position, with short
 * messages, in time proportional to the input; or loads.
 */
class HostileNoticeDataTest {

    private static final String HEAD = "notice 2027\ntitle 国务院办公厅关于2027年部分节假日安排的通知\nnumber 国办发明电〔2026〕1号\n";
    private static final String NOTICE = HEAD + "off 2027-01-01 元旦\nend\n";
    private static final String JSON = "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\","
            + " \"isOffDay\": true}]}";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Loads through a path and through a stream; both must behave alike. */
    private void bothWays(String name, byte[] bytes, Consumer<Throwable> check) throws Exception {
        Path file = write(name, bytes);
        NoticeFormat format = NoticeFormat.forFileName(name);
        Throwable viaPath = catchIt(() -> ChinaCalendar.official().toBuilder().addNotices(file).build());
        Throwable viaStream = catchIt(() -> ChinaCalendar.official().toBuilder()
                .addNotices(new ByteArrayInputStream(bytes), name, format).build());
        check.accept(viaPath);
        check.accept(viaStream);
    }

    private static Throwable catchIt(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void aDayOutsideTheNoticesYearIsADataErrorWithTheLine() throws Exception {
        // the next year's 元旦 belongs to the next year's notice
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(
                write("2027.txt", (HEAD + "off 2028-01-01 元旦\nend\n").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2027.txt at line 4")
                .hasMessageContaining("2026-12-01..2027-12-31");
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(write("2027.json",
                "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2028-01-01\", \"isOffDay\": true}]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2027.json at $.days[0].date");
        assertThatThrownBy(() -> HolidayNotice.of(java.time.Year.of(2027), "t", "s",
                java.util.List.of(new NoticeDay(of(2028, 1, 1), true, "元旦"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreThan120NamesIsADataErrorAtTheLineOfThe121st() throws Exception {
        StringBuilder text = new StringBuilder(HEAD);
        StringBuilder json = new StringBuilder("{\"year\": 2027, \"days\": [");
        for (int i = 0; i < 121; i++) {
            LocalDateText d = new LocalDateText(of(2027, 1, 1).plusDays(i));
            text.append("off ").append(d).append(" 节").append(i).append('\n');
            json.append(i == 0 ? "" : ",").append("{\"name\": \"节").append(i).append("\", \"date\": \"").append(d)
                    .append("\", \"isOffDay\": true}");
        }
        text.append("end\n");
        json.append("]}");
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(
                write("many.txt", text.toString().getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("many.txt at line 124")
                .hasMessageContaining("more than 120 holidays");
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(
                write("many.json", json.toString().getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("many.json at $.days[120].name")
                .hasMessageContaining("more than 120 holidays");
    }

    @Test
    void holidayNamesAreShortAndPlain() throws Exception {
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(write("ctl.txt",
                (HEAD + "off 2027-01-01 元\u0007旦\nend\n").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("ctl.txt at line 4")
                .hasMessageContaining("元\\u0007旦")
                .hasMessageContaining("U+0007");
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(write("long.json",
                ("{\"year\": 2027, \"days\": [{\"name\": \"" + "节".repeat(61) + "\", \"date\": \"2027-01-01\","
                        + " \"isOffDay\": true}]}").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("long.json at $.days[0].name")
                .hasMessageContaining("at most 60");
    }

    /** Spelled out so that the test does not lean on LocalDate.toString alone. */
    private record LocalDateText(java.time.LocalDate date) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth());
        }
    }

    @Test
    void gbkBytesFailAsNotUtf8WithTheByteOffsetThroughPathAndStream() throws Exception {
        Charset gbk = Charset.forName("GBK");
        byte[] text = NOTICE.getBytes(gbk);
        // the first non-ASCII byte is the first byte of 国 in the title, after "notice 2027\ntitle " (18 bytes)
        bothWays("gbk.txt", text, e -> assertThat(e).isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("line 2, byte offset 18")
                .hasMessageContaining("GBK"));
        // 元 in GBK is D4 AA, which happens to be a valid UTF-8 pair (U+052A); 旦 is B5 A9, and a lone B5 at byte
        // 36 (after the 34 bytes of {"year": 2027, "days": [{"name": " and D4 AA) is not UTF-8
        byte[] json = JSON.getBytes(gbk);
        bothWays("gbk.json", json, e -> assertThat(e).isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("not valid UTF-8 (found the byte 0xB5)")
                .hasMessageContaining("line 1, byte offset 36"));
    }

    @Test
    void aByteOrderMarkIsAcceptedInTextAndJsonAlike() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String[] input : new String[][] {{"bom.txt", NOTICE}, {"bom.json", JSON}}) {
            byte[] body = input[1].getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
            bothWays(input[0], bytes, e -> assertThat(e).isNull());
            ChinaCalendar cal = ChinaCalendar.official().toBuilder().addNotices(write(input[0], bytes)).build();
            assertThat(cal.dayKind(of(2027, 1, 1))).isEqualTo(DayKind.HOLIDAY);
        }
    }

    @Test
    void aOneMegabyteLineGivesAShortEscapedMessage() throws Exception {
        String huge = "\u0001".repeat(10) + "x".repeat(1 << 20);
        String[][] inputs = {
            {"huge-key.txt", HEAD + huge + " 2027-01-01 元旦\nend\n"},
            {"huge-name.txt", HEAD + "off 2027-01-01 元旦 " + huge + "\nend\n"},
            {"huge-date.txt", HEAD + "off " + huge + " 元旦\nend\n"},
            {"huge-line.txt", huge + "\n"},
            {"huge-name.json", "{\"year\": 2027, \"days\": [{\"name\": \"" + huge.replace("\u0001", "\\u0001")
                    + "\", \"date\": \"2027-01-01\", \"isOffDay\": 1}]}"},
            {"huge-date.json", "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"" + huge.replace(
                    "\u0001", "\\u0001") + "\", \"isOffDay\": true}]}"},
            {"huge-token.json", "{\"year\": 2027, \"days\": [" + "y".repeat(1 << 20) + "]}"},
            {"huge-field.json", "{\"" + "f".repeat(1 << 20) + "\": 1}"},
        };
        for (String[] input : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> bothWays(input[0],
                    input[1].getBytes(StandardCharsets.UTF_8), e -> assertThat(e)
                            .as(input[0]).isInstanceOf(HolidayDataException.class)
                            .satisfies(x -> assertThat(x.getMessage()).as(input[0]).hasSizeLessThan(1000)
                                    .doesNotContain("\u0001"))));
        }
    }

    @Test
    void aFileLargerThan8MiBFailsBeforeItIsDecoded() throws Exception {
        byte[] big = new byte[(8 << 20) + 1];
        java.util.Arrays.fill(big, (byte) '#');
        bothWays("big.txt", big, e -> assertThat(e).isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("larger than 8 MiB"));
    }

    @Test
    void largeValidInputsLoadInProportionalTime() throws Exception {
        // 1 MB of comments around one notice, and a JSON whose papers list is 1 MB long
        String comments = ("# " + "注".repeat(60) + "\n").repeat(5000);
        StringBuilder papers = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            papers.append(i == 0 ? "" : ",").append("\"https://example.org/").append(i).append("/notice\"");
        }
        String json = "{\"year\": 2027, \"papers\": [" + papers + "], \"days\": [{\"name\": \"元旦\","
                + " \"date\": \"2027-01-01\", \"isOffDay\": true}]}";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            bothWays("long.txt", (comments + NOTICE + comments).getBytes(StandardCharsets.UTF_8),
                    e -> assertThat(e).isNull());
            bothWays("long.json", json.getBytes(StandardCharsets.UTF_8), e -> assertThat(e).isNull());
        });
        HolidayNotice notice = ChinaCalendar.official().toBuilder().addNotices(write("long2.json",
                json.getBytes(StandardCharsets.UTF_8))).build().notice(of(2027, 1, 1)).orElseThrow();
        assertThat(notice.source()).hasSizeLessThan(200);
    }
}
