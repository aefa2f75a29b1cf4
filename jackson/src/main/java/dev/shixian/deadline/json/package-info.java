/**
 * JSON for deadlines: {@link dev.shixian.deadline.json.DeadlineModule}, a Jackson module that writes every
 * {@link dev.shixian.deadline.Deadline} as its canonical string ({@code "3 working days after issuance"}) and reads
 * canonical or Chinese forms ({@code "印发后3个工作日内"}). The domain types carry no Jackson annotations.
 */
package dev.shixian.deadline.json;
