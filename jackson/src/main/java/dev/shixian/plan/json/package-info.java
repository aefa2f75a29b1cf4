/**
 * The JSON plan file: reading and writing {@link dev.shixian.plan.Plan}s with Jackson, and the JSON Schema that
 * describes the file ({@code dev/shixian/plan/json/plan.schema.json} in the {@code shixian-jackson} jar).
 */
package dev.shixian.plan.json;
