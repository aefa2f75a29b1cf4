/**
 * Work plans (工作要点, 实施方案, 任务分解表) as data: a {@link dev.shixian.plan.Plan} holds its tasks
 * ({@link dev.shixian.plan.Task}), each with lead units (牵头单位), responsible units (责任单位) and time limits
 * (完成时限), and a {@link dev.shixian.plan.UnitDirectory} in which group phrases such as 市直有关部门 expand to the
 * units they stand for.
 *
 * <p>Plans are built in code with builders and validated in one place, {@link dev.shixian.plan.Plan.Builder#build()},
 * which reports every problem at once in a {@link dev.shixian.plan.PlanFormatException}. The JSON plan file is read
 * and written by {@link dev.shixian.plan.json.PlanFiles}.
 */
package dev.shixian.plan;
