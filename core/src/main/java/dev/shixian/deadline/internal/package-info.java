/**
 * Implementation of the deadline parsers, resolution and explanations. Not API: classes here may change without
 * notice; use {@link dev.shixian.deadline.Deadline} and its companions.
 */
package dev.shixian.deadline.internal;
