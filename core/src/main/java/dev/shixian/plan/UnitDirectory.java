package dev.shixian.plan;

import dev.shixian.internal.Snippet;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * groups; a cycle is rejected, and so is a unit that is its own ancestor.
 *
 * <p>References match after width and space normalisation (NFKC, then every whitespace character removed), so
 * {@code 各乡镇(街道)}, {@code 各乡镇（街道）} and {@code 各乡镇 （街道）} are one reference; names that normalise
 * alike must therefore belong to one unit or group. {@link #suggestions(String)} proposes the nearest names for a
 * reference that does not match. Expanding a reference takes time linear in the groups and members it reaches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitDirectory {

    /** The most names {@link #suggestions(String)} proposes. */
    public static final int SUGGESTIONS = 3;

    private static final UnitDirectory EMPTY = new UnitDirectory(List.of(), List.of());
    /** References and names longer than this are not compared for suggestions. */
    private static final int SUGGEST_LENGTH = 40;
    /** The edit-distance cells one call of {@link #suggestions(String)} may compute. */
    private static final long SUGGEST_BUDGET = 4_000_000;

    private final List<Unit> units;
    private final List<UnitGroup> groups;
    private final Map<String, Unit> unitsByReference = new HashMap<>();
    private final Map<String, UnitGroup> groupsByName = new HashMap<>();
    /** Every name, as written, with its normalised form, for suggestions. */
    private final List<String[]> names = new ArrayList<>();

    private UnitDirectory(List<Unit> units, List<UnitGroup> groups) {
        this.units = List.copyOf(units);
        this.groups = List.copyOf(groups);
        for (Unit unit : this.units) {
            index(unit.id(), unit);
            index(unit.name(), unit);
            unit.aliases().forEach(a -> index(a, unit));
        }
        for (UnitGroup g : this.groups) {
            String key = normalise(g.name());
            if (!unitsByReference.containsKey(key) && groupsByName.putIfAbsent(key, g) == null) {
                names.add(new String[] {g.name(), key});
            }
        }
    }

    private void index(String reference, Unit unit) {
        String key = normalise(reference);
        if (unitsByReference.putIfAbsent(key, unit) == null) {
            names.add(new String[] {reference, key});
        }
    }

    /** An unchecked directory, for {@link PlanValidator}, which reports its problems. */
    static UnitDirectory unchecked(List<Unit> units, List<UnitGroup> groups) {
        return new UnitDirectory(units, groups);
    }

    /**
     * A reference in the form references are matched in: NFKC (full-width brackets and digits become half-width),
     * then every whitespace character removed. Example: {@code normalise("各乡镇 （街道）")} is {@code 各乡镇(街道)}.
     *
     * @param reference  the reference, not null
     * @return the normalised form, not null
     */
    public static String normalise(String reference) {
        String nfkc = Normalizer.normalize(Objects.requireNonNull(reference, "reference"), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
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
     * @throws PlanFormatException listing every problem, each with its JSON path in a plan file: a duplicate id,
     *     name or alias (after normalisation), an unknown parent or group member, a name used by both a unit and a
     *     group, a group cycle, a parent cycle
     */
    public static UnitDirectory of(List<Unit> units, List<UnitGroup> groups) {
        List<PlanProblem> problems = new ArrayList<>();
        UnitDirectory directory = PlanValidator.units(units, groups, problems);
        if (!problems.isEmpty()) {
            throw new PlanFormatException("Unit directory", problems);
        }
        return directory;
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
     * Finds a unit by id, name or alias, after normalisation. Example: {@code unit("政府办")} finds 市政府办公室 when
     * that is an alias.
     *
     * @param reference  an id, name or alias, not null
     * @return the unit, empty if none has that reference
     */
    public Optional<Unit> unit(String reference) {
        return Optional.ofNullable(unitsByReference.get(normalise(reference)));
    }

    /**
     * Finds a group by name, after normalisation: {@code group("各乡镇(街道)")} finds 各乡镇（街道）.
     *
     * @param name  the group's name, such as 市直有关部门, not null
     * @return the group, empty if there is none
     */
    public Optional<UnitGroup> group(String name) {
        return Optional.ofNullable(groupsByName.get(normalise(name)));
    }

    /**
     * Whether a reference names a unit or a group.
     *
     * @param reference  the reference, not null
     * @return true if it resolves
     */
    public boolean knows(String reference) {
        String key = normalise(reference);
        return unitsByReference.containsKey(key) || groupsByName.containsKey(key);
    }

    /**
     * The names nearest to a reference that does not match, for an error message: at most {@value #SUGGESTIONS}
     * unit ids, names, aliases and group names, as written, nearest first: names that contain the reference (or
     * that it contains) first, then by edit distance after normalisation (at most half the longer name's length
     * and at least 2); ties in directory order. Example: in a directory with
     * 市财政局 and 市司法局, {@code suggestions("市统计局")} is {@code [市财政局, 市司法局]}. References or names of
     * more than 40 characters are not compared, and the search stops after a fixed amount of work.
     *
     * @param reference  the reference, not null
     * @return the suggestions, not null, immutable, possibly empty
     */
    public List<String> suggestions(String reference) {
        return suggestions(reference, new long[] {SUGGEST_BUDGET});
    }

    /** As {@link #suggestions(String)}, drawing on a work budget shared by the caller's calls. */
    List<String> suggestions(String reference, long[] budget) {
        String key = normalise(reference);
        if (key.isEmpty() || key.length() > SUGGEST_LENGTH) {
            return List.of();
        }
        List<Object[]> found = new ArrayList<>();
        for (String[] name : names) {
            if (budget[0] <= 0) {
                break;
            }
            String other = name[1];
            if (other.length() > SUGGEST_LENGTH) {
                continue;
            }
            if (key.length() >= 2 && (other.contains(key) || key.contains(other)) && !other.equals(key)) {
                budget[0] -= other.length();
                found.add(new Object[] {name[0], 0});
                continue;
            }
            int limit = Math.max(2, Math.max(key.length(), other.length()) / 2);
            if (Math.abs(key.length() - other.length()) > limit) {
                continue;
            }
            budget[0] -= (long) key.length() * other.length();
            int d = distance(key, other);
            if (d <= limit && d > 0) {
                found.add(new Object[] {name[0], d});
            }
        }
        found.sort((a, b) -> Integer.compare((Integer) a[1], (Integer) b[1]));
        List<String> result = new ArrayList<>();
        for (Object[] f : found) {
            if (result.size() == SUGGESTIONS) {
                break;
            }
            if (!result.contains((String) f[0])) {
                result.add((String) f[0]);
            }
        }
        return List.copyOf(result);
    }

    /** The Levenshtein distance of two short strings, by code unit. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
        return resolveAll(List.of(Objects.requireNonNull(reference, "reference")));
    }

    /**
     * The concrete units a list of references stands for, in order and without repeats. Each group is expanded
     * once, without recursion: the time taken is linear in the groups and members reached.
     *
     * @param references  unit and group references, not null
     * @return the units, not null, immutable
     * @throws IllegalArgumentException if a reference is unknown
     */
    public Set<Unit> resolveAll(List<String> references) {
        Objects.requireNonNull(references, "references");
        Set<Unit> result = new LinkedHashSet<>();
        Set<UnitGroup> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<String> pending = new ArrayDeque<>();
        for (String reference : references) {
            pending.push(Objects.requireNonNull(reference, "reference"));
            while (!pending.isEmpty()) {
                String next = pending.pop();
                String key = normalise(next);
                Unit unit = unitsByReference.get(key);
                if (unit != null) {
                    result.add(unit);
                    continue;
                }
                UnitGroup group = groupsByName.get(key);
                if (group == null) {
                    throw new IllegalArgumentException("Unknown unit or group '" + Snippet.of(next)
                            + "'; expected a unit id, name or alias or a group name");
                }
                if (expanded.add(group)) {
                    List<String> members = group.members();
                    for (int i = members.size() - 1; i >= 0; i--) {
                        pending.push(members.get(i));
                    }
                }
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The groups a group's members name directly, for the cycle check. */
    List<UnitGroup> memberGroups(UnitGroup group) {
        List<UnitGroup> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String member : group.members()) {
            String key = normalise(member);
            UnitGroup g = unitsByReference.containsKey(key) ? null : groupsByName.get(key);
            if (g != null && seen.add(key)) {
                result.add(g);
            }
        }
        return result;
    }

    /**
     * Compares units and groups.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof UnitDirectory other && units.equals(other.units)
                && groups.equals(other.groups);
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
