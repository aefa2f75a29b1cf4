package dev.shixian.holidays.cn.internal;

/**
 * The check both notice readers apply to a holiday name: short, and free of control and other invisible characters,
 * so that a name read from a file can be shown in any message or report as it is.
 */
final class HolidayNames {

    /** The longest holiday name accepted; the notices' longest, 抗战胜利纪念日, has 7 characters. */
    static final int MAX_LENGTH = 60;

    private HolidayNames() {
    }

    /**
     * What is wrong with a name, or null if nothing is.
     *
     * @param name  the stripped name, not null
     * @return the problem, phrased to follow the quoted name, or null
     */
    static String problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "is " + name.length() + " characters long; expected at most " + MAX_LENGTH;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            boolean brokenPair = Character.isHighSurrogate(c)
                    ? i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)));
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || brokenPair) {
                return String.format(java.util.Locale.ROOT,
                        "contains the invisible or control character U+%04X at index %d; expected a plain name", (int) c,
                        i);
            }
        }
        return null;
    }
}
