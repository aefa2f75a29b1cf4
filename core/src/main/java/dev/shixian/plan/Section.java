package dev.shixian.plan;

import java.util.List;
import java.util.Objects;

/**
 * A heading of a plan's outline: its number as printed (一、, (一), 1., (1)) and title, with the headings under it.
 * Example: {@code Section("一、", "紧扣“十四五”开好局起好步深化政务公开", [Section("(一)", "做好各类规划信息公开", [])])}.
 *
 * @param number  the heading's number as printed, not null
 * @param title  the heading's text, not null, may be empty
 * @param children  the headings under it, not null
 */
public record Section(String number, String title, List<Section> children) {

    /**
     * Validates and copies the parts.
     *
     * @param number  the number, not null or blank
     * @param title  the title, not null
     * @param children  the sub-headings, not null
     */
    public Section {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        if (number.isBlank()) {
            throw new IllegalArgumentException("A section's number must not be blank (title '" + title + "')");
        }
        children = List.copyOf(children);
    }

    /**
     * A heading with no sub-headings.
     *
     * @param number  the number, not null
     * @param title  the title, not null
     * @return the section, not null
     */
    public static Section of(String number, String title) {
        return new Section(number, title, List.of());
    }
}
