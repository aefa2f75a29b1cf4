package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shixian.calendar.DayKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzz and extremes suite for notice files (issue 10, item 8): random notice texts built from the format's own
 * vocabulary, byte-level mutations of real notice data (the shipped {@code notices.txt} and holiday-cn style JSON),
 * random JSON, and very large inputs. Every input must either load — and then answer for its whole coverage — or
 * fail with {@link HolidayDataException}; never another exception, and in time proportional to its size (checked
 * with a generous timeout on megabyte inputs, never a tight timing assertion).
 *
 * <p>In CI each property runs a bounded number of tries from a fixed seed, so failures reproduce. Each try turns
 * its jqwik-chosen {@code long} into inputs through {@link Random}, mixed with a salt. <b>For a release, run it
 * longer and on fresh inputs</b>:
 * <pre>
 * mvn -o -B -pl holidays-cn -am test -Dtest=NoticeFuzzProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dshixian.fuzz.rounds=500 -Dshixian.fuzz.salt=$(date +%s)
 * </pre>
 * {@code shixian.fuzz.rounds} (default 1) is the number of inputs each try derives from its seed; a different
 * {@code shixian.fuzz.salt} (default 0) gives different inputs; a failure message names the salt, seed and round
 * to reproduce it.
 */
class NoticeFuzzProperties {

    private static final int ROUNDS = Integer.getInteger("shixian.fuzz.rounds", 1);
    private static final long SALT = Long.getLong("shixian.fuzz.salt", 0L);

    private static final byte[] OFFICIAL = resource();
    private static final String[] KEYS = {"notice", "title", "number", "published", "off", "work", "end", "#", "",
        "Notice", "off\u3000", "work\t", "\uFEFF"};
    private static final String[] NAMES = {"元旦", "春节", "国庆节", "中秋节", "x", "\u0000", "\u202E", "名 字", "节".repeat(50),
        "\uD83C\uDF89", "\uD800"};
    private static final String JSON_SAMPLE = "{\"$schema\": \"https://example.org/schema.json\", \"year\": 2027,"
            + " \"papers\": [\"https://www.gov.cn/zhengce/content/2026-11/20/content_1.htm\"], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-20\", \"isOffDay\": false}]}";

