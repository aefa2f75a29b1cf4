/**
 * Work plans (工作要点, 实施方案, 任务分解表) as data: a {@link dev.shixian.plan.Plan} holds its tasks
 * ({@link dev.shixian.plan.Task}), each with lead units (牵头单位), responsible units (责任单位) and time limits
 * (完成时限), optionally split into labelled {@link dev.shixian.plan.TaskPart parts} with units and time limits of
 * their own, and a {@link dev.shixian.plan.UnitDirectory} in which group phrases such as 市直有关部门 expand to the
 * units they stand for.
 *
 * <p>Plans are built in code with builders and validated in one place, {@link dev.shixian.plan.Plan.Builder#build()},
 * which reports every problem at once in a {@link dev.shixian.plan.PlanFormatException}, each
 * {@link dev.shixian.plan.PlanProblem} with its JSON path and task id. Checking takes time linear in the plan's
 * size, without recursion the plan controls, within the limits {@link dev.shixian.plan.Plan} documents (tasks,
 * parts, section depth, time-limit length, years). A plan's events are keyed by
 * {@link dev.shixian.deadline.Event}; its {@link dev.shixian.deadline.DeadlinePolicy} (and a task's own) says, for
 * example, that 日 means working days, as 条例第二十六条's 20 days after formation do.
 *
 * <p>The JSON plan file is read and written by {@code dev.shixian.plan.json.PlanFiles} in the shixian-jackson
 * module.
 */
package dev.shixian.plan;
