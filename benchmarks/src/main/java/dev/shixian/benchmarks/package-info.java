/**
 * JMH benchmarks of Shixian side by side with its peers (Strata's ImmutableHolidayCalendar, lunar-java's
 * HolidayUtil, a plain HashSet walk) in one run, and a heap-footprint report. See docs/BENCHMARKS.md.
 */
package dev.shixian.benchmarks;
