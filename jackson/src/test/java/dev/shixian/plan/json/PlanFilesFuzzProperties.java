package dev.shixian.plan.json;

import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * Fuzzing the plan file reader: random and mutated plan JSON (a valid plan with tokens deleted, duplicated or
 * replaced, huge numbers, deep nesting, long strings, random bytes) always ends in a {@link Plan} or a
 * {@link PlanFormatException} — never another exception, never a hang.
 *
 * <p>CI runs fixed seeds with bounded tries. To fuzz longer, raise {@code tries} (say to 100000) and remove
 * {@code seed} in the annotations below, then run
 * {@code mvn -o -pl core,jackson -am test -Dtest=PlanFilesFuzzProperties -Dsurefire.failIfNoSpecifiedTests=false};
 * jqwik prints the seed and the shrunk input of any failure: keep that input as a new example test.
 */
class PlanFilesFuzzProperties {

    private static final String SEED_PLAN = PlanFilesTest.PLAN.replace("\"year\": 2021,",
            "\"year\": 2021, \"policy\": {\"calendarDaysAsWorkingDays\": true},")
            .replace("\"deadline\": \"每季度一次\",", "\"deadline\": \"每季度一次\", \"parts\": [{\"label\": \"市级\", "
                    + "\"lead\": [\"市直有关部门\"], \"deadline\": \"每季度一次\"}],");

    private static final String[] REPLACEMENTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999999",
        "-0", "2147483648", "99999999999999999999999", "\"2021-02-29\"", "\"2月29日前\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"各乡镇(街道)\"", "\"印发\"", "\"issuence\"", "[[[[[[[[", "{\"a\":{\"b\":{\"c\":",
        "\"" + "每季度一次".repeat(300) + "\"", "\"" + "x".repeat(5000) + "\"", "0." + "9".repeat(200), "\uFEFF",
        "\"children\": [{\"number\": \"1\", \"children\": [{\"number\": \"2\"}]}]", "\"parts\": [{}]",
        "\"policy\": {\"promptDefault\": \"长期\"}", "\"$.tasks\"", "\"\\\"\"", "\t\n\r "};

    /** Outcomes are a plan or the documented exception, nothing else; in bounded time. */
    private static void readsOrRefuses(String json) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                Plan plan = PlanFiles.fromJson(json, "fuzz.json");
                assertThat(plan.id()).isNotBlank();
                assertThat(PlanFiles.fromJson(PlanFiles.toJson(plan), "again.json")).isEqualTo(plan);
            } catch (PlanFormatException e) {
                assertThat(e.errors()).isNotEmpty();
                assertThat(e.getMessage().length()).isLessThan(60_000);
            }
        });
    }

    @Property(tries = 300, seed = "20261130")
    void mutatedSeedPlansReadOrAreRefused(@ForAll("mutations") String json) {
        readsOrRefuses(json);
    }

    @Property(tries = 200, seed = "8910")
    void randomBytesReadOrAreRefused(@ForAll("bytes") byte[] bytes) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                PlanFiles.read(new ByteArrayInputStream(bytes), "bytes.json");
            } catch (PlanFormatException e) {
                assertThat(e.errors()).isNotEmpty();
            }
        });
    }

    @Property(tries = 40, seed = "42")
    void deeplyNestedAndRepeatedStructuresAreRefusedOrRead(@ForAll("nesting") String json) {
        readsOrRefuses(json);
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.longs().map(seed -> mutate(SEED_PLAN, new Random(seed)));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> corrupted = Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            byte[] b = SEED_PLAN.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1 + r.nextInt(5); i++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            return b;
        });
        return Arbitraries.oneOf(random, corrupted);
    }

    @Provide
    Arbitrary<String> nesting() {
        return Arbitraries.integers().between(1, 200_000).map(n -> {
            String[] shapes = {
                "{\"id\": \"x\", \"title\": \"t\", \"year\": 2021, \"sections\": "
                        + "[{\"number\": \"1\", \"children\": ".repeat(n % 40) + "[]" + "}]".repeat(n % 40) + "}",
                "[".repeat(n) + "]".repeat(n),
                "{\"a\":".repeat(n) + "1" + "}".repeat(n),
                "{\"id\": \"x\", \"title\": \"t\", \"year\": 2021, \"groups\": [" + groups(n % 3000) + "]}",
            };
            return shapes[n % shapes.length];
        });
    }

    /** A chain of groups, each containing the next twice, the last containing the first. */
    private static String groups(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String next = "\"g" + ((i + 1) % Math.max(1, n)) + "\"";
            b.append(i == 0 ? "" : ",").append("{\"name\": \"g").append(i).append("\", \"members\": [").append(next)
                    .append(",").append(next).append("]}");
        }
        return b.toString();
    }

    /** Deletes, duplicates or replaces a few tokens of a plan. */
    static String mutate(String plan, Random r) {
        List<String> tokens = tokens(plan);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int at = r.nextInt(tokens.size());
            switch (r.nextInt(4)) {
                case 0:
                    tokens.remove(at);
                    break;
                case 1:
                    tokens.add(at, tokens.get(at));
                    break;
                case 2:
                    tokens.set(at, REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
                    break;
                default:
                    int from = r.nextInt(tokens.size());
                    tokens.add(at, tokens.get(from));
                    break;
            }
        }
        return String.join("", tokens);
    }

    /** Splits JSON text into strings, punctuation, words and whitespace. */
    static List<String> tokens(String json) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            int j = i + 1;
            if (c == '"') {
                while (j < json.length() && json.charAt(j) != '"') {
                    j += json.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(json.length(), j + 1);
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                while (j < json.length() && (Character.isLetterOrDigit(json.charAt(j)) || json.charAt(j) == '.'
                        || json.charAt(j) == '-')) {
                    j++;
                }
            }
            tokens.add(json.substring(i, j));
            i = j;
        }
        return tokens;
    }
}
