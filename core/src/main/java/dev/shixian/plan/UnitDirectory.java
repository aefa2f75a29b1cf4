package dev.shixian.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's units (单位) and groups (单位群组), so that every reference in a task — a unit's id, name or alias, or a
 * group phrase such as 市直有关部门 or 县直各部门 — resolves to concrete units.
 *
 * <p>Example: with units 市财政局 (cz) and 市司法局 (sf) and the group 市直有关部门 = [cz, sf],
 * {@code resolve("市直有关部门")} gives both units and {@code resolve("cz")} gives 市财政局. Groups may contain
 * groups; a cycle is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitDirectory {

    private static final UnitDirectory EMPTY = new UnitDirectory(List.of(), List.of());

    private final List<Unit> units;
    private final List<UnitGroup> groups;
    private final Map<String, Unit> unitsByReference = new HashMap<>();
    private final Map<String, UnitGroup> groupsByName = new HashMap<>();

    private UnitDirectory(List<Unit> units, List<UnitGroup> groups) {
        this.units = List.copyOf(units);
        this.groups = List.copyOf(groups);
        for (Unit unit : this.units) {
            unitsByReference.putIfAbsent(unit.id(), unit);
            unitsByReference.putIfAbsent(unit.name(), unit);
            unit.aliases().forEach(a -> unitsByReference.putIfAbsent(a, unit));
        }
        this.groups.forEach(g -> groupsByName.putIfAbsent(g.name(), g));
    }

    /**
     * An empty directory.
     *
     * @return the directory, not null
     */
    public static UnitDirectory empty() {
        return EMPTY;
    }

    /**
     * Creates a directory, checking it.
     *
     * @param units  the units, not null
     * @param groups  the groups, not null
     * @return the directory, not null
     * @throws PlanFormatException listing every problem: a duplicate id, name or alias, an unknown parent or group
     *     member, a name used by both a unit and a group, a group cycle
     */
    public static UnitDirectory of(List<Unit> units, List<UnitGroup> groups) {
        List<PlanProblem> problems = new ArrayList<>();
        UnitDirectory directory = checked(units, groups, problems);
        if (!problems.isEmpty()) {
            throw new PlanFormatException("Unit directory", problems);
        }
        return directory;
    }

    /** Builds a directory and appends its problems, with JSON paths of the plan file. */
    static UnitDirectory checked(List<Unit> units, List<UnitGroup> groups, List<PlanProblem> problems) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(groups, "groups");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String path = "$.units[" + i + "]";
            claim(seen, unit.id(), path + ".id", problems);
            if (!unit.name().equals(unit.id())) {
                claim(seen, unit.name(), path + ".name", problems);
            }
            for (int a = 0; a < unit.aliases().size(); a++) {
                claim(seen, unit.aliases().get(a), path + ".aliases[" + a + "]", problems);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            claim(seen, groups.get(i).name(), "$.groups[" + i + "].name", problems);
        }
        UnitDirectory directory = new UnitDirectory(units, groups);
        for (int i = 0; i < units.size(); i++) {
            Optional<String> parent = units.get(i).parent();
            if (parent.isPresent() && directory.unit(parent.get()).isEmpty()) {
                problems.add(new PlanProblem("$.units[" + i + "].parent",
                        "unknown parent unit '" + parent.get() + "'; expected a unit id, name or alias"));
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            List<String> members = groups.get(i).members();
            for (int m = 0; m < members.size(); m++) {
                if (!directory.knows(members.get(m))) {
                    problems.add(new PlanProblem("$.groups[" + i + "].members[" + m + "]", "unknown member '"
                            + members.get(m) + "'; expected a unit id, name or alias or a group name"));
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            List<String> cycle = directory.cycleFrom(groups.get(i).name(), new ArrayList<>());
            if (!cycle.isEmpty() && cycle.get(0).equals(groups.get(i).name())) {
                problems.add(new PlanProblem("$.groups[" + i + "].members",
                        "group cycle: " + String.join(" → ", cycle)));
            }
        }
        return directory;
    }

    private static void claim(Map<String, String> seen, String reference, String path, List<PlanProblem> problems) {
        String first = seen.putIfAbsent(reference, path);
        if (first != null) {
            problems.add(new PlanProblem(path, "'" + reference + "' is already used at " + first
                    + "; every unit id, name, alias and group name must be unique"));
        }
    }

    /** The cycle through the given group, as the list of group names ending where it starts; empty if none. */
    private List<String> cycleFrom(String group, List<String> trail) {
        if (trail.contains(group)) {
            List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(group), trail.size()));
            cycle.add(group);
            return cycle;
        }
        UnitGroup g = groupsByName.get(group);
        if (g == null) {
            return List.of();
        }
        trail.add(group);
        for (String member : g.members()) {
            if (groupsByName.containsKey(member) && !unitsByReference.containsKey(member)) {
                List<String> cycle = cycleFrom(member, trail);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
        }
        trail.remove(trail.size() - 1);
        return List.of();
    }

    /**
     * The units, in the order given.
     *
     * @return the units, not null, immutable
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * The groups, in the order given.
     *
     * @return the groups, not null, immutable
     */
    public List<UnitGroup> groups() {
        return groups;
    }

    /**
     * Finds a unit by id, name or alias. Example: {@code unit("政府办")} finds 市政府办公室 when that is an alias.
     *
     * @param reference  an id, name or alias, not null
     * @return the unit, empty if none has that reference
     */
    public Optional<Unit> unit(String reference) {
        return Optional.ofNullable(unitsByReference.get(Objects.requireNonNull(reference, "reference")));
    }

    /**
     * Finds a group by name.
     *
     * @param name  the group's name, such as 市直有关部门, not null
     * @return the group, empty if there is none
     */
    public Optional<UnitGroup> group(String name) {
        return Optional.ofNullable(groupsByName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Whether a reference names a unit or a group.
     *
     * @param reference  the reference, not null
     * @return true if it resolves
     */
    public boolean knows(String reference) {
        return unit(reference).isPresent() || group(reference).isPresent();
    }

    /**
     * The concrete units a reference stands for: the unit itself, or every unit of a group, nested groups expanded,
     * in order and without repeats. Example: {@code resolve("县直各部门")} lists the county departments the plan
     * names; a cell reading "县直各部门，各乡镇人民政府" is two references.
     *
     * @param reference  a unit id, name or alias, or a group name, not null
     * @return the units, not null, immutable; empty for a group whose members the document does not name
     * @throws IllegalArgumentException if the reference is unknown
     */
    public Set<Unit> resolve(String reference) {
        Set<Unit> result = new LinkedHashSet<>();
        expand(reference, result, new LinkedHashSet<>());
        return Collections.unmodifiableSet(result);
    }

    /**
     * The concrete units a list of references stands for, in order and without repeats.
     *
     * @param references  unit and group references, not null
     * @return the units, not null, immutable
     * @throws IllegalArgumentException if a reference is unknown
     */
    public Set<Unit> resolveAll(List<String> references) {
        Set<Unit> result = new LinkedHashSet<>();
        for (String reference : references) {
            expand(reference, result, new LinkedHashSet<>());
        }
        return Collections.unmodifiableSet(result);
    }

    private void expand(String reference, Set<Unit> into, Set<String> visiting) {
        Unit unit = unitsByReference.get(Objects.requireNonNull(reference, "reference"));
        if (unit != null) {
            into.add(unit);
            return;
        }
        UnitGroup group = groupsByName.get(reference);
        if (group == null) {
            throw new IllegalArgumentException("Unknown unit or group '" + reference
                    + "'; expected a unit id, name or alias or a group name");
        }
        if (!visiting.add(reference)) {
            throw new IllegalStateException("Group cycle through '" + reference + "'");
        }
        group.members().forEach(m -> expand(m, into, visiting));
        visiting.remove(reference);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UnitDirectory && units.equals(((UnitDirectory) obj).units)
                && groups.equals(((UnitDirectory) obj).groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, groups);
    }

    /**
     * A summary such as {@code UnitDirectory[16 units, 5 groups]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "UnitDirectory[" + units.size() + " units, " + groups.size() + " groups]";
    }
}
