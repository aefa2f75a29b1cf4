package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.DayKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 (4): the one rule for several notices of one year ({@link ChinaCalendar}, "Several notices of one
 * year") holds the same on every path: the builder's {@code addNotice}, {@code withNotices} with a text file, two
 * blocks in one text file, and holiday-cn JSON. The official 2021 notice (国办发明电〔2020〕27号, 2020-11-25) makes
 * Saturday 2021-10-09 a working day (国庆节); the amending notices here are illustrative.
 */
class NoticeMergeRuleTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    @TempDir
    Path dir;

    /** An illustrative second 2021 notice making 2021-10-09 a day off. */
    private static String amendment(String number, String published) {
        return "notice 2021\ntitle 国务院办公厅关于调整2021年国庆节假期安排的通知\nnumber " + number + "\n"
                + (published == null ? "" : "published " + published + "\n") + "off 2021-10-09 国庆节\nend\n";
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Each way of loading the same text on top of the official notices. */
    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("withNotices(file)", (Loader) (t, file) -> CHINA.withNotices(file)),
                Arguments.of("builder().addNotices(file)", (Loader) (t, file) ->
                        ChinaCalendar.official().toBuilder().addNotices(file).build()),
                Arguments.of("addNotices(stream)", (Loader) (t, file) -> ChinaCalendar.official().toBuilder()
                        .addNotices(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)), "stream",
                                NoticeFormat.SHIXIAN_TEXT).build()),
                Arguments.of("addNotice(HolidayNotice)", (Loader) (t, file) -> {
                    ChinaCalendar.Builder b = ChinaCalendar.official().toBuilder();
                    ChinaCalendar.builder().addNotices(file).build().notices().stream()
                            .filter(n -> n.year().getValue() == 2021 && n.title().contains("调整"))
                            .forEach(b::addNotice);
                    return b.build();
                }),
                Arguments.of("one file with both 2021 blocks", (Loader) (t, file) -> {
                    StringBuilder all = new StringBuilder();
                    // the official notices of 2004..2021 re-read from text, followed by the amendment
                    all.append(officialText()).append('\n').append(t);
                    try {
                        Path both = file.resolveSibling("both.txt");
                        Files.writeString(both, all, StandardCharsets.UTF_8);
                        return ChinaCalendar.builder().addNotices(both).build();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    interface Loader {
        ChinaCalendar load(String text, Path file);
    }

    private static String officialText() {
        try (var in = ChinaCalendar.class.getResourceAsStream(ChinaCalendar.NOTICES_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void aGenuineSecondNoticeWithItsOwnNumberAndALaterDateDecides(String path, Loader loader) throws Exception {
        String text = amendment("国办发明电〔2021〕99号", "2021-09-01");
        ChinaCalendar cal = loader.load(text, write("2021-amendment.txt", text));
        assertThat(cal.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.notice(of(2021, 10, 9)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2021〕99号");
        assertThat(cal.dayKind(of(2021, 9, 26))).isEqualTo(DayKind.ADJUSTED_WORKDAY); // unchanged by it
        assertThat(CHINA.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                Arguments.of("the same 文号", amendment("国办发明电〔2020〕27号", "2021-09-01"), "same 文号"),
                Arguments.of("no publication date", amendment("国办发明电〔2021〕99号", null), "not published after"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void aContradictionThatIsNotAnAmendmentNamesBothSources(String kind, String text, String why) throws Exception {
        Path file = write("2021-clash.txt", text);
        for (Loader loader : List.<Loader>of((t, f) -> CHINA.withNotices(f),
                (t, f) -> ChinaCalendar.official().toBuilder().addNotices(new ByteArrayInputStream(
                        t.getBytes(StandardCharsets.UTF_8)), f.toString(), NoticeFormat.SHIXIAN_TEXT).build())) {
            assertThatThrownBy(() -> loader.load(text, file))
                    .isInstanceOf(HolidayDataException.class)
                    .hasMessageContaining("2021-clash.txt")
                    .hasMessageContaining("classpath:dev/shixian/holidays/cn/notices.txt")
                    .hasMessageContaining("国办发明电〔2020〕27号")
                    .hasMessageContaining("2021-10-09")
                    .hasMessageContaining(why)
                    .satisfies(e -> assertThat(((HolidayDataException) e).location()).isEqualTo("date 2021-10-09"));
        }
    }

    /** Order is publication order, not load order: a notice dated before the official one is amended by it. */
    @Test
    void anEarlierDatedNoticeIsAmendedByTheLaterOfficialOne() throws Exception {
        ChinaCalendar cal = CHINA.withNotices(write("2021-early.txt", amendment("国办发明电〔2020〕1999号", "2020-11-01")));
        assertThat(cal.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal.notice(of(2021, 10, 9)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2020〕27号");
    }

    /** holiday-cn's 2021 JSON with 2021-10-09 listed as a day off, against the official 2021 notice. */
    @Test
    void aHolidayCnJsonThatDisagreesWithTheOfficialNoticeFails() throws Exception {
        Path json = write("2021.json", "{\"year\": 2021, \"papers\": [\"http://www.gov.cn/zhengce/content/"
                + "2020-11/25/content_5564127.htm\"], \"days\": ["
                + "{\"name\": \"国庆节\", \"date\": \"2021-10-07\", \"isOffDay\": true},"
                + "{\"name\": \"国庆节\", \"date\": \"2021-10-09\", \"isOffDay\": true}]}");
        assertThatThrownBy(() -> CHINA.withNotices(json))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2021.json")
                .hasMessageContaining("classpath:dev/shixian/holidays/cn/notices.txt")
                .hasMessageContaining("国办发明电〔2020〕27号")
                .hasMessageContaining("no 文号");
        // the agreeing holiday-cn file loads and changes nothing
        Path agreeing = write("2021-ok.json", "{\"year\": 2021, \"days\": ["
                + "{\"name\": \"国庆节\", \"date\": \"2021-10-07\", \"isOffDay\": true},"
                + "{\"name\": \"国庆节\", \"date\": \"2021-10-09\", \"isOffDay\": false}]}");
        ChinaCalendar same = CHINA.withNotices(agreeing);
        assertThat(same.notice(of(2021, 10, 9)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2020〕27号");
        for (java.time.LocalDate d = of(2021, 1, 1); !d.isAfter(of(2021, 12, 31)); d = d.plusDays(1)) {
            assertThat(same.dayKind(d)).as("%s", d).isEqualTo(CHINA.dayKind(d));
        }
    }

    /** holiday-cn's 2020 file merges both 2020 notices: it agrees with the extension, which decides 2020-02-01. */
    @Test
    void holidayCn2020AgreesWithTheExtension() throws Exception {
        Path json = write("2020.json", "{\"year\": 2020, \"days\": ["
                + "{\"name\": \"春节\", \"date\": \"2020-02-01\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2020-02-03\", \"isOffDay\": false}]}");
        ChinaCalendar cal = CHINA.withNotices(json);
        assertThat(cal.dayKind(of(2020, 2, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(of(2020, 2, 3))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void aNoticeLoadedTwiceIsTakenOnce() throws Exception {
        // the shipped notices, copied to a file (the module does not open its resources to other class loaders)
        Path copy = dir.resolve("notices.txt");
        try (java.io.InputStream in = ChinaCalendar.class.getResourceAsStream(ChinaCalendar.NOTICES_RESOURCE)) {
            Files.write(copy, in.readAllBytes());
        }
        ChinaCalendar twice = ChinaCalendar.official().toBuilder().addNotices(copy).build();
        assertThat(twice.notices()).hasSameSizeAs(CHINA.notices());
        assertThat(twice).isEqualTo(CHINA);
    }

    @Test
    void noticesOfDifferentYearsMustNotDisagree() {
        // the 2019 notice makes 2018-12-29 a working day; a 2018 notice making it a day off contradicts it
        HolidayNotice clash = HolidayNotice.of(Year.of(2018), "illustrative", "clash-2018",
                List.of(new NoticeDay(of(2018, 12, 29), true, "元旦"))).withDocumentNumber("x")
                .withPublished(of(2018, 12, 20));
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNotice(clash).build())
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("different years");
    }
}
