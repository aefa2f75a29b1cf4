package dev.shixian.holidays.cn.internal;

import dev.shixian.holidays.cn.HolidayDataException;
import dev.shixian.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        try {
            return Utf8.decode(bytes, Utf8.hasByteOrderMark(bytes) ? 3 : 0);
        } catch (Utf8.Malformed e) {
            StringBuilder found = new StringBuilder();
            for (int i = e.offset(); i < Math.min(bytes.length, e.offset() + e.length()); i++) {
                found.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
            }
            throw new HolidayDataException(source, "line " + e.line() + ", byte offset " + e.offset(),
                    "not valid UTF-8 (found the byte" + (found.length() > 5 ? "s" : "") + found
                    + "); notice data must be saved as UTF-8 — a GBK or other encoding is not read");
        }
    }
}
