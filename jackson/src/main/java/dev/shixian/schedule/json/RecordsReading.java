package dev.shixian.schedule.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.shixian.deadline.Event;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One reading of the records part of a JSON input (a records file, or a report's inputs): checks the structure
 * field by field, collecting every problem with its JSON path. The depth it descends is fixed by the format, never
 * by the input.
 */
final class RecordsReading {

    /** The record types, as written in {@code type}. */
    static final List<String> TYPES = List.of("completion", "pause", "restart", "extension", "notApplicable",
            "progress");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> OCCURRENCE_FIELDS = Set.of("event", "date", "subject", "task", "unit");
    private static final Set<String> COMPLETION_FIELDS = Set.of("type", "obligation", "date", "count", "note");
    private static final Set<String> PAUSE_FIELDS = Set.of("type", "obligation", "from", "to");
    private static final Set<String> RESTART_FIELDS = Set.of("type", "obligation", "date");
    private static final Set<String> EXTENSION_FIELDS = Set.of("type", "obligation", "approvedOn", "workingDays");
    private static final Set<String> NOT_APPLICABLE_FIELDS = Set.of("type", "obligation", "date", "reason");
    private static final Set<String> PROGRESS_FIELDS = Set.of("type", "obligation", "date", "percent");

    final List<RecordsFormatException.Problem> problems;

    RecordsReading(List<RecordsFormatException.Problem> problems) {
        this.problems = problems;
    }

    /**
     * Reads the records part of a root object whose fields must be among {@code topFields}; null if a problem was
     * found (they are in {@link #problems}).
     */
    RecordsFile read(JsonNode root, Set<String> topFields, boolean asOfRequired) {
        if (!root.isObject()) {
            problem("$", "expected an object with plan, asOf, occurrences and records but found "
                    + JsonInput.describe(root));
            return null;
        }
        fields(root, topFields, "$");
        String plan = text(root, "plan", "$", true);
        LocalDate asOf = date(root, "asOf", "$", asOfRequired);
        List<Occurrence> occurrences = new ArrayList<>();
        JsonNode os = array(root, "occurrences", "$", ScheduleFiles.MAX_OCCURRENCES);
        for (int i = 0; os != null && i < os.size(); i++) {
            Occurrence o = occurrence(os.get(i), "$.occurrences[" + i + "]");
            if (o != null) {
                occurrences.add(o);
            }
        }
        List<ObligationRecord> records = new ArrayList<>();
        JsonNode rs = array(root, "records", "$", ScheduleFiles.MAX_RECORDS);
        for (int i = 0; rs != null && i < rs.size(); i++) {
            ObligationRecord r = record(rs.get(i), "$.records[" + i + "]");
            if (r != null) {
                records.add(r);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        RecordsFile file = RecordsFile.of(plan, occurrences, records);
        return asOf == null ? file : file.withAsOf(asOf);
    }

    private Occurrence occurrence(JsonNode o, String path) {
        if (!object(o, path, OCCURRENCE_FIELDS)) {
            return null;
        }
        String event = text(o, "event", path, true);
        LocalDate date = date(o, "date", path, true);
        String subject = text(o, "subject", path, true);
        String task = text(o, "task", path, false);
        String unit = text(o, "unit", path, false);
        Event e = null;
        if (event != null) {
            try {
                e = Event.of(event);
            } catch (IllegalArgumentException ex) {
                problem(path + ".event", "expected an event id such as issuance or receipt, or a name without "
                        + "padding, quotes, backslashes or control characters, but found " + JsonInput.describe(
                                o.get("event")));
            }
        }
        if (e == null || date == null || subject == null) {
            return null;
        }
        Occurrence occurrence;
        try {
            occurrence = Occurrence.of(e, date, subject);
        } catch (IllegalArgumentException ex) {
            problem(path + ".subject", ex.getMessage());
            return null;
        }
        if (task != null) {
            occurrence = occurrence.forTask(task);
        }
        return unit == null ? occurrence : occurrence.byUnit(unit);
    }

    private ObligationRecord record(JsonNode r, String path) {
        if (!r.isObject()) {
            problem(path, "expected a record object with a type but found " + JsonInput.describe(r));
            return null;
        }
        JsonNode typeNode = r.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : null;
        if (type == null || !TYPES.contains(type)) {
            problem(path + ".type", "expected one of " + TYPES + " but found " + JsonInput.describe(typeNode));
            return null;
        }
        String id;
        switch (type) {
            case "completion": {
                fields(r, COMPLETION_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate date = date(r, "date", path, true);
                Integer count = integer(r, "count", path, false, 1, Integer.MAX_VALUE);
                String note = string(r, "note", path);
                if (id == null || date == null || count == null && r.has("count")) {
                    return null;
                }
                Completion c = Completion.of(id, date).withCount(count == null ? 1 : count);
                return note == null ? c : c.withNote(note);
            }
            case "pause": {
                fields(r, PAUSE_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate from = date(r, "from", path, true);
                LocalDate to = date(r, "to", path, true);
                if (from != null && to != null && to.isBefore(from)) {
                    problem(path + ".to", "the pause ends on " + to + ", before it starts on " + from
                            + "; expected a last day on or after the first");
                    return null;
                }
                return id == null || from == null || to == null ? null : Pause.of(id, from, to);
            }
            case "restart": {
                fields(r, RESTART_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate date = date(r, "date", path, true);
                return id == null || date == null ? null : Restart.of(id, date);
            }
            case "extension": {
                fields(r, EXTENSION_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate date = date(r, "approvedOn", path, true);
                Integer days = integer(r, "workingDays", path, true, 1, Integer.MAX_VALUE);
                return id == null || date == null || days == null ? null : Extension.of(id, date, days);
            }
            case "notApplicable": {
                fields(r, NOT_APPLICABLE_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate date = date(r, "date", path, true);
                String reason = text(r, "reason", path, true);
                return id == null || date == null || reason == null ? null : NotApplicable.of(id, date, reason);
            }
            default: {
                fields(r, PROGRESS_FIELDS, path);
                id = text(r, "obligation", path, true);
                LocalDate date = date(r, "date", path, true);
                Integer percent = integer(r, "percent", path, true, 0, 100);
                return id == null || date == null || percent == null ? null : Progress.of(id, date, percent);
            }
        }
    }

    void problem(String where, String message) {
        problems.add(new RecordsFormatException.Problem(where, message));
    }

    boolean object(JsonNode node, String path, Set<String> known) {
        if (!node.isObject()) {
            problem(path, "expected an object but found " + JsonInput.describe(node));
            return false;
        }
        fields(node, known, path);
        return true;
    }

    void fields(JsonNode node, Set<String> known, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                problem(JsonInput.child(path, field), "unknown field; expected one of " + new TreeSet<>(known));
            }
        }
    }

    /** An array of at most {@code max} elements, or null (missing, or a problem). */
    JsonNode array(JsonNode node, String field, String path, int max) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problem(JsonInput.child(path, field), "expected an array but found " + JsonInput.describe(value));
            return null;
        }
        if (value.size() > max) {
            problem(JsonInput.child(path, field), value.size() + " elements, more than the limit of " + max
                    + "; split the file");
            return null;
        }
        return (ArrayNode) value;
    }

    /** A non-blank string, or null (missing and optional, or a problem). */
    String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problem(JsonInput.child(path, field), "expected a non-empty string but found "
                    + JsonInput.describe(value));
            return null;
        }
        return value.textValue();
    }

    /** An optional string, possibly empty, or null. */
    String string(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(JsonInput.child(path, field), "expected a string but found " + JsonInput.describe(value));
            return null;
        }
        return value.textValue();
    }

    /** A date yyyy-MM-dd, or null (missing and optional, or a problem). */
    LocalDate date(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null && !required) {
            return null;
        }
        String where = JsonInput.child(path, field);
        if (value != null && value.isTextual() && DATE.matcher(value.textValue()).matches()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(where, "expected a date yyyy-MM-dd but found " + JsonInput.describe(value));
        return null;
    }

    /** A whole number in a range, or null (missing and optional, or a problem). */
    Integer integer(JsonNode node, String field, String path, boolean required, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !value.isInt() || value.intValue() < min || value.intValue() > max) {
            problem(JsonInput.child(path, field), "expected a whole number " + (max == Integer.MAX_VALUE
                    ? "of at least " + min : "from " + min + " to " + max) + " but found "
                    + JsonInput.describe(value));
            return null;
        }
        return value.intValue();
    }

    /** The fields of a records file besides the records, plus any given. */
    static Set<String> topFields(String... more) {
        Set<String> fields = new LinkedHashSet<>(List.of("$schema", "plan", "asOf", "occurrences", "records"));
        fields.addAll(List.of(more));
        return fields;
    }
}
