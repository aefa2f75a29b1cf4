package dev.shixian.deadline;

import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * Test fixture: the Chinese working-day calendar for 2020-01-01..2026-12-31, built from the State Council notices
 * (国务院办公厅关于某年部分节假日安排的通知) so that core tests need not depend on {@code shixian-holidays-cn}.
 *
 * <p>Each block is one notice: its days off (放假) and its adjusted working days (调休上班).
 */
public final class TestCalendars {

    private static final WorkingCalendar CHINA = build();

    private TestCalendars() {
    }

    /** The official calendar 2020–2026 as a fixture. */
    public static WorkingCalendar china() {
        return CHINA;
    }

    /**
     * The fixture with provisional days (weekends only, no holidays) from 2027-01-01 to 2027-12-31, as a calendar
     * built with a provisional policy answers them.
     */
    static WorkingCalendar chinaProvisional2027() {
        return ImmutableWorkingCalendar.builder().copyOf(CHINA).provisionalUntil(LocalDate.of(2027, 12, 31)).build();
    }

    /**
     * The fixture whose settled days end on a given date: the days after it, to 2026-12-31, are covered but the
     * next year's notice may still change them (as the 2019 notice changed 2018-12-29 and 2018-12-31).
     *
     * @param lastSettled  the last settled day
     * @return the calendar
     */
    static WorkingCalendar chinaSettledThrough(LocalDate lastSettled) {
        return new Unsettled(CHINA, lastSettled);
    }

    /** A calendar that answers as another but whose settled days end earlier than its coverage. */
    private static final class Unsettled implements WorkingCalendar {
        private final WorkingCalendar base;
        private final LocalDateRange settled;

        Unsettled(WorkingCalendar base, LocalDate lastSettled) {
            this.base = base;
            this.settled = LocalDateRange.ofClosed(base.coverage().getStart(), lastSettled);
        }

        @Override
        public String name() {
            return base.name() + "-unsettled";
        }

        @Override
        public LocalDateRange coverage() {
            return base.coverage();
        }

        @Override
        public LocalDateRange answerableRange() {
            return base.answerableRange();
        }

        @Override
        public boolean isProvisional(LocalDate date) {
            return base.isProvisional(date);
        }

        @Override
        public LocalDateRange settled() {
            return settled;
        }

        @Override
        public Set<DayOfWeek> weekendDays() {
            return base.weekendDays();
        }

        @Override
        public DayKind dayKind(LocalDate date) {
            return base.dayKind(date);
        }

        @Override
        public Optional<String> holidayName(LocalDate date) {
            return base.holidayName(date);
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate date, int n) {
            return base.plusWorkingDays(date, n);
        }

