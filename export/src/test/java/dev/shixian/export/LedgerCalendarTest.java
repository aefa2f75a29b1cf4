package dev.shixian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.Explanation;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Obligation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The due-date calendar read back with ical4j, an independent parser. Ledger: {@link ExportFixtures} as of Friday
 * 2021-10-15.
 */
class LedgerCalendarTest {

    /** The due date of every dated obligation, from the rules (see LedgerCsvTest for the counting). */
    static final Map<String, LocalDate> DUE = new LinkedHashMap<>();

    static {
        DUE.put("xy/7/2021-Q2@czj", LocalDate.of(2021, 6, 30));
        DUE.put("xy/7/2021-Q2@zfb", LocalDate.of(2021, 6, 30));
        DUE.put("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 30));
        DUE.put("xy/7/2021-Q3@zfb", LocalDate.of(2021, 9, 30));
        DUE.put("xy/7/2021-Q4@czj", LocalDate.of(2021, 12, 31));
        DUE.put("xy/7/2021-Q4@zfb", LocalDate.of(2021, 12, 31));
        DUE.put("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11));
        // not triggered as of 10-15: the obligation's own due date, Wed 10-20 + 3 working days
        DUE.put("xy/13/兴府发〔2021〕6号@zfb", LocalDate.of(2021, 10, 25));
        DUE.put("xy/13/兴府发〔2021〕7号@zfb", LocalDate.of(2021, 10, 19));
        // extended by 5 working days: the effective due date
        DUE.put("xy/13/兴府发〔2021〕8号@zfb", LocalDate.of(2021, 10, 25));
        DUE.put("xy/30/2021-H1@sfj", LocalDate.of(2021, 6, 30));
        DUE.put("xy/30/2021-H2@sfj", LocalDate.of(2021, 12, 31));
    }

    static String written(Ledger ledger) throws IOException {
        StringWriter w = new StringWriter();
        LedgerCalendar.write(ledger, w);
        return w.toString();
    }

    static List<VEvent> events(String ics) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return cal.getComponents(Component.VEVENT);
    }

    static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static Map<String, VEvent> byUid(List<VEvent> events) {
        Map<String, VEvent> map = new LinkedHashMap<>();
        for (VEvent e : events) {
            assertThat(map.put(value(e, Property.UID), e)).as("duplicate UID").isNull();
        }
        return map;
    }

    @Test
    void oneAllDayEventPerDatedObligationOnItsDueDate() throws Exception {
        Ledger ledger = ExportFixtures.ledger();
        List<VEvent> events = events(written(ledger));
        assertThat(events).hasSize(DUE.size());
        Map<String, VEvent> byUid = byUid(events);
        for (Map.Entry<String, LocalDate> d : DUE.entrySet()) {
            VEvent e = byUid.get(LedgerCalendar.uid(d.getKey()));
            assertThat(e).as(d.getKey()).isNotNull();
            DateProperty<?> start = e.getProperty(Property.DTSTART).map(p -> (DateProperty<?>) p).orElseThrow();
            assertThat(start.getDate()).as(d.getKey()).isEqualTo(d.getValue());
            assertThat(start.getParameter("VALUE").map(Object::toString)).hasValue("VALUE=DATE");
            DateProperty<?> end = e.getProperty(Property.DTEND).map(p -> (DateProperty<?>) p).orElseThrow();
            assertThat(end.getDate()).isEqualTo(d.getValue().plusDays(1));
            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20211014T160000Z");
        }
        // the ongoing obligation has no event
        assertThat(byUid).doesNotContainKey(LedgerCalendar.uid("xy/23@sfj"));
        assertThat(ledger.lines()).filteredOn(l -> l.obligation().kind() == Obligation.Kind.DATED)
                .hasSize(DUE.size());
    }

    @Test
    void uidsAreStableAcrossWritesAndLedgerDatesAndUnique() throws Exception {
        String first = written(ExportFixtures.ledger());
        String second = written(ExportFixtures.ledger());
        assertThat(second).isEqualTo(first);
        Set<String> uids = byUid(events(first)).keySet();
        assertThat(new HashSet<>(uids)).hasSize(DUE.size());
        Ledger later = ExportFixtures.SCHEDULE.statusAsOf(LocalDate.of(2021, 11, 1), ExportFixtures.RECORDS).ledger();
        assertThat(byUid(events(written(later))).keySet()).containsExactlyElementsOf(uids);
        assertThat(uids).allSatisfy(u -> assertThat(u).endsWith("@shixian.dev")
                .matches("[A-Za-z0-9%._~-]+@shixian\\.dev"));
    }

    @Test
    void uidsAreThePercentEncodedIds() {
        assertThat(LedgerCalendar.uid("xy/7/2021-Q3@czj")).isEqualTo("xy%2F7%2F2021-Q3%40czj@shixian.dev");
        // 兴 E5 85 B4, 府 E5 BA 9C, 发 E5 8F 91, 〔 E3 80 94, 〕 E3 80 95, 号 E5 8F B7
        assertThat(LedgerCalendar.uid("xy/13/兴府发〔2021〕5号@zfb")).isEqualTo(
                "xy%2F13%2F%E5%85%B4%E5%BA%9C%E5%8F%91%E3%80%942021%E3%80%955%E5%8F%B7%40zfb@shixian.dev");
        assertThat(LedgerCalendar.uid("a b%")).isEqualTo("a%20b%25@shixian.dev");
    }

    @Test
    void descriptionHasTheExplanationAndTheStatusInBothLanguages() throws Exception {
        Ledger ledger = ExportFixtures.ledger();
        Map<String, VEvent> byUid = byUid(events(written(ledger)));
        for (LedgerLine line : ledger.lines()) {
            if (line.obligation().kind() != Obligation.Kind.DATED) {
                continue;
            }
            String description = value(byUid.get(LedgerCalendar.uid(line.id())), Property.DESCRIPTION);
            Explanation why = line.obligation().due().orElseThrow().explanation();
            assertThat(description).as(line.id()).contains(why.toChinese()).contains(why.toEnglish())
                    .contains(line.status().toChinese()).contains(line.status().toEnglish())
                    .startsWith("事项编号：" + line.id() + "\n");
        }
        VEvent fifth = byUid.get(LedgerCalendar.uid("xy/13/兴府发〔2021〕5号@zfb"));
        assertThat(value(fifth, Property.DESCRIPTION))
                .contains("第2个工作日 10-09 周六（调休上班，国庆节）")
                .contains("第3个工作日 10-11 周一：截止 2021-10-11")
                .contains("状态（截至 2021-10-15）：2021-10-12 逾期完成，逾期1个工作日")
                .contains("Status as of 2021-10-15: done late on 2021-10-12, late by 1 working day");
        assertThat(value(fifth, Property.SUMMARY)).isEqualTo("任务13 政策解读（市政府办公室）");
        assertThat(value(fifth, Property.CATEGORIES)).isEqualTo("逾期完成");
        VEvent awkward = byUid.get(LedgerCalendar.uid("xy/30/2021-H2@sfj"));
        assertThat(value(awkward, Property.SUMMARY)).isEqualTo("任务30 " + ExportFixtures.AWKWARD + "（市司法局）");
        VEvent overdue = byUid.get(LedgerCalendar.uid("xy/7/2021-Q3@zfb"));
        assertThat(value(overdue, Property.DESCRIPTION)).contains("逾期7个工作日（截止日期 2021-09-30，截至 2021-10-15）【红】");
    }

    @Test
    void calendarPropertiesAndLineEndings() throws Exception {
        String ics = written(ExportFixtures.ledger());
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.getProperty(Property.VERSION).map(Property::getValue)).hasValue("2.0");
        assertThat(cal.getProperty(Property.PRODID).map(Property::getValue)).hasValue("-//shixian.dev//Shixian//ZH");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Instant.parse("2021-10-14T16:00:00Z")).isEqualTo(
                ExportFixtures.AS_OF.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void theOutputDoesNotDependOnTheDefaultTimeZone() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        String reference;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            reference = written(ExportFixtures.ledger());
            for (String zone : List.of("Pacific/Kiritimati", "America/Los_Angeles", "Asia/Shanghai",
                    "Pacific/Pago_Pago")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(written(ExportFixtures.ledger())).as(zone).isEqualTo(reference);
            }
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(reference).contains("DTSTART;VALUE=DATE:20210930\r\n");
    }

    @Test
    void fileAndStreamFormsAreUtf8WithoutByteOrderMark(@TempDir Path dir) throws Exception {
        String text = written(ExportFixtures.ledger());
        Path file = dir.resolve("截止日期.ics");
        LedgerCalendar.write(ExportFixtures.ledger(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerCalendar.write(ExportFixtures.ledger(), out);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(events(Files.readString(file))).hasSize(DUE.size());
    }

    @Test
    void theWriterIsNotClosed() throws IOException {
        StringWriter sw = new StringWriter();
        boolean[] closed = {false};
        Writer w = new java.io.FilterWriter(sw) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LedgerCalendar.write(ExportFixtures.ledger(), w);
        assertThat(closed[0]).isFalse();
        assertThat(sw.toString()).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> LedgerCalendar.write(null, new StringWriter()))
                .isInstanceOf(NullPointerException.class).hasMessage("ledger");
        assertThatThrownBy(() -> LedgerCalendar.uid(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("obligationId");
        assertThat(ExportFixtures.ledger().lines().stream().map(LedgerLine::id).collect(Collectors.toList()))
                .hasSize(13);
    }
}
