package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks on the ignored spans of a lenient parse that do not restate how the reader cuts them. */
final class IgnoredSpans {

    private IgnoredSpans() {
    }

    /**
     * The spans lie inside the input, are not empty, and come in input order without overlapping.
     *
     * @param input  the parsed text
     * @param spans  the ignored spans
     */
    static void wellFormed(String input, List<ParseResult.Ignored> spans) {
        int previousEnd = 0;
        for (ParseResult.Ignored i : spans) {
            assertThat(i.start()).as("%s in %s", i, input).isGreaterThanOrEqualTo(previousEnd);
            assertThat(i.end()).as("%s in %s", i, input).isGreaterThan(i.start()).isLessThanOrEqualTo(input.length());
            assertThat(i.text()).as("%s in %s", i, input).hasSize(i.end() - i.start());
            previousEnd = i.end();
        }
    }

    /**
     * The spans are the expected texts, each found at its own place: searched for in the input from the end of the
     * previous span, it is where the span says it starts.
     *
     * @param input  the parsed text
     * @param spans  the ignored spans
     * @param expected  the expected ignored texts, in order
     */
    static void areAt(String input, List<ParseResult.Ignored> spans, List<String> expected) {
        assertThat(spans).extracting(ParseResult.Ignored::text).containsExactlyElementsOf(expected);
        wellFormed(input, spans);
        int from = 0;
        for (ParseResult.Ignored i : spans) {
            assertThat(i.start()).as("start of %s in %s", i.text(), input).isEqualTo(input.indexOf(i.text(), from));
            from = i.end();
        }
    }
}
