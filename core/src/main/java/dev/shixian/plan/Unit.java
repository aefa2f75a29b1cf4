package dev.shixian.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit (单位) of a plan: an office, department or government that leads (牵头单位) or is responsible for (责任单位)
 * tasks. It has a short id, its name, the other names the document uses for it (aliases: 办公室 / 局办公室) and
 * optionally the id of the unit it belongs to.
 *
 * <p>Example: {@code Unit.of("zfb", "市政府办公室").withAliases(List.of("政府办"))}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the unit's id, unique within its plan, such as {@code zfb}; not null or blank
 * @param name  the unit's name as the document writes it, such as 市政府办公室; not null or blank
 * @param aliases  other names the plan uses for the unit, not null, none blank; copied
 * @param parent  the id of the unit this one belongs to, empty for a top-level unit; not null, not blank if present
 */
public record Unit(String id, String name, List<String> aliases, Optional<String> parent) {

    /**
     * Validates the parts and copies the aliases.
     *
     * @param id  the unit's id, not null or blank
     * @param name  its name, not null or blank
     * @param aliases  its other names, not null, none null or blank
     * @param parent  the parent unit's id, not null, not blank if present
     * @throws NullPointerException if a part or an alias is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Unit {
        requireText(id, "id");
        requireText(name, "name");
        aliases = List.copyOf(aliases);
        aliases.forEach(a -> requireText(a, "alias"));
        Objects.requireNonNull(parent, "parent").ifPresent(p -> requireText(p, "parent"));
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("A unit's " + what + " must not be blank");
        }
        return value;
    }

    /**
     * Creates a unit with no aliases and no parent.
     *
     * @param id  the unit's id, unique in its plan, not null or blank
     * @param name  its name as the document writes it, not null or blank
     * @return the unit, not null
     */
    public static Unit of(String id, String name) {
        return new Unit(id, name, List.of(), Optional.empty());
    }

    /**
     * Returns a copy with these aliases.
     *
     * @param aliases  the other names of the unit, not null
     * @return the copy, not null
     */
    public Unit withAliases(List<String> aliases) {
        return new Unit(id, name, aliases, parent);
    }

    /**
     * Returns a copy belonging to a parent unit.
     *
     * @param parentId  the parent unit's id, not null or blank
     * @return the copy, not null
     */
    public Unit withParent(String parentId) {
        return new Unit(id, name, aliases, Optional.of(requireText(parentId, "parent")));
    }

    /**
     * The unit as {@code 市政府办公室 (zfb)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
