package dev.shixian.plan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.QuantityTarget;
import dev.shixian.plan.Section;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Reads and writes the JSON plan file (计划文件), a format a person can write by hand:
 * <pre>
 * {"id": "xingyi-2021", "title": "兴义市2021年政务公开工作要点", "issuer": "兴义市人民政府办公室",
 *  "issued": "2021-06-24", "year": 2021, "events": {"issuance": "2021-06-24"},
 *  "units": [{"id": "zfb", "name": "市政府办公室", "aliases": ["政府办"]}],
 *  "groups": [{"name": "市直有关部门", "members": ["zfb"]}],
 *  "tasks": [{"id": "1", "section": ["一、", "(一)"], "content": "…", "lead": ["市政府办公室"],
 *             "responsible": ["市直有关部门"], "deadline": "形成起20日内"}]}
 * </pre>
 * Deadlines are strings in Chinese or the canonical form; units are referred to by id, name or alias, groups by
 * name. The full description is the JSON Schema {@value #SCHEMA_RESOURCE} shipped in the jar.
 *
 * <p>Reading reports every problem at once in a {@link PlanFormatException}, each with its JSON path; malformed JSON
 * fails with its line and column. There is never a partial plan. Writing a plan and reading it back gives an equal
 * plan. This class is thread-safe.
 */
public final class PlanFiles {

    /** The classpath location of the plan file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/dev/shixian/plan/json/plan.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> PLAN_FIELDS = Set.of("$schema", "id", "title", "issuer", "documentNumber",
            "issued", "year", "window", "lenientDeadlines", "events", "addressees", "units", "groups", "sections", "tasks",
            "notes");
    private static final Set<String> UNIT_FIELDS = Set.of("id", "name", "aliases", "parent");
    private static final Set<String> GROUP_FIELDS = Set.of("name", "members");
    private static final Set<String> SECTION_FIELDS = Set.of("number", "title", "children");
    private static final Set<String> TASK_FIELDS = Set.of("id", "section", "content", "lead", "responsible",
            "deadline", "quantity", "remarks");
    private static final Set<String> QUANTITY_FIELDS = Set.of("count", "unit", "by");
    private static final Set<String> WINDOW_FIELDS = Set.of("start", "end");

    private PlanFiles() {
    }

    /**
     * Reads a plan file.
     *
     * @param file  the file, UTF-8, not null
     * @return the plan, with its warnings, not null
     * @throws PlanFormatException listing every problem, each with its JSON path (or line and column for
     *     malformed JSON), the message naming the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Plan read(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + file, e);
        }
    }

    /**
     * Reads a plan from a UTF-8 stream, which is not closed.
     *
     * @param in  the stream, not null
     * @param sourceName  a name for the stream in messages, not null
     * @return the plan, not null
     * @throws PlanFormatException listing every problem
     */
    public static Plan read(InputStream in, String sourceName) {
        return read(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8), sourceName);
    }

    /**
     * Reads a plan from JSON text.
     *
     * @param json  the JSON, not null
     * @param sourceName  a name for the text in messages, not null
     * @return the plan, not null
     * @throws PlanFormatException listing every problem
     */
    public static Plan fromJson(String json, String sourceName) {
        return read(new StringReader(Objects.requireNonNull(json, "json")), sourceName);
    }

    private static Plan read(Reader reader, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        JsonNode root;
        try {
            root = MAPPER.readTree(reader);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PlanFormatException("Plan file " + sourceName,
                    List.of(new PlanProblem(where, "malformed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + sourceName, e);
        }
        return new Reading(sourceName).plan(root);
    }

    /**
     * Writes a plan as a pretty-printed JSON plan file.
     *
     * @param plan  the plan, not null
     * @param file  the file to write, UTF-8, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Plan plan, Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Files.writeString(file, toJson(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write plan file " + file, e);
        }
    }

    /**
     * The plan as a pretty-printed JSON plan file (two-space indent, fields in the documented order, time limits as
     * the plan writes them).
     *
     * @param plan  the plan, not null
     * @return the JSON, not null
     */
    public static String toJson(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", plan.id());
        root.put("title", plan.title());
        plan.issuer().ifPresent(v -> root.put("issuer", v));
        plan.documentNumber().ifPresent(v -> root.put("documentNumber", v));
        plan.issued().ifPresent(v -> root.put("issued", v.toString()));
        root.put("year", plan.year().getValue());
        if (plan.hasExplicitWindow()) {
            ObjectNode window = root.putObject("window");
            window.put("start", plan.window().getStart().toString());
            window.put("end", plan.window().getEndInclusive().toString());
        }
        if (plan.lenientDeadlines()) {
            root.put("lenientDeadlines", true);
        }
        ObjectNode events = root.putObject("events");
        plan.events().forEach((k, v) -> events.put(k, v.toString()));
        if (!plan.addressees().isEmpty()) {
            strings(root.putArray("addressees"), plan.addressees());
        }
        ArrayNode units = root.putArray("units");
        for (Unit unit : plan.units().units()) {
            ObjectNode u = units.addObject();
            u.put("id", unit.id());
            u.put("name", unit.name());
            if (!unit.aliases().isEmpty()) {
                strings(u.putArray("aliases"), unit.aliases());
            }
            unit.parent().ifPresent(p -> u.put("parent", p));
        }
        ArrayNode groups = root.putArray("groups");
        for (UnitGroup group : plan.units().groups()) {
            ObjectNode g = groups.addObject();
            g.put("name", group.name());
            strings(g.putArray("members"), group.members());
        }
        sections(root.putArray("sections"), plan.sections());
        ArrayNode tasks = root.putArray("tasks");
        for (Task task : plan.tasks()) {
            ObjectNode t = tasks.addObject();
            t.put("id", task.id());
            strings(t.putArray("section"), task.section());
            t.put("content", task.content());
            strings(t.putArray("lead"), task.lead());
            strings(t.putArray("responsible"), task.responsible());
            task.timeLimit().ifPresent(v -> t.put("deadline", v));
            task.quantity().ifPresent(q -> {
                ObjectNode quantity = t.putObject("quantity");
                quantity.put("count", q.count());
                quantity.put("unit", q.measureWord());
                q.by().ifPresent(by -> quantity.put("by", by));
            });
            task.remarks().ifPresent(v -> t.put("remarks", v));
        }
        if (!plan.notes().isEmpty()) {
            strings(root.putArray("notes"), plan.notes());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write plan " + plan.id(), e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void sections(ArrayNode array, List<Section> sections) {
        for (Section section : sections) {
            ObjectNode s = array.addObject();
            s.put("number", section.number());
            s.put("title", section.title());
            sections(s.putArray("children"), section.children());
        }
    }

    /** One reading of a plan file: collects every structural problem before the plan's own checks. */
    private static final class Reading {
        private final String source;
        private final List<PlanProblem> problems = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        Plan plan(JsonNode root) {
            if (!root.isObject()) {
                throw new PlanFormatException("Plan file " + source,
                        List.of(new PlanProblem("$", "expected a JSON object holding the plan")));
            }
            fields(root, PLAN_FIELDS, "$");
            Plan.Builder b = Plan.builder(text(root, "id", "$", true));
            b.title(text(root, "title", "$", true));
            optionalText(root, "issuer", "$").ifPresent(b::issuer);
            optionalText(root, "documentNumber", "$").ifPresent(b::documentNumber);
            optionalText(root, "issued", "$").map(v -> date(v, "$.issued")).ifPresent(b::issued);
            JsonNode year = root.get("year");
            if (year == null || !year.isInt()) {
                problems.add(new PlanProblem("$.year", "expected the plan's year as an integer but found " + year));
            } else {
                b.year(Year.of(year.intValue()));
            }
            JsonNode window = root.get("window");
            if (window != null) {
                if (object(window, "$.window", WINDOW_FIELDS)) {
                    LocalDate start = date(text(window, "start", "$.window", true), "$.window.start");
                    LocalDate end = date(text(window, "end", "$.window", true), "$.window.end");
                    if (start != null && end != null) {
                        b.window(start, end);
                    }
                }
            }
            JsonNode lenient = root.get("lenientDeadlines");
            if (lenient != null) {
                if (lenient.isBoolean()) {
                    b.lenientDeadlines(lenient.booleanValue());
                } else {
                    problems.add(new PlanProblem("$.lenientDeadlines", "expected true or false but found " + lenient));
                }
            }
            JsonNode events = root.get("events");
            if (events != null) {
                if (!events.isObject()) {
                    problems.add(new PlanProblem("$.events", "expected an object of event names to dates"));
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String path = "$.events." + e.getKey();
                        if (!e.getValue().isTextual()) {
                            problems.add(new PlanProblem(path, "expected a date yyyy-MM-dd but found " + e.getValue()));
                            continue;
                        }
                        LocalDate date = date(e.getValue().textValue(), path);
                        if (date != null) {
                            b.event(e.getKey(), date);
                        }
                    }
                }
            }
            b.addressees(stringList(root.get("addressees"), "$.addressees"));
            array(root.get("units"), "$.units", (u, path) -> {
                if (object(u, path, UNIT_FIELDS)) {
                    String id = text(u, "id", path, true);
                    String name = text(u, "name", path, true);
                    if (!id.isBlank() && !name.isBlank()) {
                        Unit unit = Unit.of(id, name).withAliases(stringList(u.get("aliases"), path + ".aliases"));
                        String parent = optionalText(u, "parent", path).orElse(null);
                        b.unit(parent == null || parent.isBlank() ? unit : unit.withParent(parent));
                    }
                }
            });
            array(root.get("groups"), "$.groups", (g, path) -> {
                if (object(g, path, GROUP_FIELDS)) {
                    String name = text(g, "name", path, true);
                    List<String> members = stringList(g.get("members"), path + ".members");
                    if (!name.isBlank()) {
                        b.group(new UnitGroup(name, members));
                    }
                }
            });
            array(root.get("sections"), "$.sections", (s, path) -> {
                Section section = section(s, path);
                if (section != null) {
                    b.section(section);
                }
            });
            array(root.get("tasks"), "$.tasks", (t, path) -> b.task(task(t, path)));
            stringList(root.get("notes"), "$.notes").forEach(b::note);
            List<PlanProblem> all = new ArrayList<>(problems);
            all.addAll(b.check());
            if (!all.isEmpty()) {
                throw new PlanFormatException("Plan file " + source, all);
            }
            return b.build();
        }

        private Task.Builder task(JsonNode t, String path) {
            if (!object(t, path, TASK_FIELDS)) {
                return Task.builder("");
            }
            Task.Builder task = Task.builder(text(t, "id", path, true))
                    .section(stringList(t.get("section"), path + ".section"))
                    .content(text(t, "content", path, true))
                    .lead(stringList(t.get("lead"), path + ".lead"))
                    .responsible(stringList(t.get("responsible"), path + ".responsible"));
            optionalText(t, "deadline", path).ifPresent(task::timeLimit);
            optionalText(t, "remarks", path).ifPresent(task::remarks);
            JsonNode q = t.get("quantity");
            if (q != null && object(q, path + ".quantity", QUANTITY_FIELDS)) {
                JsonNode count = q.get("count");
                String unit = text(q, "unit", path + ".quantity", true);
                if (count == null || !count.isInt() || count.intValue() < 1) {
                    problems.add(new PlanProblem(path + ".quantity.count",
                            "expected a whole number of at least 1 but found " + count));
                } else {
                    QuantityTarget target = QuantityTarget.of(count.intValue(), unit);
                    task.quantity(optionalText(q, "by", path + ".quantity").map(target::by).orElse(target));
                }
            }
            return task;
        }

        private Section section(JsonNode s, String path) {
            if (!object(s, path, SECTION_FIELDS)) {
                return null;
            }
            String number = text(s, "number", path, true);
            String title = optionalText(s, "title", path).orElse("");
            List<Section> children = new ArrayList<>();
            array(s.get("children"), path + ".children", (c, p) -> {
                Section child = section(c, p);
                if (child != null) {
                    children.add(child);
                }
            });
            return number.isBlank() ? null : new Section(number, title, children);
        }

        private boolean object(JsonNode node, String path, Set<String> known) {
            if (!node.isObject()) {
                problems.add(new PlanProblem(path, "expected an object but found " + node));
                return false;
            }
            fields(node, known, path);
            return true;
        }

        private void fields(JsonNode node, Set<String> known, String path) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!known.contains(field)) {
                    problems.add(new PlanProblem(path + "." + field, "unknown field; expected one of "
                            + new TreeSet<>(known)));
                }
            }
        }

        private String text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null && !required) {
                return "";
            }
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                problems.add(new PlanProblem(path + "." + field, "expected a non-empty string but found " + value));
                return "";
            }
            return value.textValue();
        }

        private Optional<String> optionalText(JsonNode node, String field, String path) {
            if (node.get(field) == null || node.get(field).isNull()) {
                return Optional.empty();
            }
            String value = text(node, field, path, true);
            return value.isBlank() ? Optional.empty() : Optional.of(value);
        }

        private List<String> stringList(JsonNode node, String path) {
            List<String> values = new ArrayList<>();
            array(node, path, (v, p) -> {
                if (v.isTextual() && !v.textValue().isBlank()) {
                    values.add(v.textValue());
                } else {
                    problems.add(new PlanProblem(p, "expected a non-empty string but found " + v));
                }
            });
            return values;
        }

        private void array(JsonNode node, String path, BiConsumer<JsonNode, String> each) {
            if (node == null) {
                return;
            }
            if (!node.isArray()) {
                problems.add(new PlanProblem(path, "expected an array but found " + node));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                each.accept(node.get(i), path + "[" + i + "]");
            }
        }

        private LocalDate date(String text, String path) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new PlanProblem(path, "expected a date yyyy-MM-dd but found \"" + text + "\""));
                return null;
            }
        }
    }
}
