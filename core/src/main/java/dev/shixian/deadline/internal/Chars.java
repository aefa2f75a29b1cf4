package dev.shixian.deadline.internal;

/**
 * The characters the deadline parsers accept, and how each is read (documented in the package documentation of
 * dev.shixian.deadline, "Accepted characters"). Reading is one character for one character, so an index in the
 * read copy is the index in the original input. Not API.
 *
 * <p>Accepted: ASCII printable characters; tab, line feed and carriage return, no-break space (U+00A0) and the
 * ideographic space (U+3000), read as spaces; full-width forms U+FF01–U+FF5E, read as their ASCII counterparts
 * (２ as 2, ： as :); half-width ｡ ｢ ｣ ､, read as 。 「 」 、; CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF and, as
 * surrogate pairs, U+20000–U+3134F); CJK punctuation U+3001–U+3011 and U+3014–U+301F (、 。 〇 《 》 「 」 【 】 〜 …);
 * general punctuation U+2010–U+2027 (— – “ ” ‘ ’ … ‧); the middle dot U+00B7; circled and bracketed numbers
 * U+2460–U+249B (①, ⑴, ⒈), which are not read as digits; arrows U+2190–U+2199; geometric shapes U+25A0–U+25FF
 * and stars U+2605–U+2606 (list bullets). Everything else — other scripts' digits (١٢), zero-width and bidi
 * controls, other control characters, unpaired surrogates — is refused at its index.
 */
final class Chars {

    /** What a refused character is reported as expecting. */
    static final String ACCEPTED = "a character the grammar accepts (ASCII or full-width letters, digits and "
            + "punctuation, Chinese characters and punctuation, spaces; no zero-width, bidi or control characters, "
            + "no other scripts' digits)";

    private Chars() {
    }

    /**
     * How a BMP character is read: itself, its ASCII counterpart, a space, or {@code '\0'} if it is refused.
     * Surrogates return {@code '\0'}: pairs are checked by {@link #isAcceptedPair(char, char)}.
     */
    static char read(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return c;
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\t':
            case '\n':
            case '\r':
            case '\u00A0':
            case '\u3000':
                return ' ';
            case '\uFF61':
                return '。';
            case '\uFF62':
                return '「';
            case '\uFF63':
                return '」';
            case '\uFF64':
                return '、';
            case '\u00B7':
            case '\u2605':
            case '\u2606':
                return c;
            default:
                break;
        }
        if (c >= 0x3001 && c <= 0x3011 || c >= 0x3014 && c <= 0x301F || c >= 0x2010 && c <= 0x2027
                || c >= 0x2460 && c <= 0x249B || c >= 0x2190 && c <= 0x2199 || c >= 0x25A0 && c <= 0x25FF) {
            return c;
        }
        return '\0';
    }

    /** Whether a surrogate pair is an accepted supplementary ideograph (U+20000–U+3134F). */
    static boolean isAcceptedPair(char high, char low) {
        if (!Character.isHighSurrogate(high) || !Character.isLowSurrogate(low)) {
            return false;
        }
        int cp = Character.toCodePoint(high, low);
        return cp >= 0x20000 && cp <= 0x3134F;
    }

    /**
     * The index of the first character that is refused or read as something else, or -1 if the text is read as
     * itself. Labels and event names must be such text, so that they read back unchanged.
     */
    static int firstChanged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (i + 1 < text.length() && isAcceptedPair(c, text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            char r = read(c);
            if (r == '\0' || r != c) {
                return i;
            }
        }
        return -1;
    }
}
