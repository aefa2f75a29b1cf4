package dev.shixian.schedule;

import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * Test fixture: the Chinese working-day calendar for 2020-01-01..2025-12-31, typed in from the State Council notices
 * (国务院办公厅关于某年部分节假日安排的通知), so that core tests need not depend on {@code shixian-holidays-cn}
 * (which depends on core). Each block is one notice: its days off (放假) and adjusted working days (调休上班).
 * Copied from the deadline package's fixture, so that this package's tests do not reach into another's.
 */
final class ScheduleCalendars {

    private static final WorkingCalendar CHINA = build();

    private ScheduleCalendars() {
    }

    /** The official calendar 2020–2025 as a fixture. */
    static WorkingCalendar china() {
        return CHINA;
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
        return n.builder.build();
    }

    /** Collects notices into a calendar builder: days off first, then the working days that override them. */
    private static final class Notices {
        final ImmutableWorkingCalendar.Builder builder = ImmutableWorkingCalendar.builder()
                .name("CN-schedule-test")
                .coverage(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));

        Notices off(String from, String to, String name) {
            builder.daysOff(LocalDate.parse(from), LocalDate.parse(to), name);
            return this;
        }

        Notices work(String date, String name) {
            builder.workingDay(LocalDate.parse(date), name);
            return this;
        }
    }
}
