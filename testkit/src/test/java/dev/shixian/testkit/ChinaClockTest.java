package dev.shixian.testkit;

import static dev.shixian.testkit.ShixianAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The fixed, advanceable "today" in Asia/Shanghai; working days from the 2021 notice 国办发明电〔2020〕27号. */
class ChinaClockTest {

    @Test
    void standsAtNineInShanghai() {
        ChinaClock clock = ChinaClock.fixedAt(LocalDate.of(2021, 10, 15));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2021-10-15T01:00:00Z"));
        assertThat(clock.instant()).isEqualTo(clock.instant());
        assertThat(clock.today()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(ZonedDateTime.now(clock).toLocalTime()).isEqualTo(ChinaClock.TIME_OF_DAY);
        assertThat(ChinaClock.fixedAt("2021年10月15日").instant()).isEqualTo(clock.instant());
        assertThat(clock).hasToString("ChinaClock[2021-10-15T09:00+08:00[Asia/Shanghai]]");
    }

    @Test
    void todayDoesNotDependOnTheDefaultZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));   // UTC-11: still 10-14 there at 01:00Z
            assertThat(ChinaClock.fixedAt("2021-10-15").today()).isEqualTo(LocalDate.of(2021, 10, 15));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void advancesByCalendarDays() {
        ChinaClock clock = ChinaClock.fixedAt("2021-09-30");
        assertThat(clock.advanceDays(1).today()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(clock.advanceDays(-2).today()).isEqualTo(LocalDate.of(2021, 9, 29));
        assertThat(clock.advanceDays(0).instant()).isEqualTo(Instant.parse("2021-09-29T01:00:00Z"));
        assertThat(clock.setToday(LocalDate.of(2021, 12, 31)).today()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void advancesByWorkingDays() {
        ChinaClock clock = ChinaClock.fixedAt("2021-09-30");
        // 国庆节 10-01..10-07 off: 1 Fri 10-08, 2 adjusted Sat 10-09
        assertThat(clock.advanceWorkingDays(Fixtures.CAL, 2).today()).isEqualTo(LocalDate.of(2021, 10, 9));
        // 1 Mon 10-11
        assertThat(clock.advanceWorkingDays(Fixtures.CAL, 1).today()).isEqualTo(LocalDate.of(2021, 10, 11));
        // back: 1 adjusted Sat 10-09, 2 Fri 10-08, 3 Thu 09-30
        assertThat(clock.advanceWorkingDays(Fixtures.CAL, -3).today()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2021-09-30T01:00:00Z"));
        ChinaClock old = ChinaClock.fixedAt("1999-12-31");
        assertThatThrownBy(() -> old.advanceWorkingDays(Fixtures.CAL, 1))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(old.today()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void aZoneViewMovesWithTheClock() {
        ChinaClock clock = ChinaClock.fixedAt("2021-10-15");
        Clock utc = clock.withZone(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneId.of("Asia/Shanghai"))).isSameAs(clock);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(utc.instant()).isEqualTo(Instant.parse("2021-10-15T01:00:00Z"));
        clock.advanceDays(1);
        assertThat(utc.instant()).isEqualTo(Instant.parse("2021-10-16T01:00:00Z"));
        assertThat(((ChinaClock) utc).today()).isEqualTo(LocalDate.of(2021, 10, 16));
        assertThat(utc).isNotEqualTo(clock);
    }

    @Test
    void aReportBuiltWithTheClockIsAsOfItsDate() {
        Schedule schedule = Fixtures.schedule();
        ChinaClock clock = ChinaClock.fixedAt("2021-10-08");
        // due Mon 10-11: as of Fri 10-08 adjusted Sat 10-09 and Mon 10-11 are left, within 3: due soon
        assertThat(schedule.statusAsOf(clock, Fixtures.RECORDS)).isAsOf("2021-10-08")
                .obligation(Fixtures.T13).isDueSoon().hasWorkingDaysLeft(2);
        // Sat 10-09, Mon 10-11, Tue 10-12: overdue by one (10-12)
        clock.advanceWorkingDays(Fixtures.CAL, 3);
        assertThat(schedule.statusAsOf(clock, Fixtures.RECORDS)).isAsOf("2021-10-12")
                .obligation(Fixtures.T13).isOverdueByWorkingDays(1);
    }
}
