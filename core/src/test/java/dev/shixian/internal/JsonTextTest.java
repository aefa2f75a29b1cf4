package dev.shixian.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void membersArePlainOrQuotedInBrackets() {
        assertThat(JsonText.member("$.events", "issuance")).isEqualTo("$.events.issuance");
        assertThat(JsonText.member("$.events", "public-opinion")).isEqualTo("$.events['public-opinion']");
        assertThat(JsonText.member("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonText.member("$", "")).isEqualTo("$['']");
        assertThat(JsonText.member("$", "公开")).isEqualTo("$.公开");
        // 81 letters are too long for the dot form and are shortened by Snippet
        String longName = "a".repeat(81);
        assertThat(JsonText.member("$", longName)).startsWith("$['a").endsWith("']").hasSizeLessThan(100);
    }

    @Test
    void positionsCountEveryKindOfLineEnd() {
        assertThat(JsonText.position("{\"a\": 1}", 0)).isEqualTo("line 1, column 1");
        assertThat(JsonText.position("{\n  x", 4)).isEqualTo("line 2, column 3");
        assertThat(JsonText.position("a\r\nbc", 4)).isEqualTo("line 2, column 2");
        assertThat(JsonText.position("a\rb\nc", 4)).isEqualTo("line 3, column 1");
        assertThat(JsonText.position("ab", 99)).isEqualTo("line 1, column 3");
    }

    @Test
    void malformedNamesThePlaceAndTheParserMessage() {
        assertThat(JsonText.where("{x}", -1)).isEqualTo("$");
        assertThat(JsonText.where("{x}", 1)).isEqualTo("line 1, column 2");
        assertThat(JsonText.malformed("{x}", 1, "Unexpected character ('x')"))
                .isEqualTo("malformed JSON: Unexpected character ('x') near '{x}'");
        assertThat(JsonText.malformed("{x}", -1, null)).isEqualTo("malformed JSON: null");
        assertThat(JsonText.errorOffset(2, "Unexpected character ('x')", true)).isEqualTo(1);
        assertThat(JsonText.errorOffset(2, "Unexpected character ('x')", false)).isEqualTo(2);
        assertThat(JsonText.errorOffset(2, "Unexpected end-of-input", true)).isEqualTo(2);
        assertThat(JsonText.errorOffset(-1, "Unexpected character ('x')", true)).isEqualTo(-1);
    }
}
