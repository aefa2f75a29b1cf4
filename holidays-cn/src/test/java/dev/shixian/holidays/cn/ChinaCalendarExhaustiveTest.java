package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.CalendarCoverageException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every date in coverage and every n in [-400, 400], against a brute-force reference built directly from the
 * notices' day lists (not from the calendar's bitsets): a sorted list of working days and a linear scan.
 */
class ChinaCalendarExhaustiveTest {

    static final ChinaCalendar CHINA = ChinaCalendar.official();
    static final LocalDate START = LocalDate.of(2004, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    /** Working or not, by day index from START, from the notices and the weekend rule alone. */
    static boolean[] truth() {
        int size = (int) (END.toEpochDay() - START.toEpochDay() + 1);
        boolean[] working = new boolean[size];
        for (int i = 0; i < size; i++) {
            DayOfWeek dow = START.plusDays(i).getDayOfWeek();
            working[i] = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
        }
        for (HolidayNotice notice : CHINA.notices()) {
            for (NoticeDay day : notice.days()) {
                working[(int) (day.date().toEpochDay() - START.toEpochDay())] = !day.dayOff();
            }
        }
        return working;
    }

    @Test
    void everyDateAndEveryNAgreeWithTheReference() {
        boolean[] working = truth();
        // position of each working day, and for each date the number of working days on or before it
        List<Integer> workingDays = new ArrayList<>();
        int[] upTo = new int[working.length];
        for (int i = 0; i < working.length; i++) {
            if (working[i]) {
                workingDays.add(i);
            }
            upTo[i] = workingDays.size();
        }
        long checks = 0;
        long pastTheEnds = 0;
        for (int i = 0; i < working.length; i++) {
            LocalDate date = START.plusDays(i);
            assertThat(CHINA.isWorkingDay(date)).isEqualTo(working[i]);
            int before = i == 0 ? 0 : upTo[i - 1];
            for (int n = -400; n <= 400; n++) {
                // n > 0: the n-th working day after i is workingDays[upTo[i] + n - 1]
                // n < 0: the |n|-th before i is workingDays[before + n]
                int k = n > 0 ? upTo[i] + n - 1 : n < 0 ? before + n : -1;
                if (n != 0 && (k < 0 || k >= workingDays.size())) {
                    int nn = n;
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHINA.plusWorkingDays(date, nn))
                            .isInstanceOf(CalendarCoverageException.class);
                    pastTheEnds++;
                    continue;
                }
                LocalDate expected = n == 0 ? date : START.plusDays(workingDays.get(k));
                LocalDate actual = CHINA.plusWorkingDays(date, n);
                if (!actual.equals(expected)) {
                    assertThat(actual).as("plusWorkingDays(%s, %d)", date, n).isEqualTo(expected);
                }
                if (CHINA.workingDaysBetween(date, actual) != n) {
                    assertThat(CHINA.workingDaysBetween(date, actual)).as("inverse at %s, %d", date, n).isEqualTo(n);
                }
                checks++;
            }
        }
        // 8401 dates (2004-01-01..2026-12-31) × 801 values of n, every one either answered or refused
        assertThat(checks + pastTheEnds).isEqualTo(8401L * 801);
        assertThat(pastTheEnds).isPositive();
    }
}
