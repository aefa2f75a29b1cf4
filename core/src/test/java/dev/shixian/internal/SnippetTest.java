package dev.shixian.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void shortInputIsQuotedWhole() {
        assertThat(Snippet.around("印发后3个工作日内", 3)).isEqualTo("印发后3个工作日内");
        assertThat(Snippet.of("长期")).isEqualTo("长期");
    }

    @Test
    void longInputKeepsAWindowAroundThePosition() {
        String text = "a".repeat(1_000_000) + "X" + "b".repeat(1_000_000);
        String window = Snippet.around(text, 1_000_000);
        assertThat(window).isEqualTo("…" + "a".repeat(40) + "X" + "b".repeat(39) + "…");
        assertThat(Snippet.of(text)).isEqualTo("a".repeat(80) + "…");
    }

    @Test
    void controlAndInvisibleCharactersAreEscaped() {
        assertThat(Snippet.around("a\nb\u200Bc\u202Ed\u0000", 0)).isEqualTo("a\\u000Ab\\u200Bc\\u202Ed\\u0000");
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String text = "x".repeat(39) + "😀" + "y".repeat(100);
        assertThat(Snippet.around(text, 80)).startsWith("…").doesNotContain("\\uD83D").doesNotContain("\\uDE00");
        assertThat(Snippet.around("a\uD83Db", 0)).isEqualTo("a\\uD83Db");
    }

    @Test
    void positionIsClamped() {
        assertThat(Snippet.around("abc", 99)).isEqualTo("abc");
        assertThat(Snippet.around("abc", -5)).isEqualTo("abc");
    }
}