        @Override
        public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
            return base.workingDaysBetween(startExclusive, endInclusive);
        }
    }

    private static WorkingCalendar build() {
        Notices n = new Notices();
        // 2020: 国办发明电〔2019〕16号, 春节 extended by 国办发明电〔2020〕1号
        n.off("2020-01-01", "2020-01-01", "元旦");
        n.off("2020-01-24", "2020-02-02", "春节").work("2020-01-19", "春节");
        n.off("2020-04-04", "2020-04-06", "清明节");
        n.off("2020-05-01", "2020-05-05", "劳动节").work("2020-04-26", "劳动节").work("2020-05-09", "劳动节");
        n.off("2020-06-25", "2020-06-27", "端午节").work("2020-06-28", "端午节");
        n.off("2020-10-01", "2020-10-08", "国庆节、中秋节").work("2020-09-27", "国庆节、中秋节")
                .work("2020-10-10", "国庆节、中秋节");
        // 2021: 国办发明电〔2020〕27号
        n.off("2021-01-01", "2021-01-03", "元旦");
        n.off("2021-02-11", "2021-02-17", "春节").work("2021-02-07", "春节").work("2021-02-20", "春节");
        n.off("2021-04-03", "2021-04-05", "清明节");
        n.off("2021-05-01", "2021-05-05", "劳动节").work("2021-04-25", "劳动节").work("2021-05-08", "劳动节");
        n.off("2021-06-12", "2021-06-14", "端午节");
        n.off("2021-09-19", "2021-09-21", "中秋节").work("2021-09-18", "中秋节");
        n.off("2021-10-01", "2021-10-07", "国庆节").work("2021-09-26", "国庆节").work("2021-10-09", "国庆节");
        // 2022: 国办发明电〔2021〕11号
        n.off("2022-01-01", "2022-01-03", "元旦");
        n.off("2022-01-31", "2022-02-06", "春节").work("2022-01-29", "春节").work("2022-01-30", "春节");
        n.off("2022-04-03", "2022-04-05", "清明节").work("2022-04-02", "清明节");
        n.off("2022-04-30", "2022-05-04", "劳动节").work("2022-04-24", "劳动节").work("2022-05-07", "劳动节");
        n.off("2022-06-03", "2022-06-05", "端午节");
        n.off("2022-09-10", "2022-09-12", "中秋节");
        n.off("2022-10-01", "2022-10-07", "国庆节").work("2022-10-08", "国庆节").work("2022-10-09", "国庆节");
        // 2023: 国办发明电〔2022〕16号 (its 元旦 starts on 2022-12-31)
        n.off("2022-12-31", "2023-01-02", "元旦");
        n.off("2023-01-21", "2023-01-27", "春节").work("2023-01-28", "春节").work("2023-01-29", "春节");
        n.off("2023-04-05", "2023-04-05", "清明节");
        n.off("2023-04-29", "2023-05-03", "劳动节").work("2023-04-23", "劳动节").work("2023-05-06", "劳动节");
        n.off("2023-06-22", "2023-06-24", "端午节").work("2023-06-25", "端午节");
        n.off("2023-09-29", "2023-10-06", "中秋节、国庆节").work("2023-10-07", "中秋节、国庆节")
                .work("2023-10-08", "中秋节、国庆节");
        // 2024: 国办发明电〔2023〕7号
        n.off("2024-01-01", "2024-01-01", "元旦");
        n.off("2024-02-10", "2024-02-17", "春节").work("2024-02-04", "春节").work("2024-02-18", "春节");
        n.off("2024-04-04", "2024-04-06", "清明节").work("2024-04-07", "清明节");
        n.off("2024-05-01", "2024-05-05", "劳动节").work("2024-04-28", "劳动节").work("2024-05-11", "劳动节");
        n.off("2024-06-10", "2024-06-10", "端午节");
        n.off("2024-09-15", "2024-09-17", "中秋节").work("2024-09-14", "中秋节");
        n.off("2024-10-01", "2024-10-07", "国庆节").work("2024-09-29", "国庆节").work("2024-10-12", "国庆节");
        // 2025: 国办发明电〔2024〕12号 (first year under the 2024-11-10 决定: 13 days)
        n.off("2025-01-01", "2025-01-01", "元旦");
        n.off("2025-01-28", "2025-02-04", "春节").work("2025-01-26", "春节").work("2025-02-08", "春节");
        n.off("2025-04-04", "2025-04-06", "清明节");
        n.off("2025-05-01", "2025-05-05", "劳动节").work("2025-04-27", "劳动节");
        n.off("2025-05-31", "2025-06-02", "端午节");
        n.off("2025-10-01", "2025-10-08", "国庆节、中秋节").work("2025-09-28", "国庆节、中秋节")
                .work("2025-10-11", "国庆节、中秋节");
        // 2026: 国办发明电〔2025〕7号
        n.off("2026-01-01", "2026-01-03", "元旦").work("2026-01-04", "元旦");
        n.off("2026-02-15", "2026-02-23", "春节").work("2026-02-14", "春节").work("2026-02-28", "春节");
        n.off("2026-04-04", "2026-04-06", "清明节");
        n.off("2026-05-01", "2026-05-05", "劳动节").work("2026-05-09", "劳动节");
        n.off("2026-06-19", "2026-06-21", "端午节");
        n.off("2026-09-25", "2026-09-27", "中秋节");
        n.off("2026-10-01", "2026-10-07", "国庆节").work("2026-09-20", "国庆节").work("2026-10-10", "国庆节");
        return n.builder.build();
    }

    /** Collects notices into a calendar builder: days off first, then the working days that override them. */
    private static final class Notices {
        final ImmutableWorkingCalendar.Builder builder = ImmutableWorkingCalendar.builder()
                .name("CN-test")
                .coverage(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));

        Notices off(String from, String to, String name) {
            LocalDate start = LocalDate.parse(from);
            LocalDate end = LocalDate.parse(to);
            if (start.getYear() < 2020) {
                start = LocalDate.of(2020, 1, 1);
            }
            builder.daysOff(start, end, name);
            return this;
        }

        Notices work(String date, String name) {
            builder.workingDay(LocalDate.parse(date), name);
            return this;
        }
    }
}
