package dev.shixian.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.ParseResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The word lists of the Chinese grammar, and the lenient reader's start-character shortcut. */
class WordListsTest {

    /** Every word list declared in {@link Words}, found by reflection so that a new list cannot be forgotten. */
    private static List<WordList> declared() throws IllegalAccessException {
        List<WordList> out = new ArrayList<>();
        for (Field f : Words.class.getDeclaredFields()) {
            if (f.getType() == WordList.class && Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                out.add((WordList) f.get(null));
            }
        }
        return out;
    }

    @Test
    void everyEntryOfEveryWordListIsReachable() throws IllegalAccessException {
        List<WordList> lists = declared();
        assertThat(lists).hasSizeGreaterThan(40);
        assertThat(Words.ALL).containsExactlyInAnyOrderElementsOf(lists);
        for (WordList list : lists) {
            for (String word : list.words()) {
                // the word itself, and the word followed by more text, both match the whole word
                assertThat(list.at(word, 0)).as("%s in %s", word, list.name()).isEqualTo(word);
                assertThat(list.at("前" + word + "前", 1)).as("%s in %s", word, list.name()).isEqualTo(word);
            }
        }
    }

    @Test
    void listsAreLongestFirstAndRefuseRepeats() {
        WordList list = new WordList("test", "最迟", "最迟不晚于", "于");
        assertThat(list.words()).containsExactly("最迟不晚于", "最迟", "于");
        assertThat(list.at("最迟不晚于2021年", 0)).isEqualTo("最迟不晚于");
        assertThat(list.at("最迟2021年", 0)).isEqualTo("最迟");
        assertThat(list.at("2021年", 0)).isNull();
        assertThat(list.at("", 0)).isNull();
        assertThatThrownBy(() -> new WordList("test", "于", "于")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEventWordNamesABuiltInEvent() {
        for (String word : Words.EVENT_WORDS.words()) {
            assertThat(Words.eventOf(word)).as(word).isNotNull();
            assertThat(Words.eventOf(word).isBuiltIn()).isTrue();
        }
    }

    @Property(seed = "20261130", tries = 500)
    void theLenientShortcutChangesNothing(@ForAll("cells") String cell) {
        assertThat(lenient(cell, true)).isEqualTo(lenient(cell, false));
    }

    private static String lenient(String cell, boolean shortcut) {
        try {
            ChineseParser p = new ChineseParser(cell, true);
            ParseResult r = new LenientReader(p, shortcut).read();
            return r.deadline() + " " + r.ignored();
        } catch (DeadlineParseException e) {
            return e.index() + " " + e.expected();
        }
    }

    @Provide
    Arbitrary<String> cells() {
        List<String> words = new ArrayList<>();
        try {
            for (WordList list : declared()) {
                words.addAll(list.words());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        words.addAll(List.of("2021", "12", "三", "二〇二一", "“公示结束”", "检查", "制定工作方案", "各县区", ":", "。", "，",
                " ", "最新规划:", "超过", "正式", "第", "至少", "定期"));
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(words),
                Arbitraries.strings().withChars("年月日前内后底末季度个工作天每至少不少于篇次或起之时同步检查方案abc0123456789")
                        .ofMinLength(1).ofMaxLength(3));
        return token.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }
}