    private static byte[] resource() {
        try (InputStream in = ChinaCalendar.class.getResourceAsStream(ChinaCalendar.NOTICES_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an input alone and on top of the official notices; each must load or throw HolidayDataException. */
    private static void loadsOrFailsCleanly(byte[] input, NoticeFormat format, String what) {
        for (boolean alone : new boolean[] {true, false}) {
            ChinaCalendar.Builder builder = alone ? ChinaCalendar.builder() : ChinaCalendar.official().toBuilder();
            ChinaCalendar calendar;
            try {
                calendar = builder.addNotices(new ByteArrayInputStream(input), "fuzz", format).build();
            } catch (HolidayDataException e) {
                assertThat(e.getMessage()).as(what).startsWith("fuzz at ").hasSizeLessThan(2000);
                assertThat(e.getMessage().chars().filter(c -> c < 0x20 && c != '\n').count()).as(what).isZero();
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": expected HolidayDataException or a calendar, got " + e, e);
            }
            LocalDate first = calendar.coverage().getStart();
            LocalDate last = calendar.coverage().getEndInclusive();
            assertThat(calendar.dayKind(first)).as(what).isIn((Object[]) DayKind.values());
            assertThat(calendar.workingDaysBetween(first, last)).as(what).isNotNegative();
            assertThat(calendar.isSettled(last)).as(what).isFalse();
        }
    }

    private static String describe(String kind, long seed, int round) {
        return kind + " (seed " + seed + ", round " + round + ", salt " + SALT + ")";
    }

    @Property(seed = "20261130", tries = 300)
    void randomNoticeTexts(@ForAll long seed) {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(seed ^ SALT ^ (round * 0x9E3779B97F4A7C15L));
            StringBuilder text = new StringBuilder();
            int lines = r.nextInt(40);
            int year = r.nextInt(10) < 8 ? 2020 + r.nextInt(10) : r.nextInt(10000);
            for (int i = 0; i < lines; i++) {
                text.append(line(r, year)).append(r.nextInt(20) == 0 ? "\r\n" : "\n");
            }
            loadsOrFailsCleanly(text.toString().getBytes(StandardCharsets.UTF_8), NoticeFormat.SHIXIAN_TEXT,
                    describe("random text", seed, round));
        }
    }

    private static String line(Random r, int year) {
        String key = KEYS[r.nextInt(KEYS.length)];
        switch (key) {
            case "notice":
                return "notice " + (r.nextInt(8) == 0 ? Integer.toString(r.nextInt(100000)) : year);
            case "title":
            case "number":
                return key + " " + NAMES[r.nextInt(NAMES.length)] + r.nextInt(100);
            case "published":
                return "published " + date(r, year);
            case "off":
            case "off\u3000":
                return key + date(r, year) + (r.nextBoolean() ? ".." + date(r, year) : "") + " "
                        + NAMES[r.nextInt(NAMES.length)] + (r.nextInt(30) == 0 ? r.nextInt(200) : "");
            case "work":
            case "work\t":
                return key + " " + date(r, year) + " " + NAMES[r.nextInt(NAMES.length)];
            case "end":
                return r.nextInt(10) == 0 ? "end extra" : "end";
            default:
                return key + (r.nextBoolean() ? "" : " " + NAMES[r.nextInt(NAMES.length)]);
        }
    }

    private static String date(Random r, int year) {
        switch (r.nextInt(12)) {
            case 0:
                return "+999999999-12-31";
            case 1:
                return (year + 1) + "-01-0" + (1 + r.nextInt(9));
            case 2:
                return year + "-02-30";
            case 3:
                return (year - 1) + "-12-" + (20 + r.nextInt(12));
            case 4:
                return "2027/01/01";
            default:
                return LocalDate.of(Math.max(0, year), 1, 1).plusDays(r.nextInt(366)).toString();
        }
    }

    @Property(seed = "20261130", tries = 300)
    void mutatedOfficialNotices(@ForAll long seed) {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(seed ^ SALT ^ (round * 0x9E3779B97F4A7C15L));
            // a window of the real file (whole blocks or cut mid-line), then mutated
            int from = r.nextInt(OFFICIAL.length);
            int to = Math.min(OFFICIAL.length, from + r.nextInt(6000));
            byte[] input = mutate(r, r.nextInt(4) == 0 ? OFFICIAL : Arrays.copyOfRange(OFFICIAL, from, to));
            loadsOrFailsCleanly(input, NoticeFormat.SHIXIAN_TEXT, describe("mutated notices.txt", seed, round));
        }
    }

    @Property(seed = "20261130", tries = 300)
    void mutatedAndRandomHolidayCnJson(@ForAll long seed) {
        for (int round = 0; round < ROUNDS; round++) {
            Random r = new Random(seed ^ SALT ^ (round * 0x9E3779B97F4A7C15L));
            byte[] input = r.nextInt(3) == 0 ? randomJson(r).getBytes(StandardCharsets.UTF_8)
                    : mutate(r, JSON_SAMPLE.getBytes(StandardCharsets.UTF_8));
            loadsOrFailsCleanly(input, NoticeFormat.HOLIDAY_CN_JSON, describe("JSON", seed, round));
        }
    }

