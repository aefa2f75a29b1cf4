package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Fuzz and extremes for phrases: random text, mutated seed phrases, extreme numbers and long inputs. Every input
 * ends, in strict and in lenient reading, in a deadline or a {@link DeadlineParseException} whose index lies in the
 * input — never another exception, never a StackOverflowError — and long inputs end in time proportional to their
 * size (a generous bound of 2 s plus 10 µs a character).
 *
 * <p>CI runs fixed seeds and jqwik's default 1000 tries per property, and 20 long inputs. For a release, run it
 * longer, e.g. {@code mvn -o -B -pl core test -Dtest=PhraseFuzzProperties -Djqwik.tries.default=200000
 * -Dshixian.fuzz.long=2000} (jqwik reads {@code jqwik.tries.default} from the system properties; the long inputs
 * are counted by {@code shixian.fuzz.long}); change the seeds to explore new inputs.
 */
class PhraseFuzzProperties {

    private static final String SEED = "1130";
    private static final int LONG_INPUTS = Integer.getInteger("shixian.fuzz.long", 20);

    static final List<String> SEEDS = List.of("2021年12月底前", "印发后3个工作日内", "形成起20日内公开", "每季度一次", "长期",
            "不定期公开", "最新规划:形成20日内。历史规划:9月底完成公开。", "每2个月不少于1篇", "每年1、4、7、10月8日之前",
            "与政策出台或实施起同时公开。", "舆情产生后按相关程序公开。", "信息产生或更新起20日。", "2021年10月30日前",
            "持续推进，2021年底前完成", "二〇二一年九月三十日", "超过14天未更新", "与文件公开时发布", "时限:时限:期限A：长期",
            "每季度首月10日前", "2021年9月至12月", "“公示结束”之日起20日内", "最迟不晚于2021年12月31日",
            "与印发同时，时间跨度不超过5个工作日", "quarterly by day 8 of months 1, 4, 7, 10",
            "label \"a\": 3 working days after issuance; by end of 2021-Q3", "with issuance, within 5 working days",
            "every 2 months, at least 1 article", "by 2021-12-31", "999 years after \"x\"");

    private static final String ALPHABET = "年月日前内后底末季度个工作天每至少不少于篇次或起之时同步，。：、;:\"“”「」0123456789"
            + "一二三四五六七八九十两〇百千零 -—至到印发形成公开长期及时与最迟于按要求时限并第上下半旬周超过未更新\u3000２";

    /** The phrase ends in a deadline or a parse exception, strictly and leniently. */
    static void ends(String text) {
        try {
            Deadline d = Deadline.parse(text);
            assertThat(Deadline.parse(d.toString())).isEqualTo(d);
            assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        } catch (DeadlineParseException e) {
            assertThat(e.index()).isBetween(0, text.length());
            assertThat(e.input()).isEqualTo(text);
        }
        try {
            IgnoredSpans.wellFormed(text, Deadline.parseLenient(text).ignored());
        } catch (DeadlineParseException e) {
            assertThat(e.index()).isBetween(0, text.length());
        }
    }

    @Property(seed = SEED)
    void randomText(@ForAll String text) {
        ends(text);
    }

    @Property(seed = SEED)
    void randomTextOfGrammarCharacters(@ForAll("grammarText") String text) {
        ends(text);
    }

    @Provide
    Arbitrary<String> grammarText() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(40);
    }

    @Property(seed = SEED)
    void mutatedPhrases(@ForAll("mutated") String text) {
        ends(text);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().with(ALPHABET), Arbitraries.chars());
        return Arbitraries.of(SEEDS).flatMap(s -> Arbitraries.integers().between(1, 6).flatMap(k -> {
            Arbitrary<String> out = Arbitraries.just(s);
            for (int i = 0; i < k; i++) {
                out = out.flatMap(t -> Arbitraries.integers().between(0, 3).flatMap(op -> Arbitraries.integers()
                        .between(0, Math.max(0, t.length() - 1)).flatMap(at -> chars.map(c -> mutate(t, op, at, c)))));
            }
            return out;
        }));
    }

    private static String mutate(String t, int op, int at, char c) {
        if (t.isEmpty()) {
            return String.valueOf(c);
        }
        switch (op) {
            case 0:
                return t.substring(0, at) + c + t.substring(at);
            case 1:
                return t.substring(0, at) + t.substring(at + 1);
            case 2:
                return t.substring(0, at) + t.substring(at, Math.min(t.length(), at + 4)) + t.substring(at);
            default:
                return t.substring(0, at) + c + t.substring(at + 1);
        }
    }

    @Property(seed = SEED)
    void extremeNumbers(@ForAll("templates") String template, @ForAll("numbers") String number) {
        ends(template.replace("N", number));
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of("印发后N周内", "印发后N个工作日内", "形成之日起N个月内", "出台后N年内", "N年内", "N年底前", "N年N月N日前",
                "N.N.N", "每N个月", "每年N、N月N日前", "每季度第N个月N日前", "每年至少N次", "超过N天未更新", "每N周更新",
                "与印发同时，时间跨度不超过N个工作日", "第N季度", "N月底前", "N—N月", "N—N年", "by N-N-N", "by end of N-QN",
                "N working days after issuance", "every N months", "every N days", "yearly by N-N",
                "monthly by day N, at least N items", "with issuance, within N working days", "N years");
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().withChars("一二三四五六七八九十两〇百千零").ofMinLength(1).ofMaxLength(15),
                Arbitraries.of("0", "1", "999", "1000", "1428", "1429", "9999", "10000", "613566757", "2147483647",
                        "2147483648", "4294967299", "999999999", "1000000000", "九千九百九十九", "一万", "０９９９"));
    }

    @Test
    void longInputsEndInTimeProportionalToTheirSize() {
        Random random = new Random(1130);
        for (int n = 0; n < LONG_INPUTS; n++) {
            int size = 10_000 + random.nextInt(190_000);
            StringBuilder b = new StringBuilder(size + 64);
            int style = n % 4;
            while (b.length() < size) {
                if (style == 0) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else if (style == 1) {
                    b.append(SEEDS.get(random.nextInt(SEEDS.size())));
                } else if (style == 2) {
                    String s = SEEDS.get(random.nextInt(SEEDS.size()));
                    b.append(s, 0, 1 + random.nextInt(s.length()));
                } else {
                    b.append((char) (0x4E00 + random.nextInt(0x5000))).append(random.nextInt(3) == 0 ? "，" : "");
                }
            }
            String text = b.toString();
            assertTimeoutPreemptively(Duration.ofMillis(2000 + text.length() / 100), () -> ends(text),
                    () -> "input " + Snippet.start(text));
        }
    }

    /** Test-side short quote of an input. */
    private static final class Snippet {
        static String start(String text) {
            return dev.shixian.internal.Snippet.of(text) + " (" + text.length() + " characters)";
        }
    }
}
