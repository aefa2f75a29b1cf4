/**
 * Shixian (时限): disclosure obligations of Chinese government-affairs-openness (政务公开) plans, scheduled on the
 * Chinese working-day calendar. This package holds only {@link dev.shixian.ShixianException}, the base of the
 * library's exceptions; the concepts live in {@code dev.shixian.calendar}, {@code dev.shixian.deadline} and
 * {@code dev.shixian.plan}.
 */
package dev.shixian;