    private static String randomJson(Random r) {
        StringBuilder b = new StringBuilder("{\"year\": ").append(r.nextInt(5) == 0 ? r.nextInt() : 2027)
                .append(", \"days\": [");
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",");
            switch (r.nextInt(6)) {
                case 0:
                    b.append(value(r, 0));
                    break;
                default:
                    b.append("{\"name\": ").append(r.nextInt(5) == 0 ? value(r, 0)
                                    : "\"" + NAMES[r.nextInt(NAMES.length)].replace("\u0000", "\\u0000") + "\"")
                            .append(", \"date\": \"").append(date(r, 2027)).append("\", \"isOffDay\": ")
                            .append(r.nextInt(8) == 0 ? value(r, 0) : Boolean.toString(r.nextBoolean()))
                            .append('}');
                    break;
            }
        }
        return b.append("]}").toString();
    }

    /** A random JSON value, nested at most a few levels (the generator's own depth, not the input's). */
    private static String value(Random r, int depth) {
        switch (depth > 3 ? r.nextInt(4) : r.nextInt(7)) {
            case 0:
                return Integer.toString(r.nextInt());
            case 1:
                return "\"" + NAMES[r.nextInt(NAMES.length)].replace("\u0000", "\\u0000") + "\"";
            case 2:
                return r.nextBoolean() ? "null" : "1e999999";
            case 3:
                return "true";
            case 4:
                return "[" + value(r, depth + 1) + "," + value(r, depth + 1) + "]";
            case 5:
                return "[".repeat(r.nextInt(2000)); // deep nesting, unclosed
            default:
                return "{\"k\": " + value(r, depth + 1) + "}";
        }
    }

    /** Byte-level mutations: flips, deletions, duplications, insertions of random or UTF-8-breaking bytes. */
    private static byte[] mutate(Random r, byte[] original) {
        byte[] b = original.clone();
        int mutations = 1 + r.nextInt(8);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0:
                    b[at] = (byte) r.nextInt(256);
                    break;
                case 1: {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] shorter = new byte[b.length - len];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + len, shorter, at, b.length - at - len);
                    b = shorter;
                    break;
                }
                case 2: {
                    int len = Math.min(b.length - at, 1 + r.nextInt(200));
                    byte[] longer = new byte[b.length + len];
                    System.arraycopy(b, 0, longer, 0, at + len);
                    System.arraycopy(b, at, longer, at + len, b.length - at);
                    b = longer;
                    break;
                }
                case 3: {
                    byte[] insert = List.of("\n", "..", " ", "\uFEFF", "\u3000", "-", "9", "\"", "}", "\\u0000")
                            .get(r.nextInt(10)).getBytes(StandardCharsets.UTF_8);
                    byte[] longer = new byte[b.length + insert.length];
                    System.arraycopy(b, 0, longer, 0, at);
                    System.arraycopy(insert, 0, longer, at, insert.length);
                    System.arraycopy(b, at, longer, at + insert.length, b.length - at);
                    b = longer;
                    break;
                }
                case 4:
                    b[at] = (byte) (0x80 | r.nextInt(0x80)); // a stray continuation or lead byte
                    break;
                default:
                    b = Arrays.copyOf(b, at); // truncated
                    break;
            }
        }
        return b;
    }

    /** Extremes: megabyte inputs of every shape finish (load or fail) well within a generous bound. */
    @Property(seed = "20261130", tries = 12)
    void megabyteInputsFinishInProportionalTime(@ForAll @IntRange(min = 0, max = 5) int shape,
            @ForAll @IntRange(min = 1, max = 4) int megabytes) {
        int size = megabytes << 20;
        byte[] input;
        NoticeFormat format = NoticeFormat.SHIXIAN_TEXT;
        switch (shape) {
            case 0: { // the official file repeated: many blocks of the same years, all agreeing
                input = new byte[size - size % OFFICIAL.length];
                for (int i = 0; i + OFFICIAL.length <= input.length; i += OFFICIAL.length) {
                    System.arraycopy(OFFICIAL, 0, input, i, OFFICIAL.length);
                }
                break;
            }
            case 1: // one endless line
                input = ("notice 2027\ntitle " + "标".repeat(size / 3)).getBytes(StandardCharsets.UTF_8);
                break;
            case 2: // endless comments
                input = "# 注释\n".repeat(size / 10).getBytes(StandardCharsets.UTF_8);
                break;
            case 3: // a JSON array of a million small values
                format = NoticeFormat.HOLIDAY_CN_JSON;
                input = ("{\"year\": 2027, \"papers\": [" + "1,".repeat(size / 2) + "1]}")
                        .getBytes(StandardCharsets.UTF_8);
                break;
            case 4: // deeply nested JSON
                format = NoticeFormat.HOLIDAY_CN_JSON;
                input = ("{\"year\": 2027, \"days\": " + "[".repeat(size)).getBytes(StandardCharsets.UTF_8);
                break;
            default: // a JSON string of megabytes
                format = NoticeFormat.HOLIDAY_CN_JSON;
                input = ("{\"year\": 2027, \"days\": [{\"name\": \"" + "名".repeat(size / 3) + "\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
                break;
        }
        byte[] data = input;
        NoticeFormat f = format;
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> loadsOrFailsCleanly(data, f, "shape " + shape + ", " + megabytes + " MB"));
    }
}
