package dev.shixian.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.Scheduler;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * Any task text survives both exports: the CSV read back with jackson-dataformat-csv, the SUMMARY of the .ics read
 * back with ical4j. The alphabet has the characters that need quoting or escaping (comma, double quote, semicolon,
 * backslash, CR, LF, tab, space), Chinese, full-width punctuation and a character outside the BMP (𠀀, a surrogate
 * pair, written for #). In the calendar, CR LF and a lone CR come back as LF, the one line break of iCalendar text.
 * The calendar's alphabet leaves out the backslash: ical4j 4.1.1 reads the RFC 5545 escape {@code \\\n} (a
 * backslash, then a line break) back as two backslashes and an n, so backslashes are checked on the raw text in
 * {@link #backslashesAreEscapedAsRfc5545Says()}.
 */
class ExportRoundTripProperties {

    static Ledger ledgerWith(String content) {
        Plan plan = Plan.builder("p").title("题").year(Year.of(2021)).issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室"))
                .task(Task.builder("1").content(content).lead("zfb").timeLimit("每年一次")).build();
        return Scheduler.of(ExportFixtures.CAL).schedule(plan).statusAsOf(ExportFixtures.AS_OF, List.of()).ledger();
    }

    @net.jqwik.api.Property(tries = 200)
    void anyTextRoundTripsThroughTheCsv(@ForAll @StringLength(max = 60)
            @Chars({',', '"', ';', '\\', '\r', '\n', '\t', ' ', 'a', '=', '中', '文', '，', '〔', '#'})
            String text) throws Exception {
        String content = "任务" + text.replace("#", "\uD840\uDC00");
        StringWriter w = new StringWriter();
        LedgerCsv.write(ledgerWith(content), w);
        List<String[]> rows = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<String[]>readValues(w.toString()).readAll();
        assertThat(rows).as(w.toString().replace("\r", "\\r").replace("\n", "\\n")).hasSize(2);
        assertThat(rows.get(1)[2]).isEqualTo(content);
        assertThat(rows.get(1)[0]).isEqualTo("p/1/2021@zfb");
    }

    @org.junit.jupiter.api.Test
    void backslashesAreEscapedAsRfc5545Says() throws Exception {
        StringWriter w = new StringWriter();
        LedgerCalendar.write(ledgerWith("任务\\\n;,"), w);
        // RFC 5545 §3.3.11: \\ for a backslash, \n for a line break, \; and \, for the separators
        assertThat(w.toString()).contains("\r\nSUMMARY:任务1 任务\\\\\\n\\;\\,（市政府办公室）\r\n");
    }

    @net.jqwik.api.Property(tries = 200)
    void anyTextRoundTripsThroughTheCalendar(@ForAll @StringLength(max = 60)
            @Chars({',', '"', ';', '\r', '\n', '\t', ' ', 'a', ':', '中', '文', '，', '〔', '#'})
            String text) throws Exception {
        String content = "任务" + text.replace("#", "\uD840\uDC00");
        StringWriter w = new StringWriter();
        LedgerCalendar.write(ledgerWith(content), w);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(w.toString()))
                .getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty(Property.SUMMARY).map(p -> ((net.fortuna.ical4j.model.Property) p)
                .getValue())).hasValue("任务1 " + content.replace("\r\n", "\n").replace('\r', '\n') + "（市政府办公室）");
    }
}
