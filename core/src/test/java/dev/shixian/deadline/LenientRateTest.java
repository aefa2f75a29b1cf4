package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12 §2: the rate of lenient reading on the collected phrases — every phrase of {@link RealWorldPhrasesTest}
 * (the first column of each of its tables, read from the annotations so that a new phrase is counted) and of
 * {@link SeedPhrasesTest}, each counted once. The exact numbers are asserted, so that a change in either reader is
 * noticed, and are stated in the package documentation ("Lenient mode"); change both together.
 */
class LenientRateTest {

    /** The collected phrases, without repeats, in the order of the tables. */
    static List<String> phrases() {
        Set<String> out = new LinkedHashSet<>();
        Method[] methods = RealWorldPhrasesTest.class.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            CsvSource csv = m.getAnnotation(CsvSource.class);
            if (csv == null) {
                continue;
            }
            for (String row : csv.value()) {
                String first = row.split(java.util.regex.Pattern.quote(String.valueOf(csv.delimiter())), -1)[0];
                out.add(csv.ignoreLeadingAndTrailingWhitespace() ? first.strip() : first);
            }
        }
        Stream.concat(SeedPhrasesTest.strict(), SeedPhrasesTest.lenient())
                .map(Arguments::get)
                .forEach(args -> out.add((String) args[0]));
        return new ArrayList<>(out);
    }

    @Test
    void countsStrictLenientAndFailingPhrases() {
        List<String> phrases = phrases();
        int strict = 0;
        int lenientOnly = 0;
        int failing = 0;
        for (String p : phrases) {
            if (parses(p, false)) {
                strict++;
                // a strict phrase reads the same leniently, with nothing ignored
                assertThat(Deadline.parseLenient(p).deadline()).as(p).isEqualTo(Deadline.parse(p));
                assertThat(Deadline.parseLenient(p).ignored()).as(p).isEmpty();
            } else if (parses(p, true)) {
                lenientOnly++;
            } else {
                failing++;
            }
        }
        // phrases, read strictly, read only leniently, refused by both (stated in the package documentation)
        assertThat(List.of(phrases.size(), strict, lenientOnly, failing)).as("phrases, strict, lenient only, refused")
                .containsExactly(333, 295, 14, 24);
    }

    private static boolean parses(String phrase, boolean lenient) {
        try {
            if (lenient) {
                Deadline.parseLenient(phrase);
            } else {
                Deadline.parse(phrase);
            }
            return true;
        } catch (DeadlineParseException e) {
            return false;
        }
    }
}
