package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.DayKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;

/**
 * Issues 9 and 10: which date a coverage error names, and which days are settled (已定) on the Chinese calendar.
 * Dates and kinds are those of the notices (国办发明电〔2018〕15号 for 2019, 〔2017〕12号 for 2018).
 */
class CoverageAndSettledTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    private static void namesDate(ThrowingCallable call, LocalDate named, String side) {
        assertThatThrownBy(call).isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("date " + named + " (year " + named.getYear() + ") is " + side)
                .hasMessageContaining("withNotices")
                .hasMessageContaining("ProvisionalPolicy")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(named));
    }

    @Test
    void overrunsNameTheFirstUncoveredDayAndItsSide() {
        // 2026-12-30 (Wed) + 3 working days needs 12-31 and two days of 2027: the first day without data is 2027-01-01
        namesDate(() -> CHINA.plusWorkingDays(of(2026, 12, 30), 3), of(2027, 1, 1), "after");
        namesDate(() -> CHINA.nextWorkingDay(of(2026, 12, 31)), of(2027, 1, 1), "after");
        namesDate(() -> of(2026, 12, 31).with(CHINA.plusWorkingDays(1)), of(2027, 1, 1), "after");
        namesDate(() -> CHINA.plusWorkingDays(of(2026, 12, 30), Integer.MAX_VALUE), of(2027, 1, 1), "after");
        // 2004-01-05 (Mon) - 3: Fri 01-02, then 01-01 (元旦, off) and 2003: the first day without data is 2003-12-31
        namesDate(() -> CHINA.plusWorkingDays(of(2004, 1, 5), -3), of(2003, 12, 31), "before");
        namesDate(() -> CHINA.previousWorkingDay(of(2004, 1, 2)), of(2003, 12, 31), "before");
        namesDate(() -> CHINA.plusWorkingDays(of(2004, 1, 5), Integer.MIN_VALUE), of(2003, 12, 31), "before");
        // a question about an uncovered date names that date
        namesDate(() -> CHINA.isWorkingDay(of(2027, 3, 1)), of(2027, 3, 1), "after");
        namesDate(() -> CHINA.workingDaysBetween(of(2026, 12, 1), of(2027, 1, 4)), of(2027, 1, 4), "after");
        namesDate(() -> CHINA.workingDaysBetween(of(2003, 6, 1), of(2027, 1, 4)), of(2003, 6, 1), "before");
        namesDate(() -> CHINA.rollForward(of(2027, 1, 1)), of(2027, 1, 1), "after");
        namesDate(() -> CHINA.isSettled(of(2003, 12, 31)), of(2003, 12, 31), "before");
        namesDate(() -> CHINA.plusWorkingDays(of(357915946, 1, 20), 20), of(357915946, 1, 20), "after");
        namesDate(() -> CHINA.isWorkingDay(LocalDate.MIN), LocalDate.MIN, "before");
        // with provisional years, the first day past them
        ChinaCalendar provisional = CHINA.withProvisionalPolicy(
                ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));
        namesDate(() -> provisional.plusWorkingDays(of(2027, 12, 30), 2), of(2028, 1, 1), "after");
    }

    @Test
    void theOfficialCalendarSettlesThrough1228OfItsLastYear() {
        assertThat(CHINA.settled()).isEqualTo(LocalDateRange.ofClosed(of(2004, 1, 1), of(2026, 12, 28)));
        assertThat(CHINA.isSettled(of(2026, 12, 28))).isTrue();
        assertThat(CHINA.isSettled(of(2026, 12, 29))).isFalse();
        assertThat(CHINA.isSettled(of(2026, 12, 30))).isFalse();
        assertThat(CHINA.isSettled(of(2026, 12, 31))).isFalse();
        assertThat(CHINA.isSettled(of(2018, 12, 29))).isTrue(); // the 2019 notice is loaded
        assertThat(CHINA.isSettled(of(2004, 1, 1))).isTrue();
        ChinaCalendar provisional = CHINA.withProvisionalPolicy(
                ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));
        assertThat(provisional.isSettled(of(2027, 2, 6))).isFalse();
        assertThat(provisional.isProvisional(of(2027, 2, 6))).isTrue();
        assertThat(provisional.isSettled(of(2026, 12, 28))).isTrue();
        assertThat(provisional.isSettled(of(2026, 12, 29))).isFalse();
    }

    @Test
    void theNextYearsNoticeSettlesAndChangesTheLastDays(@TempDir Path dir) throws Exception {
        ChinaCalendar.Builder through2018 = ChinaCalendar.builder();
        CHINA.notices().stream().filter(n -> n.year().getValue() <= 2018).forEach(through2018::addNotice);
        ChinaCalendar cal2018 = through2018.build();
        assertThat(cal2018.coverage().getEndInclusive()).isEqualTo(of(2018, 12, 31));
        assertThat(cal2018.isSettled(of(2018, 12, 28))).isTrue();
        assertThat(cal2018.isSettled(of(2018, 12, 29))).isFalse();
        assertThat(cal2018.isSettled(of(2018, 12, 31))).isFalse();
        // answered from the notices through 2018: an ordinary Saturday, an ordinary Monday
        assertThat(cal2018.dayKind(of(2018, 12, 29))).isEqualTo(DayKind.REST_DAY);
        assertThat(cal2018.dayKind(of(2018, 12, 31))).isEqualTo(DayKind.WORKDAY);

        // the 2019 notice (国办发明电〔2018〕15号), in Shixian's format, loaded with withNotices
        Path file = dir.resolve("2019.txt");
        Files.writeString(file, "notice 2019\ntitle 国务院办公厅关于2019年部分节假日安排的通知\n"
                + "number 国办发明电〔2018〕15号\npublished 2018-12-04\nwork 2018-12-29 元旦\n"
                + "off 2018-12-30..2019-01-01 元旦\nend\n", StandardCharsets.UTF_8);
        ChinaCalendar cal2019 = cal2018.withNotices(file);
        assertThat(cal2019.isSettled(of(2018, 12, 29))).isTrue();
        assertThat(cal2019.isSettled(of(2018, 12, 31))).isTrue();
        assertThat(cal2019.isSettled(of(2019, 12, 29))).isFalse();
        assertThat(cal2019.dayKind(of(2018, 12, 29))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal2019.dayKind(of(2018, 12, 31))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal2019.holidayName(of(2018, 12, 31))).contains("元旦");
        // the original is unchanged
        assertThat(cal2018.isSettled(of(2018, 12, 29))).isFalse();
    }

    @Test
    void aNoticeReachingFurtherBackWidensTheUnsettledWindow() {
        // a hypothetical 2027 notice (no real one has) changing 2026-12-26: the window then starts at 12-26
        HolidayNotice reaching = HolidayNotice.of(Year.of(2027), "illustrative", "test",
                java.util.List.of(new NoticeDay(of(2026, 12, 26), false, "元旦"),
                        new NoticeDay(of(2027, 1, 1), true, "元旦")))
                .withDocumentNumber("国办发明电〔2026〕98号").withPublished(of(2026, 12, 1));
        ChinaCalendar cal = ChinaCalendar.official().toBuilder().addNotice(reaching).build();
        assertThat(cal.isSettled(of(2027, 12, 25))).isTrue();
        assertThat(cal.isSettled(of(2027, 12, 26))).isFalse();
        assertThat(cal.isSettled(of(2026, 12, 26))).isTrue();
    }
}
