/**
 * Runnable examples of Shixian on real plans: the main one is
 * {@link dev.shixian.examples.InterpretationDueDate}, the due date of a policy interpretation (政策解读).
 */
package dev.shixian.examples;
