package dev.shixian.holidays.cn.internal;

import dev.shixian.holidays.cn.HolidayDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads notice data (text or JSON) as strict UTF-8, the same way whether it comes from a file, a stream or a
 * classpath resource: a byte sequence that is not UTF-8 (a GBK file, say) fails with the line and byte offset
 * instead of loading garbled holiday names; a UTF-8 byte-order mark is dropped; input larger than
 * {@link #MAX_BYTES} fails before it is decoded. Reading and decoding are linear in the input.
 */
public final class NoticeInput {

    /** The largest notice input read, 8 MiB: the notices of 2004–2026 take about 30 KB. */
    public static final int MAX_BYTES = 8 << 20;

    private NoticeInput() {
    }

    /**
     * Reads a stream to its end (without closing it) and decodes it.
     *
     * @param in  the stream, not null
     * @param source  the source's name for messages, not null
     * @return the text, without a leading byte-order mark, not null
     * @throws HolidayDataException if the input is larger than {@link #MAX_BYTES} or not valid UTF-8
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static String read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday notices from " + source, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new HolidayDataException(source, "byte offset " + MAX_BYTES, "the input is larger than "
                    + (MAX_BYTES >> 20) + " MiB; a year's holiday notice takes a few KB, so this is not notice data");
        }
        return decode(bytes, source);
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @param bytes  the bytes, not null
     * @param source  the source's name for messages, not null
     * @return the text, without a leading byte-order mark, not null
     * @throws HolidayDataException if the bytes are not valid UTF-8, naming the line and byte offset
     */
    public static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
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
            StringBuilder found = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, result.length())); i++) {
                found.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
            }
            throw new HolidayDataException(source, "line " + line + ", byte offset " + offset,
                    "not valid UTF-8 (found the byte" + (found.length() > 5 ? "s" : "") + found
                    + "); notice data must be saved as UTF-8 — a GBK or other encoding is not read");
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return out.subSequence(start, out.length()).toString();
    }
}
