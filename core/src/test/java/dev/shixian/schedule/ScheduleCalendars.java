package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.TestCalendars;

/**
 * Test fixture: the Chinese working-day calendar typed in from the State Council notices 2020–2026
 * ({@link TestCalendars}), so that core tests need not depend on {@code shixian-holidays-cn}, which depends on core.
 */
final class ScheduleCalendars {

    private ScheduleCalendars() {
    }

    /** The official calendar 2020–2026 as a fixture. */
    static WorkingCalendar china() {
        return TestCalendars.china();
    }
}
