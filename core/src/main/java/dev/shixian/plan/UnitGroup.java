package dev.shixian.plan;

import java.util.List;
import java.util.Objects;

/**
 * A group phrase that stands for many units (单位群组), such as 市直有关部门, 各乡镇（街道） or 各处（室）、单位, with its
 * members: references to units (by id, name or alias) or to other groups (by name). Groups may nest; a cycle is
 * an error. A group whose members the document does not name has none.
 *
 * @param name  the phrase as the document writes it, not null or blank
 * @param members  the member references, not null
 */
public record UnitGroup(String name, List<String> members) {

    /**
     * Validates and copies the parts.
     *
     * @param name  the name, not null or blank
     * @param members  the members, not null
     */
    public UnitGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A group's name must not be blank");
        }
        members = List.copyOf(members);
    }
}
