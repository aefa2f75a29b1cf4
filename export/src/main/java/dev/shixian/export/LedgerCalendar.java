package dev.shixian.export;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Explanation;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The due dates of a ledger as an iCalendar file (截止日期日历, RFC 5545 {@code .ics}) to import or subscribe to in
 * Outlook, Google, Apple or DingTalk calendars: one all-day event (全天事件) per dated obligation of the ledger.
 *
 * <p>Each event ({@code VEVENT}) has:
 * <ul>
 * <li>{@code UID}: the obligation id, percent-encoded as UTF-8 except for the characters {@code A-Z a-z 0-9 - . _ ~},
 *     then {@code @shixian.dev} — the same in every export, so that a subscribed calendar updates the event instead
 *     of adding a second one. Example: {@code xy/7/2021-Q3@czj} gives {@code xy%2F7%2F2021-Q3%40czj@shixian.dev};
 * <li>{@code DTSTART;VALUE=DATE}: the effective due date as of the ledger's date (after pauses, restarts and
 *     extensions), or the obligation's due date when the status has none (an occurrence dated after the ledger's
 *     date, 未触发); {@code DTEND;VALUE=DATE} the day after, so the event lasts that one day;
 * <li>{@code SUMMARY}: 任务, the task number, the task content, the label of its part in 【】 if any, and the
 *     answering units (责任单位) in full-width brackets, such as {@code 任务7 财政预决算公开（市财政局）};
 * <li>{@code DESCRIPTION}: the obligation id, the status as of the ledger's date in Chinese and English, and how
 *     the due date was computed (the {@link Due#explanation() explanation}) in Chinese and English;
 * <li>{@code CATEGORIES}: the status in Chinese, such as 逾期, for clients that colour events by category;
 * <li>{@code TRANSP:TRANSPARENT}: a due date does not make anyone busy;
 * <li>{@code DTSTAMP}: the ledger's date at 00:00 in Asia/Shanghai (北京时间), in UTC — never the time of the export,
 *     so the same ledger always gives the same bytes.
 * </ul>
 * The calendar has {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN} and {@code PRODID:-//shixian.dev//Shixian//ZH}.
 * Text is escaped and long lines folded by the biweekly library, at 75 characters (not octets: a line of
 * Chinese text may reach 225 octets in UTF-8, beyond RFC 5545's recommended 75; parsers unfold lines of any length).
 * Lines end in CRLF. iCalendar text knows one line break, written {@code \n}: a CR LF or a lone CR in a plan's
 * text becomes a LF. Every dated obligation has its event whatever its status
 * — done, not applicable (本单位无此项工作) or not yet triggered (未触发) — so the calendar keeps its history;
 * obligations without a due date (长期, awaiting an event, 及时 without a default) have none, and are in the
 * {@link LedgerCsv CSV}.
 *
 * <p>The export starts from a {@link Ledger} rather than a {@code Schedule} because a ledger carries both what is
 * due and its status as of a date; {@code schedule.statusAsOf(date, records).ledger()} gives one.
 *
 * <p>Example: the ledger as of Friday 2021-10-15 of a plan whose task 7 (每季度一次) is led by 市财政局, on the 2021
 * calendar (国庆节 10-01..10-07 off, Sat 10-09 an adjusted working day, 调休上班), with the third quarter not done:
 * <pre>{@code
 * LedgerCalendar.write(ledger, Path.of("截止日期.ics"));
 * // BEGIN:VEVENT
 * // UID:xy%2F7%2F2021-Q3%40czj@shixian.dev
 * // DTSTAMP:20211014T160000Z
 * // DTSTART;VALUE=DATE:20210930
 * // DTEND;VALUE=DATE:20211001
 * // SUMMARY:任务7 财政预决算公开（市财政局）
 * // DESCRIPTION:事项编号：xy/7/2021-Q3@czj\n状态（截至 2021-10-15）：逾期7个工作日…
 * }</pre>
 *
 * <p>This class is stateless and thread-safe. Date-only values are handed to biweekly as {@link Date}s at the start
 * of the day in the JVM's default time zone, which biweekly formats back in that zone: the output does not depend on
 * the default zone, provided no other thread changes it during a write.
 */
public final class LedgerCalendar {

    /** The domain after {@code @} in every UID. */
    public static final String UID_DOMAIN = "shixian.dev";

    private static final String PRODUCT_ID = "-//shixian.dev//Shixian//ZH";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LedgerCalendar() {
    }

    /**
     * Writes the calendar as characters to a writer; RFC 5545 text is UTF-8, so the writer should encode in UTF-8
     * (no byte-order mark is written). The writer is flushed, not closed.
     *
     * <p>Example: {@code LedgerCalendar.write(ledger, stringWriter)} gives text starting {@code BEGIN:VCALENDAR\r\n}
     * with one {@code VEVENT} per dated obligation, such as the one with {@code DTSTART;VALUE=DATE:20210930} for
     * {@code xy/7/2021-Q3@czj}.
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the writer, not null
     * @throws IOException if the writer fails
     */
    public static void write(Ledger ledger, Writer out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(out, "out");
        ICalendar ical = calendar(ledger);
        ICalWriter w = new ICalWriter(out, ICalVersion.V2_0);
        w.write(ical);
        w.flush();
    }

    /**
     * Writes the calendar to a stream in UTF-8, without a byte-order mark — to serve it over HTTP for a
     * subscription, for instance. The stream is flushed, not closed.
     *
     * <p>Example: {@code LedgerCalendar.write(ledger, response.getOutputStream())} with content type
     * {@code text/calendar; charset=UTF-8}.
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Writer w = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8));
        write(ledger, w);
        w.flush();
    }

    /**
     * Writes the calendar to a file in UTF-8 without a byte-order mark, creating it or replacing its content.
     *
     * <p>Example: {@code LedgerCalendar.write(ledger, Path.of("截止日期.ics"))}; written again from a later ledger of
     * the same schedule, the file has the same UIDs, so a calendar subscribed to it moves an extended due date
     * (延期) instead of showing it twice.
     *
     * @param ledger  the ledger (台账), not null
     * @param file  the file, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(Ledger ledger, Path file) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
            write(ledger, out);
        }
    }

    /**
     * The UID of an obligation's event: its id percent-encoded as UTF-8 (all but {@code A-Z a-z 0-9 - . _ ~}), then
     * {@code @shixian.dev}. Distinct ids give distinct UIDs, and the same id always the same UID.
     *
     * <p>Example: {@code uid("xy/13/兴府发〔2021〕5号@zfb")} is
     * {@code xy%2F13%2F%E5%85%B4%E5%BA%9C%E5%8F%91%E3%80%942021%E3%80%955%E5%8F%B7%40zfb@shixian.dev}.
     *
     * @param obligationId  the obligation id, not null
     * @return the UID, not null
     */
    public static String uid(String obligationId) {
        byte[] bytes = Objects.requireNonNull(obligationId, "obligationId").getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(bytes.length * 3 + UID_DOMAIN.length() + 1);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return b.append('@').append(UID_DOMAIN).toString();
    }

    private static ICalendar calendar(Ledger ledger) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setCalendarScale(biweekly.property.CalendarScale.gregorian());
        Date stamp = Date.from(ledger.asOf().atStartOfDay(CHINA).toInstant());
        TimeZone zone = TimeZone.getDefault();
        for (LedgerLine line : ledger.lines()) {
            Obligation o = line.obligation();
            if (o.kind() != Obligation.Kind.DATED) {
                continue;
            }
            Due due = o.due().orElseThrow();
            ObligationStatus st = line.status();
            LocalDate date = st.dueDate().orElse(due.dueDate());
            VEvent e = new VEvent();
            e.setUid(uid(o.id()));
            e.setDateTimeStamp(stamp);
            e.setDateStart(day(date, zone), false);
            e.setDateEnd(day(date.plusDays(1), zone), false);
            e.setSummary(lineBreaks(summary(line)));
            e.setDescription(lineBreaks(description(ledger.asOf(), line, due.explanation())));
            e.addCategories(st.status().chinese());
            e.setTransparency(true);
            ical.addEvent(e);
        }
        return ical;
    }

    private static Date day(LocalDate date, TimeZone zone) {
        return Date.from(date.atStartOfDay(zone.toZoneId()).toInstant());
    }

    /** iCalendar text has one line break, written {@code \n}: CR LF and a lone CR become LF. */
    private static String lineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String summary(LedgerLine line) {
        Obligation o = line.obligation();
        StringBuilder b = new StringBuilder("任务").append(line.taskId()).append(' ').append(o.task().content());
        o.label().ifPresent(l -> b.append('【').append(l).append('】'));
        String units = line.unitNames();
        if (!units.isEmpty()) {
            b.append('（').append(units).append('）');
        }
        return b.toString();
    }

    private static String description(LocalDate asOf, LedgerLine line, Explanation why) {
        ObligationStatus st = line.status();
        return "事项编号：" + line.id() + "\n"
                + "状态（截至 " + asOf + "）：" + st.toChinese() + "\n"
                + "Status as of " + asOf + ": " + st.toEnglish() + "\n"
                + "截止日期依据：" + why.toChinese() + "\n"
                + "How the due date was computed: " + why.toEnglish();
    }
}
