package dev.shixian.deadline.internal;

/**
 * Numbers of the Chinese grammar: Arabic (2021, full-width ２０２１ read as ASCII), Chinese digit by digit
 * (二〇二一) or with units (三, 二十, 一百二十, 两, 九千九百九十九). A number is at most {@value #MAX_DIGITS} digits
 * (below {@value #LIMIT_TEXT}); a longer one is an error at its first character, so no arithmetic can overflow.
 * Not API.
 */
final class ChineseNumbers {

    /** The most digits a number may have. */
    static final int MAX_DIGITS = 9;
    static final String LIMIT_TEXT = "1000000000";
    static final String TOO_LONG = "a number below " + LIMIT_TEXT;
    private static final String DIGITS = "零〇一二两三四五六七八九";

    private ChineseNumbers() {
    }

    /** Whether a character is part of a number (a digit, a Chinese digit, 十, 百 or 千). */
    static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    /** Whether the next character after spaces begins a number; the position does not move. */
    static boolean ahead(Text in) {
        int i = in.pos;
        while (i < in.s.length() && in.s.charAt(i) == ' ') {
            i++;
        }
        return i < in.s.length() && isNumeral(in.s.charAt(i));
    }

    /** The value of a Chinese digit (两 is 2, 〇 and 零 are 0), or -1. */
    static int digit(char c) {
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            return -1;
        }
        return i <= 1 ? 0 : i == 2 ? 1 : i <= 4 ? 2 : i - 2;
    }

    /**
     * A number after spaces, or null (recording "a number"). The position is after the number, or after the
     * spaces when there is none.
     *
     * @throws Text.SemanticError if the number has more than {@value #MAX_DIGITS} digits or numeral characters
     */
    static Integer number(Text in) {
        in.ws();
        String s = in.s;
        int start = in.pos;
        int end = start;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end > start) {
            if (end - start > MAX_DIGITS) {
                throw new Text.SemanticError(start, TOO_LONG);
            }
            int value = 0;
            for (int i = start; i < end; i++) {
                value = value * 10 + s.charAt(i) - '0';
            }
            in.pos = end;
            return value;
        }
        end = start;
        while (end < s.length() && isNumeral(s.charAt(end)) && s.charAt(end) > '9') {
            end++;
        }
        if (end - start > MAX_DIGITS) {
            throw new Text.SemanticError(start, TOO_LONG);
        }
        if (end - start >= 2 && digit(s.charAt(start)) >= 0 && digit(s.charAt(start + 1)) >= 0) {
            // digit by digit: 二〇二一
            int value = 0;
            while (in.pos < end && digit(s.charAt(in.pos)) >= 0) {
                value = value * 10 + digit(s.charAt(in.pos));
                in.pos++;
            }
            return value;
        }
        return withUnits(in, start, end);
    }

    /** 三, 二十, 一百二十, 九千九百九十九: at most 9999, read up to {@code end}. */
    private static Integer withUnits(Text in, int start, int end) {
        String s = in.s;
        int total = 0;
        int cur = -1;
        int lastUnit = Integer.MAX_VALUE;
        boolean any = false;
        while (in.pos < end) {
            char c = s.charAt(in.pos);
            int d = digit(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (c == '零' || c == '〇') {
                if (cur > 0) {
                    break;
                }
                in.pos++;
                any = true;
                continue;
            }
            if (d >= 0) {
                if (cur >= 0) {
                    break;
                }
                cur = d;
            } else {
                if (unit >= lastUnit) {
                    break;
                }
                total += (cur < 0 ? 1 : cur) * unit;
                cur = -1;
                lastUnit = unit;
            }
            in.pos++;
            any = true;
        }
        if (!any) {
            in.fail(start, "a number");
            return null;
        }
        return total + Math.max(cur, 0);
    }
}
