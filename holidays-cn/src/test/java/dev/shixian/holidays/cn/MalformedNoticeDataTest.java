package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of malformed data fails with the file, the line or JSON path, and the reason. */
class MalformedNoticeDataTest {

    @TempDir
    Path dir;

    private static final String HEAD = "notice 2027\ntitle 国务院办公厅关于2027年部分节假日安排的通知\nnumber 国办发明电〔2026〕1号\n";

    static Stream<Arguments> malformedText() {
        return Stream.of(
                Arguments.of("empty file", "# nothing\n", "line 1", "at least one 'notice YYYY'"),
                Arguments.of("content before a notice", "off 2027-01-01 元旦\n", "line 1", "expected 'notice YYYY'"),
                Arguments.of("bad year", "notice 27\n", "line 1", "four-digit year"),
                Arguments.of("unknown key", HEAD + "holiday 2027-01-01 元旦\nend\n", "line 4", "unknown key 'holiday'"),
                Arguments.of("bad date", HEAD + "off 2027-02-30 春节\nend\n", "line 4", "2027-02-30"),
                Arguments.of("reversed range", HEAD + "off 2027-02-09..2027-02-05 春节\nend\n", "line 4",
                        "must end after it starts"),
                Arguments.of("missing name", HEAD + "off 2027-01-01\nend\n", "line 4", "expected 'off DATE[..DATE] HOLIDAY'"),
                Arguments.of("work on a weekday", HEAD + "work 2027-02-10 春节\nend\n", "line 4",
                        "only a weekend day can be made a working day"),
                Arguments.of("work range", HEAD + "work 2027-02-06..2027-02-07 春节\nend\n", "line 4", "names one date"),
                Arguments.of("date named twice", HEAD + "off 2027-01-01 元旦\noff 2027-01-01 元旦\nend\n", "line 5",
                        "already named at line 4"),
                Arguments.of("date far from the year", HEAD + "off 2029-01-01 元旦\nend\n", "line 4", "too far"),
                Arguments.of("missing number", "notice 2027\ntitle t\noff 2027-01-01 元旦\nend\n", "line 4",
                        "has no 'number'"),
                Arguments.of("missing title", "notice 2027\nnumber n\noff 2027-01-01 元旦\nend\n", "line 4",
                        "has no 'title'"),
                Arguments.of("no days", HEAD + "end\n", "line 4", "names no days"),
                Arguments.of("unclosed block", HEAD + "off 2027-01-01 元旦\n", "line 4", "is not closed by 'end'"),
                Arguments.of("nested block", HEAD + "notice 2028\n", "line 4", "starts before notice 2027"),
                Arguments.of("second title", HEAD + "title again\nend\n", "line 4", "second 'title'"),
                Arguments.of("bad published", HEAD + "published 2026/11/20\nend\n", "line 4", "2026/11/20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedText")
    void malformedTextNamesFileAndLine(String kind, String text, String line, String reason) throws Exception {
        Path file = dir.resolve("bad-notice.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(file))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("bad-notice.txt")
                .hasMessageContaining(line)
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    HolidayDataException h = (HolidayDataException) e;
                    assertThat(h.source()).endsWith("bad-notice.txt");
                    assertThat(h.location()).isEqualTo(line);
                });
    }

    private static String day(String name, String date, String off) {
        return "{\"name\": " + name + ", \"date\": " + date + ", \"isOffDay\": " + off + "}";
    }

    private static String json(String... days) {
        return "{\"year\": 2027, \"papers\": [], \"days\": [" + String.join(",", days) + "]}";
    }

    static Stream<Arguments> malformedJson() {
        String ok = day("\"元旦\"", "\"2027-01-01\"", "true");
        return Stream.of(
                // the column differs by one between Jackson 2.13 and later versions: only the line is asserted
                Arguments.of("syntax error", "{\"year\": 2027,\n \"days\": [\n  {\"name\": }]}", "line 3, column ",
                        "malformed JSON"),
                Arguments.of("not an object", "[1, 2]", "$", "expected a JSON object"),
                Arguments.of("missing year", "{\"days\": [" + ok + "]}", "$.year", "expected the notice's year"),
                Arguments.of("year as text", "{\"year\": \"2027\", \"days\": [" + ok + "]}", "$.year", "integer"),
                Arguments.of("no days", "{\"year\": 2027}", "$.days", "expected an array of days"),
                Arguments.of("empty days", json(), "$.days", "lists no days"),
                Arguments.of("day not an object", json(ok, "3"), "$.days[1]", "expected an object"),
                Arguments.of("bad date", json(ok, day("\"春节\"", "\"2027-02-30\"", "true")), "$.days[1].date",
                        "\"2027-02-30\""),
                Arguments.of("date as number", json(day("\"春节\"", "20270206", "true")), "$.days[0].date",
                        "expected a date string"),
                Arguments.of("missing name", json("{\"date\": \"2027-01-01\", \"isOffDay\": true}"),
                        "$.days[0].name", "non-empty string"),
                Arguments.of("bad isOffDay", json(day("\"元旦\"", "\"2027-01-01\"", "\"yes\"")),
                        "$.days[0].isOffDay", "expected true or false"),
                Arguments.of("unknown field", json("{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true,"
                        + " \"note\": 1}"), "$.days[0].note", "unknown field"),
                Arguments.of("duplicate date", json(ok, ok), "$.days[1].date", "already listed at $.days[0]"),
                Arguments.of("date far from the year", json(day("\"元旦\"", "\"2030-01-01\"", "true")),
                        "$.days[0].date", "too far"),
                Arguments.of("duplicate key", "{\"year\": 2027, \"year\": 2028, \"days\": [" + ok + "]}", "line 1",
                        "Duplicate field 'year'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJson")
    void malformedJsonNamesFileAndPath(String kind, String text, String location, String reason) throws Exception {
        Path file = dir.resolve("2027.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotices(file))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2027.json")
                .hasMessageContaining(location)
                .hasMessageContaining(reason);
    }
}
