package dev.shixian.deadline.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named list of words matched longest first, so that no entry is hidden by a shorter one that is its prefix
 * (最迟不晚于 before 最迟). Matching looks at the first character before comparing, so a miss costs one comparison per
 * entry. Immutable. Not API.
 */
final class WordList {

    private final String name;
    private final String[] words;
    private final char[] first;

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
        this.first = new char[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            first[i] = sorted[i].charAt(0);
        }
    }

    /** The longest word of the list that starts at {@code at} in {@code s}, or null. */
    String at(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        for (int i = 0; i < words.length; i++) {
            if (first[i] == c && s.startsWith(words[i], at)) {
                return words[i];
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
