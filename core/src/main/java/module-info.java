/**
 * Shixian core (时限): the working-day calendar, deadlines and plans. Knows no country's data; depends on
 * threeten-extra only.
 */
module dev.shixian.core {
    requires transitive org.threeten.extra;

    exports dev.shixian;
    exports dev.shixian.calendar;
    exports dev.shixian.deadline;
    exports dev.shixian.plan;
    exports dev.shixian.schedule;
    exports dev.shixian.internal to dev.shixian.holidays.cn, dev.shixian.jackson;
}
