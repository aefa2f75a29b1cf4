/**
 * JSON for every value of Shixian a user would store or send: {@link dev.shixian.json.ShixianModule}, one Jackson
 * module that includes the deadline module and writes plans, tasks, occurrences and records as their files do, and
 * the computed values (dues, explanations, obligations, statuses, reports) for display and exchange. Stored values
 * read back equal; computed ones are read back by computing them again. The domain types carry no Jackson
 * annotations.
 */
package dev.shixian.json;
