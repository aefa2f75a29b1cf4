package dev.shixian.schedule;

/**
 * Which units answer for a task's obligations (谁来完成): each lead unit (牵头单位) for itself, each responsible unit
 * (责任单位) for itself, or the task's units together as one obligation.
 *
 * <p>Example: 兴义市 2021 task 7 is led by 市财政局 and 市政府办公室 and every 市直部门 is responsible: with
 * {@link #LEAD_UNITS} the third quarter gives {@code xingyi-2021/7/2021-Q3@czj} and
 * {@code xingyi-2021/7/2021-Q3@zfb}; with {@link #TOGETHER} it gives one obligation, {@code xingyi-2021/7/2021-Q3}.
 */
public enum AnsweringUnits {

    /**
     * Each lead unit (牵头单位) answers for itself; a group stands for each of its members; a task that names no lead
     * is led by the plan's addressees (主送机关). The default.
     */
    LEAD_UNITS,

    /**
     * Each responsible unit (责任单位) answers for itself; a task that names no responsible unit falls back to its
     * lead units.
     */
    RESPONSIBLE_UNITS,

    /**
     * One obligation for the task's lead and responsible units together; its id has no {@code @unit}.
     */
    TOGETHER
}
