package dev.shixian.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes bytes strictly as UTF-8, as every file the library reads must be: a malformed sequence (a GBK file, say) is
 * reported with its byte offset and line instead of decoding to replacement characters. Linear in the input. Not
 * API: each reader turns {@link Malformed} into its own documented exception.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** A byte sequence that is not UTF-8: where it is. */
    public static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        /** The offset of the first malformed byte. */
        private final int offset;
        /** The number of malformed bytes. */
        private final int length;
        /** The line of the first malformed byte, from 1. */
        private final int line;

        Malformed(int offset, int length, int line) {
            super("not valid UTF-8 at byte offset " + offset);
            this.offset = offset;
            this.length = length;
            this.line = line;
        }

        /**
         * The offset of the first byte of the malformed sequence, from the start of the input (a byte-order mark
         * included).
         *
         * @return the offset, at least 0
         */
        public int offset() {
            return offset;
        }

        /**
         * The number of bytes of the malformed sequence.
         *
         * @return the length, at least 1
         */
        public int length() {
            return length;
        }

        /**
         * The line the malformed sequence stands on, from 1.
         *
         * @return the line
         */
        public int line() {
            return line;
        }
    }

    /**
     * Decodes a range of bytes strictly as UTF-8.
     *
     * @param bytes  the input, not null
     * @param from  the first byte to decode (3 to skip a byte-order mark the caller found)
     * @return the text, not null
     * @throws Malformed naming the offset, length and line of the first malformed sequence
     */
    public static String decode(byte[] bytes, int from) throws Malformed {
        Objects.requireNonNull(bytes, "bytes");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Malformed(offset, Math.max(1, result.length()), line);
        }
        out.flip();
        return out.toString();
    }

    /**
     * Whether the input starts with the UTF-8 byte-order mark EF BB BF.
     *
     * @param bytes  the input, not null
     * @return true if it does
     */
    public static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
