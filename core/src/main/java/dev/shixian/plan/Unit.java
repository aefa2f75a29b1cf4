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
 * <p>This class is immutable and thread-safe.
 */
public final class Unit {

    private final String id;
    private final String name;
    private final List<String> aliases;
    private final String parent;

    private Unit(String id, String name, List<String> aliases, String parent) {
        this.id = requireText(id, "id");
        this.name = requireText(name, "name");
        this.aliases = List.copyOf(aliases);
        this.aliases.forEach(a -> requireText(a, "alias"));
        this.parent = parent;
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
        return new Unit(id, name, List.of(), null);
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
        return new Unit(id, name, aliases, requireText(parentId, "parent"));
    }

    /**
     * The unit's id, unique within its plan, such as {@code zfb}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The unit's name, such as 市政府办公室.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Other names the plan uses for the unit.
     *
     * @return the aliases, not null, immutable
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The id of the unit this one belongs to.
     *
     * @return the parent's id, empty for a top-level unit
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Unit)) {
            return false;
        }
        Unit other = (Unit) obj;
        return id.equals(other.id) && name.equals(other.name) && aliases.equals(other.aliases)
                && Objects.equals(parent, other.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, aliases, parent);
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
