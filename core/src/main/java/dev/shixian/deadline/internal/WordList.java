package dev.shixian.deadline.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named list of words matched longest first, so that no entry is hidden by a shorter one that is its prefix
 * (最迟不晚于 before 最迟). Words are kept in buckets by their first character, so a miss usually costs one array
 * access. Immutable. Not API.
 */
final class WordList {

    private static final int BUCKETS = 64;

    private final String name;
    private final String[] words;
    /** The words by their first character modulo {@link #BUCKETS}, each bucket longest first. */
    private final String[][] buckets = new String[BUCKETS][];

    /**
     * A list of words, sorted longest first (stable among equal lengths).
     *
     * @throws IllegalArgumentException if a word is empty or repeated
     */
    WordList(String name, String... words) {
        this.name = name;
        String[] sorted = words.clone();
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
        Set<String> seen = new HashSet<>();
        for (String w : sorted) {
            if (w.isEmpty() || !seen.add(w)) {
                throw new IllegalArgumentException("Word list " + name + ": empty or repeated word '" + w + "'");
            }
        }
        this.words = sorted;
        for (int b = 0; b < BUCKETS; b++) {
            int bucket = b;
            String[] in = Arrays.stream(sorted).filter(w -> w.charAt(0) % BUCKETS == bucket).toArray(String[]::new);
            buckets[b] = in.length == 0 ? null : in;
        }
    }

    /** The longest word of the list that starts at {@code at} in {@code s}, or null. */
    String at(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        String[] bucket = buckets[c % BUCKETS];
        if (bucket == null) {
            return null;
        }
        for (String w : bucket) {
            if (w.charAt(0) == c && s.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code text} ends with a word of the list; returns the longest such word, or null. */
    String endOf(String text) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether the text is one of the words. */
    boolean contains(String text) {
        for (String w : words) {
            if (w.equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The words, longest first. */
    List<String> words() {
        return List.of(words);
    }

    /** The list's name, for tests and messages. */
    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(words);
    }
}
