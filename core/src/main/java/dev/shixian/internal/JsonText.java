package dev.shixian.internal;

import java.util.Objects;

/**
 * What the library's JSON readers (plan files, holiday-cn notices) say about where a problem is: JSON path members,
 * line and column of a character offset, and the message for malformed JSON. Knows no JSON library, so that core
 * stays free of Jackson; each reader passes what its parser reported. Not API.
 *
 * <p>Example: {@code member("$.events", "public-opinion")} is {@code $.events['public-opinion']};
 * {@code position("ab\ncd", 4)} is {@code line 2, column 2}.
 */
public final class JsonText {

    /** The longest member name written with a dot; longer ones are quoted (and shortened) in brackets. */
    private static final int PLAIN_MEMBER_LENGTH = 80;

    private JsonText() {
    }

    /**
     * A JSON path member: {@code $.events.issuance}, or in brackets with quotes escaped when the name is not made of
     * letters, digits and underscores: {@code $.events['public-opinion']}. The name is quoted through
     * {@link Snippet#of(CharSequence)}, so a huge or hostile name stays short and printable.
     *
     * @param parent  the parent's path, such as {@code $.events}, not null
     * @param key  the member's name, not null
     * @return the member's path, not null
     */
    public static String member(String parent, String key) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(key, "key");
        boolean plain = !key.isEmpty() && key.length() <= PLAIN_MEMBER_LENGTH;
        for (int i = 0; plain && i < key.length(); i++) {
            char c = key.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_';
        }
        if (plain) {
            return parent + "." + key;
        }
        return parent + "['" + Snippet.of(key.replace("\\", "\\\\").replace("'", "\\'")) + "']";
    }

    /**
     * The 1-based line and column of a character offset, counting \n, \r\n and \r as line ends. Example:
     * {@code position("a\r\nbc", 4)} is {@code line 2, column 2}.
     *
     * @param text  the text, not null
     * @param offset  the offset, clamped to the text
     * @return {@code line L, column C}, not null
     */
    public static String position(String text, long offset) {
        int end = (int) Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (end - lineStart + 1);
    }

    /**
     * The offset of a JSON syntax error as the parser reported it, corrected where Jackson before 2.14 places an
     * unexpected character's error just after the character.
     *
     * @param offset  the reported character offset, negative if unknown
     * @param parserMessage  the parser's own message, may be null
     * @param errorAfterCharacter  whether the parser is one that reports after the character (Jackson &lt; 2.14)
     * @return the offset of the offending character, negative if unknown
     */
    public static long errorOffset(long offset, String parserMessage, boolean errorAfterCharacter) {
        if (offset > 0 && errorAfterCharacter && String.valueOf(parserMessage).startsWith("Unexpected character")) {
            return offset - 1;
        }
        return offset;
    }

    /**
     * Where malformed JSON went wrong: {@code line L, column C}, or {@code $} when the parser gave no offset.
     *
     * @param text  the JSON text, not null
     * @param offset  the offset of the error, negative if unknown
     * @return the location, not null
     */
    public static String where(String text, long offset) {
        return offset < 0 ? "$" : position(text, offset);
    }

    /**
     * The reason given for malformed JSON: {@code malformed JSON: <the parser's message> near '<the text there>'},
     * both quoted through {@link Snippet}.
     *
     * @param text  the JSON text, not null
     * @param offset  the offset of the error, negative if unknown (then no "near" part)
     * @param parserMessage  the parser's own message, may be null
     * @return the reason, not null
     */
    public static String malformed(String text, long offset, String parserMessage) {
        String near = offset < 0 ? "" : " near '" + Snippet.around(text, (int) Math.min(offset, text.length())) + "'";
        return "malformed JSON: " + Snippet.of(String.valueOf(parserMessage)) + near;
    }
}
