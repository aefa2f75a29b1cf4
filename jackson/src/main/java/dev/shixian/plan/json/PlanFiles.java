package dev.shixian.plan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.internal.JsonText;
import dev.shixian.internal.Snippet;
import dev.shixian.internal.Utf8;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.QuantityTarget;
import dev.shixian.plan.Section;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
 *  "issued": "2021-06-24", "year": 2021, "events": {"印发": "2021-06-24"},
 *  "policy": {"calendarDaysAsWorkingDays": true},
 *  "units": [{"id": "zfb", "name": "市政府办公室", "aliases": ["政府办"]}],
 *  "groups": [{"name": "市直有关部门", "members": ["zfb"]}],
 *  "tasks": [{"id": "1", "section": ["一、", "(一)"], "content": "…", "lead": ["市政府办公室"],
 *             "responsible": ["市直有关部门"], "deadline": "形成起20日内"},
 *            {"id": "12", "content": "…", "lead": ["市直有关部门", "各乡镇（街道）"],
 *             "deadline": "市级部门每2个月不少于1篇。乡镇(街道)…每月…不少于1篇。",
 *             "parts": [{"label": "市级部门", "lead": ["市直有关部门"], "deadline": "每2个月不少于1篇"},
 *                       {"label": "乡镇(街道)", "lead": ["各乡镇（街道）"], "deadline": "每月不少于4篇"}]}]}
 * </pre>
 * Deadlines are strings in Chinese or the canonical form; units are referred to by id, name or alias, groups by
 * name; events by id (issuance) or Chinese word (印发). A {@code "policy"} (plan or task) may set
 * {@code calendarDaysAsWorkingDays}, {@code rollFixedDates}, {@code rollPeriodEnds} (booleans) and
 * {@code promptDefault} (a time limit, or null for none); a task's policy names only what differs from the plan's.
 * A task's {@code "parts"} give labelled time limits with their own units; the task's {@code "deadline"} is then
 * the column's words, kept as written. The full description is the JSON Schema {@value #SCHEMA_RESOURCE} shipped
 * in the jar.
 *
 * <p>Reading is strict and bounded: the bytes must be UTF-8 (a byte-order mark is accepted; anything else fails
 * with the byte offset), the file at most {@value #MAX_FILE_BYTES} bytes, JSON nested at most
 * {@value #MAX_JSON_DEPTH} levels, numbers at most {@value #MAX_NUMBER_LENGTH} characters, plus the limits of
 * {@link Plan} (tasks, parts, section depth, time-limit length, years). Every problem is reported at once in a
 * {@link PlanFormatException}, each with its JSON path and task id; malformed JSON fails with its line and column.
 * Messages quote short windows, never the whole input. Reading takes time linear in the input, with no recursion
 * deeper than the nesting limit. There is never a partial plan. Writing a plan and reading it back gives an equal
 * plan. This class is thread-safe.
 */
public final class PlanFiles {

    /** The classpath location of the plan file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/dev/shixian/plan/json/plan.schema.json";
    /** The largest plan file read: 16 MiB. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** The deepest JSON nesting read (objects and arrays); a plan with 8 section levels needs 18. */
    public static final int MAX_JSON_DEPTH = 32;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final boolean OFF_BY_ONE = PackageVersion.VERSION.getMajorVersion() == 2
            && PackageVersion.VERSION.getMinorVersion() < 14;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // The fields the reader accepts in each object; package-private so that the schema test compares the shipped
    // schema with these very sets.
    static final Set<String> PLAN_FIELDS = Set.of("$schema", "id", "title", "issuer", "documentNumber",
            "issued", "year", "window", "lenientDeadlines", "policy", "events", "addressees", "units", "groups",
            "sections", "tasks", "notes");
    static final Set<String> UNIT_FIELDS = Set.of("id", "name", "aliases", "parent");
    static final Set<String> GROUP_FIELDS = Set.of("name", "members");
    static final Set<String> SECTION_FIELDS = Set.of("number", "title", "children");
    static final Set<String> TASK_FIELDS = Set.of("id", "section", "content", "lead", "responsible",
            "deadline", "parts", "policy", "quantity", "remarks");
    static final Set<String> PART_FIELDS = Set.of("label", "lead", "responsible", "deadline");
    static final Set<String> POLICY_FIELDS = Set.of("calendarDaysAsWorkingDays", "rollFixedDates",
            "rollPeriodEnds", "promptDefault");
    static final Set<String> QUANTITY_FIELDS = Set.of("count", "measure", "by");
    static final Set<String> WINDOW_FIELDS = Set.of("start", "end");

    private PlanFiles() {
    }

    /**
     * Reads a plan file.
     *
     * @param file  the file, UTF-8, not null
     * @return the plan, with its warnings, not null
     * @throws PlanFormatException listing every problem, each with its JSON path (or line and column for
     *     malformed JSON, or byte offset for bytes that are not UTF-8), the message naming the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Plan read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + file, e);
        }
    }

    /**
     * Reads a plan from a UTF-8 stream, which is not closed. At most {@value #MAX_FILE_BYTES} + 1 bytes are read.
     *
     * @param in  the stream, not null
     * @param sourceName  a name for the stream in messages, not null
     * @return the plan, not null
     * @throws PlanFormatException listing every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Plan read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + sourceName, e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail(sourceName, "$", "a plan file of more than " + MAX_FILE_BYTES + " bytes; expected at most "
                    + MAX_FILE_BYTES);
        }
        return parse(decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads a plan from JSON text. A leading byte-order mark (U+FEFF) is ignored.
     *
     * @param json  the JSON, at most {@value #MAX_FILE_BYTES} characters, not null
     * @param sourceName  a name for the text in messages, not null
     * @return the plan, not null
     * @throws PlanFormatException listing every problem
     */
    public static Plan fromJson(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > MAX_FILE_BYTES) {
            throw fail(sourceName, "$", "a plan of " + json.length() + " characters; expected at most "
                    + MAX_FILE_BYTES);
        }
        return parse(json.startsWith("\uFEFF") ? json.substring(1) : json, sourceName);
    }

    private static PlanFormatException fail(String source, String path, String reason) {
        return new PlanFormatException("Plan file " + source, List.of(new PlanProblem(path, reason)));
    }

    /** Decodes strictly as UTF-8, skipping a byte-order mark; reports the offset of the first bad byte. */
    private static String decode(byte[] bytes, String source) {
        try {
            return Utf8.decode(bytes, Utf8.hasByteOrderMark(bytes) ? 3 : 0);
        } catch (Utf8.Malformed e) {
            int at = e.offset();
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + 4); i++) {
                hex.append(String.format(Locale.ROOT, "%s%02X", hex.length() == 0 ? "" : " ", bytes[i] & 0xFF));
            }
            throw fail(source, "byte " + at, "not valid UTF-8 at byte offset " + at + " (bytes " + hex
                    + "); a plan file must be UTF-8 (GBK and other encodings are not read)");
        }
    }

    private static Plan parse(String json, String sourceName) {
        scan(json, sourceName);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(json, sourceName, e);
        }
        if (root == null) {
            throw fail(sourceName, "$", "expected a JSON object holding the plan but found nothing");
        }
        return new Reading(sourceName).plan(root);
    }

    /**
     * Reads the JSON once as a token stream, without recursion: syntax (with line and column), duplicate fields,
     * the nesting depth and the length of numbers, before any tree is built.
     */
    private static void scan(String json, String source) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            int depth = 0;
            boolean rootDone = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    JsonLocation at = parser.getTokenLocation();
                    throw fail(source, JsonText.position(json, at.getCharOffset()), "malformed JSON: trailing "
                            + "content after the plan's JSON value near '" + Snippet.around(json, (int) at.getCharOffset()) + "'");
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth > MAX_JSON_DEPTH) {
                        throw fail(source, path(parser.getParsingContext()), "JSON nested more than "
                                + MAX_JSON_DEPTH + " levels deep");
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                        && parser.getTextLength() > MAX_NUMBER_LENGTH) {
                    throw fail(source, path(parser.getParsingContext()), "a number of " + parser.getTextLength()
                            + " characters; expected at most " + MAX_NUMBER_LENGTH);
                }
                rootDone = depth == 0;
            }
        } catch (JsonProcessingException e) {
            throw malformed(json, source, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + source, e);
        }
    }

    private static PlanFormatException malformed(String json, String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long offset = JsonText.errorOffset(at == null ? -1 : at.getCharOffset(), e.getOriginalMessage(), OFF_BY_ONE);
        return fail(source, JsonText.where(json, offset), JsonText.malformed(json, offset, e.getOriginalMessage()));
    }

    /** The JSON path of a stream context, such as {@code $.sections[0].children[3]}. */
    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add(JsonText.member("", c.getCurrentName()));
            }
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = steps.size() - 1; i >= 0; i--) {
            b.append(steps.get(i));
        }
        return b.toString();
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
     * the plan writes them, events by id).
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
        if (plan.hasExplicitPolicy()) {
            policy(root.putObject("policy"), plan.policy(), DeadlinePolicy.defaults());
        }
        ObjectNode events = root.putObject("events");
        plan.events().forEach((k, v) -> events.put(k.id(), v.toString()));
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
            task(tasks.addObject(), task, plan.policy());
        }
        if (!plan.notes().isEmpty()) {
            strings(root.putArray("notes"), plan.notes());
        }
        return pretty(root, "plan " + plan.id());
    }

    /**
     * A task as a plan file writes it in {@code "tasks"}, pretty-printed; its own policy, if any, is written as the
     * fields that differ from {@link DeadlinePolicy#defaults()} (in a plan file, from the plan's policy). Example:
     * task 23 of the 榕江县 plan gives {@code {"id": "23", …, "lead": ["县政府办"], "deadline": "持续推进"}}.
     *
     * @param task  the task, not null
     * @return the JSON object, not null
     */
    public static String toJson(Task task) {
        Objects.requireNonNull(task, "task");
        return pretty(task(MAPPER.createObjectNode(), task, DeadlinePolicy.defaults()), task.id());
    }

    /**
     * A task's part as a plan file writes it in the task's {@code "parts"}, pretty-printed. Example: the part
     * 市级部门 of 兴义 task 12 gives {@code {"label": "市级部门", "lead": ["市直有关部门"], "deadline": "每2个月不少于1篇"}}.
     *
     * @param part  the part, not null
     * @return the JSON object, not null
     */
    public static String toJson(TaskPart part) {
        Objects.requireNonNull(part, "part");
        return pretty(part(MAPPER.createObjectNode(), part), part.label());
    }

    private static ObjectNode task(ObjectNode t, Task task, DeadlinePolicy base) {
        t.put("id", task.id());
        strings(t.putArray("section"), task.section());
        t.put("content", task.content());
        strings(t.putArray("lead"), task.lead());
        strings(t.putArray("responsible"), task.responsible());
        task.timeLimit().ifPresent(v -> t.put("deadline", v));
        if (!task.parts().isEmpty()) {
            ArrayNode parts = t.putArray("parts");
            for (TaskPart part : task.parts()) {
                part(parts.addObject(), part);
            }
        }
        task.policy().ifPresent(p -> policy(t.putObject("policy"), p, base));
        task.quantity().ifPresent(q -> {
            ObjectNode quantity = t.putObject("quantity");
            quantity.put("count", q.count());
            quantity.put("measure", q.measure());
            q.by().ifPresent(by -> quantity.put("by", by));
        });
        task.remarks().ifPresent(v -> t.put("remarks", v));
        return t;
    }

    private static ObjectNode part(ObjectNode p, TaskPart part) {
        p.put("label", part.label());
        if (!part.lead().isEmpty()) {
            strings(p.putArray("lead"), part.lead());
        }
        if (!part.responsible().isEmpty()) {
            strings(p.putArray("responsible"), part.responsible());
        }
        p.put("deadline", part.timeLimit());
        return p;
    }

    private static String pretty(ObjectNode node, String what) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + what, e);
        }
    }

    /** Writes the fields of a policy that differ from a base policy. */
    private static void policy(ObjectNode node, DeadlinePolicy policy, DeadlinePolicy base) {
        if (policy.calendarDaysAsWorkingDays() != base.calendarDaysAsWorkingDays()) {
            node.put("calendarDaysAsWorkingDays", policy.calendarDaysAsWorkingDays());
        }
        if (policy.rollFixedDates() != base.rollFixedDates()) {
            node.put("rollFixedDates", policy.rollFixedDates());
        }
        if (policy.rollPeriodEnds() != base.rollPeriodEnds()) {
            node.put("rollPeriodEnds", policy.rollPeriodEnds());
        }
        if (!policy.promptDefault().equals(base.promptDefault())) {
            if (policy.promptDefault().isPresent()) {
                node.put("promptDefault", policy.promptDefault().get().toChinese());
            } else {
                node.putNull("promptDefault");
            }
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
        private String taskId;

        Reading(String source) {
            this.source = source;
        }

        private void problem(String path, String reason) {
            problems.add(taskId == null ? new PlanProblem(path, reason) : new PlanProblem(path, taskId, reason));
        }

        Plan plan(JsonNode root) {
            if (!root.isObject()) {
                throw fail(source, "$", "expected a JSON object holding the plan but found " + describe(root));
            }
            fields(root, PLAN_FIELDS, "$");
            Plan.Builder b = Plan.builder(text(root, "id", "$", true));
            b.title(text(root, "title", "$", true));
            optionalText(root, "issuer", "$").ifPresent(b::issuer);
            optionalText(root, "documentNumber", "$").ifPresent(b::documentNumber);
            optionalText(root, "issued", "$").map(v -> date(v, "$.issued")).ifPresent(b::issued);
            JsonNode year = root.get("year");
            if (year == null || !year.isInt() || year.intValue() < Plan.MIN_YEAR
                    || year.intValue() > Plan.MAX_YEAR) {
                problem("$.year", "expected the plan's year as an integer from " + Plan.MIN_YEAR + " to "
                        + Plan.MAX_YEAR + " but found " + describe(year));
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
                    problem("$.lenientDeadlines", "expected true or false but found " + describe(lenient));
                }
            }
            DeadlinePolicy planPolicy = DeadlinePolicy.defaults();
            JsonNode policy = root.get("policy");
            if (policy != null) {
                planPolicy = policy(policy, "$.policy", planPolicy);
                b.policy(planPolicy);
            }
            JsonNode events = root.get("events");
            if (events != null) {
                if (!events.isObject()) {
                    problem("$.events", "expected an object of event names to dates but found " + describe(events));
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String path = JsonText.member("$.events", e.getKey());
                        if (!e.getValue().isTextual()) {
                            problem(path, "expected a date yyyy-MM-dd but found " + describe(e.getValue()));
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
                    List<String> aliases = stringList(u.get("aliases"), path + ".aliases");
                    String parent = optionalText(u, "parent", path).orElse(null);
                    if (!id.isBlank() && !name.isBlank()) {
                        Unit unit = Unit.of(id, name).withAliases(aliases);
                        b.unit(parent == null ? unit : unit.withParent(parent));
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
                Section section = section(s, path, 1);
                if (section != null) {
                    b.section(section);
                }
            });
            JsonNode tasks = root.get("tasks");
            if (tasks != null && tasks.isArray() && tasks.size() > Plan.MAX_TASKS) {
                problem("$.tasks", tasks.size() + " tasks; a plan may have at most " + Plan.MAX_TASKS);
            } else {
                DeadlinePolicy base = planPolicy;
                array(tasks, "$.tasks", (t, path) -> b.task(task(t, path, base)));
            }
            stringList(root.get("notes"), "$.notes").forEach(b::note);
            List<PlanProblem> all = new ArrayList<>(problems);
            Set<String> reported = new HashSet<>();
            problems.forEach(p -> reported.add(p.path()));
            for (PlanProblem p : b.check()) {
                if (!reported.contains(p.path())) { // the reader has said what is wrong there
                    all.add(p);
                }
            }
            if (!all.isEmpty()) {
                throw new PlanFormatException("Plan file " + source, all);
            }
            return b.build();
        }

        private DeadlinePolicy policy(JsonNode node, String path, DeadlinePolicy base) {
            DeadlinePolicy.Builder p = base.toBuilder();
            if (!object(node, path, POLICY_FIELDS)) {
                return base;
            }
            flag(node, "calendarDaysAsWorkingDays", path).ifPresent(p::calendarDaysAsWorkingDays);
            flag(node, "rollFixedDates", path).ifPresent(p::rollFixedDates);
            flag(node, "rollPeriodEnds", path).ifPresent(p::rollPeriodEnds);
            JsonNode prompt = node.get("promptDefault");
            if (prompt != null && prompt.isNull()) {
                p.noPromptDefault();
            } else if (prompt != null) {
                String text = text(node, "promptDefault", path, true);
                if (text.length() > Plan.MAX_TIME_LIMIT_LENGTH) {
                    problem(path + ".promptDefault", "a time limit of " + text.length()
                            + " characters; expected at most " + Plan.MAX_TIME_LIMIT_LENGTH);
                } else if (!text.isBlank()) {
                    try {
                        p.promptDefault(Deadline.parse(text));
                    } catch (DeadlineParseException e) {
                        problem(path + ".promptDefault", "cannot read the time limit '" + Snippet.around(text,
                                e.index()) + "': at index " + e.index() + " expected " + Snippet.of(e.expected()));
                    } catch (IllegalArgumentException e) {
                        problem(path + ".promptDefault", "expected one dated time limit for 及时, such as "
                                + "形成之日起20个工作日内, but found '" + Snippet.of(text) + "'");
                    }
                }
            }
            return p.build();
        }

        private Optional<Boolean> flag(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isBoolean()) {
                problem(path + "." + field, "expected true or false but found " + describe(value));
                return Optional.empty();
            }
            return Optional.of(value.booleanValue());
        }

        private Task.Builder task(JsonNode t, String path, DeadlinePolicy planPolicy) {
            JsonNode idNode = t.get("id");
            taskId = idNode != null && idNode.isTextual() && !idNode.textValue().isBlank() ? idNode.textValue() : null;
            if (!object(t, path, TASK_FIELDS)) {
                taskId = null;
                return Task.builder("");
            }
            Task.Builder task = Task.builder(text(t, "id", path, true))
                    .section(stringList(t.get("section"), path + ".section"))
                    .content(text(t, "content", path, true))
                    .lead(stringList(t.get("lead"), path + ".lead"))
                    .responsible(stringList(t.get("responsible"), path + ".responsible"));
            optionalText(t, "deadline", path).ifPresent(task::timeLimit);
            optionalText(t, "remarks", path).ifPresent(task::remarks);
            array(t.get("parts"), path + ".parts", (p, ppath) -> {
                if (object(p, ppath, PART_FIELDS)) {
                    TaskPart.Builder part = TaskPart.builder(text(p, "label", ppath, true))
                            .lead(stringList(p.get("lead"), ppath + ".lead"))
                            .responsible(stringList(p.get("responsible"), ppath + ".responsible"));
                    optionalText(p, "deadline", ppath).ifPresent(part::timeLimit);
                    task.part(part);
                }
            });
            JsonNode policy = t.get("policy");
            if (policy != null) {
                task.policy(policy(policy, path + ".policy", planPolicy));
            }
            JsonNode q = t.get("quantity");
            if (q != null && object(q, path + ".quantity", QUANTITY_FIELDS)) {
                JsonNode count = q.get("count");
                String measure = text(q, "measure", path + ".quantity", true);
                if (count == null || !count.isInt() || count.intValue() < 1) {
                    problem(path + ".quantity.count", "expected a whole number of at least 1 but found "
                            + describe(count));
                } else {
                    QuantityTarget target = QuantityTarget.of(count.intValue(), measure);
                    task.quantity(optionalText(q, "by", path + ".quantity").map(target::withBy).orElse(target));
                }
            }
            taskId = null;
            return task;
        }

        /** A section, its depth checked before its children are read: the recursion is at most 8 deep. */
        private Section section(JsonNode s, String path, int depth) {
            if (depth > Plan.MAX_SECTION_DEPTH) {
                problem(path, "sections nested more than " + Plan.MAX_SECTION_DEPTH + " levels deep");
                return null;
            }
            if (!object(s, path, SECTION_FIELDS)) {
                return null;
            }
            String number = text(s, "number", path, true);
            String title = optionalText(s, "title", path).orElse("");
            List<Section> children = new ArrayList<>();
            array(s.get("children"), path + ".children", (c, p) -> {
                Section child = section(c, p, depth + 1);
                if (child != null) {
                    children.add(child);
                }
            });
            return number.isBlank() ? null : new Section(number, title, children);
        }

        private boolean object(JsonNode node, String path, Set<String> known) {
            if (!node.isObject()) {
                problem(path, "expected an object but found " + describe(node));
                return false;
            }
            fields(node, known, path);
            return true;
        }

        private void fields(JsonNode node, Set<String> known, String path) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!known.contains(field)) {
                    problem(JsonText.member(path, field), "unknown field; expected one of " + new TreeSet<>(known));
                }
            }
        }

        private String text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null && !required) {
                return "";
            }
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                problem(path + "." + field, "expected a non-empty string but found " + describe(value));
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
                    problem(p, "expected a non-empty string but found " + describe(v));
                }
            });
            return values;
        }

        private void array(JsonNode node, String path, BiConsumer<JsonNode, String> each) {
            if (node == null) {
                return;
            }
            if (!node.isArray()) {
                problem(path, "expected an array but found " + describe(node));
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
            if (text.length() == 10 && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(path, "expected a date yyyy-MM-dd but found \"" + Snippet.of(text) + "\"");
            return null;
        }

        /** A short description of a JSON value for a message: never the whole of a large value. */
        private static String describe(JsonNode node) {
            if (node == null || node.isMissingNode()) {
                return "nothing";
            }
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "an array of " + node.size() + (node.size() == 1 ? " item" : " items");
            }
            if (node.isTextual()) {
                return "\"" + Snippet.of(node.textValue()) + "\"";
            }
            return Snippet.of(node.toString());
        }
    }
}
