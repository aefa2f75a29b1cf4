package dev.shixian.deadline;

/**
 * A freshness rule (更新频率): at least one completion every N days, as in a website column that must not go
 * "超过14天未更新". It is due N days after the last completion (the context's {@link Event#CHANGE} date, 更新, or its
 * trigger), counted as calendar days like "N日内" (docs/RULES.md §2 and §4).
 *
 * <p>Example: {@code every 14 days} (每14日至少更新一次) with the last update on 2021-09-01 is due 2021-09-15.
 *
 * @param days  the number of days, 1 to 9999
 */
public record Freshness(int days) implements Deadline {

    /**
     * Validates the number of days.
     *
     * @param days  the number of calendar days allowed since the last completion, 1 to 9999
     * @throws IllegalArgumentException if it is out of range
     */
    public Freshness {
        if (days < 1 || days > 9999) {
            throw new IllegalArgumentException("Days must be 1..9999: " + days);
        }
    }

    /**
     * The canonical English form: {@code every 14 days}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "every " + days + (days == 1 ? " day" : " days");
    }

    /**
     * The canonical Chinese form: 每14日至少更新一次.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return "每" + days + "日至少更新一次";
    }
}
