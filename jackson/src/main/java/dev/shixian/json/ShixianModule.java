package dev.shixian.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.shixian.deadline.Bilingual;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Explanation;
import dev.shixian.deadline.PartResolution;
import dev.shixian.deadline.json.DeadlineModule;
import dev.shixian.internal.Snippet;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanFormatException;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.json.PlanFiles;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.UnitSummary;
import dev.shixian.schedule.json.RecordsFile;
import dev.shixian.schedule.json.RecordsFormatException;
import dev.shixian.schedule.json.ReportJson;
import dev.shixian.schedule.json.ScheduleFiles;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Jackson module for every value of Shixian a user would store or send: register it once,
 * {@code mapper.registerModule(new ShixianModule())}, or let {@code mapper.findAndRegisterModules()} find it (it
 * is declared in {@code META-INF/services/com.fasterxml.jackson.databind.Module} and in {@code module-info}). It
 * includes {@link DeadlineModule}: deadlines are strings, in the canonical English form unless the module is made
 * with {@link DeadlineModule.Form#CHINESE}.
 *
 * <p><b>Values that are stored</b> are written as their files write them and read back equal:
 * <ul>
 * <li>{@link Plan}: the plan file (计划文件) of {@link PlanFiles#toJson(Plan)}, read through
 *     {@link PlanFiles#fromJson(String, String)} with all its checks.
 * <li>{@link Occurrence} and every {@link ObligationRecord} ({@link Completion}, {@link Pause}, {@link Restart},
 *     {@link Extension}, {@link NotApplicable}, {@link Progress}): the objects of the records file (办理记录文件)
 *     of {@link ScheduleFiles#write(RecordsFile)}, such as
 *     {@code {"type":"completion","obligation":"xy/7/2021-Q3@czj","date":"2021-09-28","count":1}}, read through
 *     {@link ScheduleFiles#readRecords(String, String)}. A value declared as {@code ObligationRecord} is read by
 *     its {@code "type"}.
 * <li>{@link Bilingual} and {@link Explanation.Step}: {@code {"english":"…","chinese":"…"}}.
 * <li>Deadlines: strings, by {@link DeadlineModule}.
 * </ul>
 *
 * <p><b>Values that are computed</b> are written for display and exchange, and are <em>read back by computing them
 * again</em>, never from their JSON: reading one fails with an {@link InvalidDefinitionException} that says how to
 * recompute it. A JSON due date cannot be trusted to be what the calendar gives, so it is never taken as one.
 * <ul>
 * <li>{@link Due}: {@code {"deadline":"quarterly","deadlineChinese":"每季度一次","dueDate":"2021-09-30",
 *     "period":"2021-07-01..2021-09-30","minimumCount":1,"provisional":false,"settled":true,
 *     "explanation":{…}}}; the period has both ends inclusive; {@code period} and {@code label} are left out when
 *     absent. Recompute: resolve the deadline again ({@code Deadline.resolve(DeadlineContext)}).
 * <li>{@link Explanation}: {@code {"english":"…","chinese":"…","steps":[{"english":"…","chinese":"…"}, …],
 *     "conclusion":{"english":"due 2021-10-11","chinese":"截止 2021-10-11"}}}.
 * <li>{@link PartResolution}: {@code label} (if any), {@code deadline}, {@code deadlineChinese}, {@code outcome}
 *     ({@code DATED}, {@code AWAITING_EVENTS}, …), {@code dues}, {@code awaitedEvents} (event ids),
 *     {@code reason} (English and Chinese).
 * <li>{@link Obligation}: {@code id}, {@code task} (its id), {@code label}, {@code unit} (the id of the unit that
 *     answers for it), {@code units} (ids), {@code deadline} and {@code deadlineChinese}, {@code period},
 *     {@code subject} (of its occurrence), {@code kind}, {@code due}, {@code dueDate}, {@code minimumCount},
 *     {@code awaitedEvents}, {@code reason} and {@code reasonChinese}; absent ones left out. Recompute: schedule
 *     the plan again ({@code Scheduler.schedule(plan, occurrences)}).
 * <li>{@link ObligationStatus}: {@code obligation}, {@code asOf}, {@code status} and {@code statusChinese},
 *     {@code dueDate}, {@code originalDueDate}, {@code workingDaysLeft}, {@code workingDaysOverdue},
 *     {@code workingDaysLate}, {@code completedOn}, {@code count}, {@code minimumCount}, {@code warningLevel} and
 *     {@code warningLevelChinese}, {@code undatedReason}, {@code explanation} (English and Chinese) and
 *     {@code history}: each entry ({@link HistoryEntry}) its {@code record} (as in the records file),
 *     {@code dueBefore}, {@code dueAfter}, {@code english} and {@code chinese}.
 * <li>{@link StatusReport}: exactly {@link ReportJson#write(StatusReport)}; read it back with
 *     {@link ReportJson#read(String, dev.shixian.schedule.Schedule)}, which recomputes it from its records and
 *     checks every line.
 * <li>{@link Ledger}: {@code asOf}, {@code lines} (each {@link LedgerLine} as {@code {"obligation":{…},
 *     "status":{…}}}) and {@code units} (each {@link UnitSummary}: {@code unit}, {@code unitName},
 *     {@code counts} of every status, {@code dueByDate}, {@code doneOnTime}).
 * <li>{@link Task} and {@link TaskPart}: as the plan file writes them in {@code "tasks"} and {@code "parts"} (a
 *     task's own policy as what differs from the default policy); read them in their {@link Plan}, whose units
 *     they refer to.
 * </ul>
 *
 * <p>Example:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ShixianModule());
 * mapper.writeValueAsString(Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)));
 *     // {"type":"completion","obligation":"xy/7/2021-Q3@czj","date":"2021-09-28","count":1}
 * Plan plan = mapper.readValue(json, Plan.class);   // checked as PlanFiles checks a plan file
 * mapper.readValue(json, Due.class);                // fails: a due is computed, resolve the deadline again
 * }</pre>
 *
 * <p>Dates are ISO {@code yyyy-MM-dd}; nothing written depends on the JVM's default zone or locale, nor on the
 * mapper's date settings. Polymorphic type handling works: with {@code mapper.activateDefaultTyping(...)} or
 * {@code @JsonTypeInfo}, an object value is written with its class's name as type id (the polymorphic type
 * validator must allow {@code dev.shixian}). Bad input for a value that is read fails with a
 * {@link JsonMappingException} naming the JSON path (as a JSON Pointer) and what was expected; its cause is the
 * reader's exception ({@link PlanFormatException}, {@link RecordsFormatException}) with every problem. Reading
 * copies the value's JSON at most {@value #MAX_DEPTH} levels deep and {@value #MAX_CHARS} characters long, in time
 * linear in it, without recursion.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class ShixianModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The deepest nesting of a value's JSON that is read (the plan file allows {@value PlanFiles#MAX_JSON_DEPTH}). */
    public static final int MAX_DEPTH = 64;
    /** The longest JSON of one value that is read, in characters (as the plan and records files allow). */
    public static final int MAX_CHARS = PlanFiles.MAX_FILE_BYTES;

    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    /** The form deadlines are written in. */
    private final DeadlineModule.Form form;

    /** Creates the module, deadlines in the canonical English form: {@code new ShixianModule(Form.CANONICAL)}. */
    public ShixianModule() {
        this(DeadlineModule.Form.CANONICAL);
    }

    /**
     * Creates the module writing deadlines in a form. Example: with {@code Form.CHINESE} a plan's
     * {@code Deadline} field is written "每季度一次" where the default writes "quarterly"; both read either. The
     * values that carry a deadline in their own fields ({@link Due}, {@link Obligation}) write both forms always.
     *
     * @param form  the form deadlines are written in, not null
     */
    public ShixianModule(DeadlineModule.Form form) {
        super("shixian", Version.unknownVersion());
        this.form = Objects.requireNonNull(form, "form");
        addSerializer(Bilingual.class, new TreeSerializer<>(Bilingual.class, ValueTrees::bilingual));
        addSerializer(Explanation.Step.class, new TreeSerializer<>(Explanation.Step.class,
                s -> ValueTrees.bilingual(s.text())));
        addSerializer(Explanation.class, new TreeSerializer<>(Explanation.class, ValueTrees::explanation));
        addSerializer(Due.class, new TreeSerializer<>(Due.class, ValueTrees::due));
        addSerializer(PartResolution.class, new TreeSerializer<>(PartResolution.class,
                ValueTrees::partResolution));
        addSerializer(Plan.class, new TreeSerializer<>(Plan.class, ValueTrees::plan));
        addSerializer(Task.class, new TreeSerializer<>(Task.class, ValueTrees::task));
        addSerializer(TaskPart.class, new TreeSerializer<>(TaskPart.class, ValueTrees::part));
        addSerializer(Occurrence.class, new TreeSerializer<>(Occurrence.class, ValueTrees::occurrence));
        addSerializer(ObligationRecord.class, new TreeSerializer<>(ObligationRecord.class, ValueTrees::record));
        addSerializer(Obligation.class, new TreeSerializer<>(Obligation.class, ValueTrees::obligation));
        addSerializer(ObligationStatus.class, new TreeSerializer<>(ObligationStatus.class, ValueTrees::status));
        addSerializer(HistoryEntry.class, new TreeSerializer<>(HistoryEntry.class, ValueTrees::history));
        addSerializer(StatusReport.class, new TreeSerializer<>(StatusReport.class, ValueTrees::report));
        addSerializer(Ledger.class, new TreeSerializer<>(Ledger.class, ValueTrees::ledger));
        addSerializer(LedgerLine.class, new TreeSerializer<>(LedgerLine.class, ValueTrees::ledgerLine));
        addSerializer(UnitSummary.class, new TreeSerializer<>(UnitSummary.class, ValueTrees::unitSummary));

        addDeserializer(Bilingual.class, new BilingualDeserializer<>(Bilingual.class, b -> b));
        addDeserializer(Explanation.Step.class, new BilingualDeserializer<>(Explanation.Step.class,
                Explanation.Step::new));
        addDeserializer(Plan.class, new PlanDeserializer());
        addDeserializer(Occurrence.class, new OccurrenceDeserializer());
        addDeserializer(ObligationRecord.class, new RecordDeserializer<>(ObligationRecord.class, "record"));
        addDeserializer(Completion.class, new RecordDeserializer<>(Completion.class, "completion"));
        addDeserializer(Pause.class, new RecordDeserializer<>(Pause.class, "pause"));
        addDeserializer(Restart.class, new RecordDeserializer<>(Restart.class, "restart"));
        addDeserializer(Extension.class, new RecordDeserializer<>(Extension.class, "extension"));
        addDeserializer(NotApplicable.class, new RecordDeserializer<>(NotApplicable.class, "notApplicable"));
        addDeserializer(Progress.class, new RecordDeserializer<>(Progress.class, "progress"));

        String resolve = "resolve its deadline again (Deadline.resolve(DeadlineContext) or resolveParts)";
        String schedule = "schedule the plan again (Scheduler.schedule(plan, occurrences))";
        String report = "read the status report with ReportJson.read(json, schedule), which recomputes it from "
                + "its records, or compute it again (Schedule.statusAsOf)";
        String plan = "read the Plan that holds it (a Plan value, or PlanFiles.fromJson), whose units it refers to";
        refuse(Due.class, resolve);
        refuse(Explanation.class, resolve);
        refuse(PartResolution.class, resolve);
        refuse(Obligation.class, schedule);
        refuse(ObligationStatus.class, report);
        refuse(HistoryEntry.class, report);
        refuse(StatusReport.class, report);
        refuse(Ledger.class, report);
        refuse(LedgerLine.class, report);
        refuse(UnitSummary.class, report);
        refuse(Task.class, plan);
        refuse(TaskPart.class, plan);
    }

    /**
     * The form deadlines are written in.
     *
     * @return the form, not null
     */
    public DeadlineModule.Form form() {
        return form;
    }

    /**
     * Registers this module's serializers and deserializers and those of {@link DeadlineModule} (in this module's
     * form).
     *
     * @param context  the set-up context Jackson gives, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        new DeadlineModule(form).setupModule(context);
    }

    private <T> void refuse(Class<T> type, String instead) {
        addDeserializer(type, new Refusal<>(type, instead));
    }

    /** The JSON path of the value the parser is in or at the start of, as a JSON Pointer ("/" for the root). */
    static String pointer(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT
                || t == JsonToken.START_ARRAY) && c != null && c.getParent() != null) {
            c = c.getParent();
        }
        String path = c == null ? "" : c.pathAsPointer().toString();
        return path.isEmpty() ? "/" : path;
    }

    /** Makes the tree of a value. */
    @FunctionalInterface
    interface Tree<T> extends Serializable {
        /**
         * The tree of a value.
         *
         * @param value  the value
         * @return its tree
         */
        ObjectNode of(T value);
    }

    /** Writes a value as the JSON object {@link ValueTrees} makes of it. */
    static final class TreeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final Tree<T> tree;

        TreeSerializer(Class<T> type, Tree<T> tree) {
            super(type);
            this.tree = tree;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            tree.of(value).serialize(gen, provider);
        }

        /** The object's fields with its type id, as Jackson writes any object with type information. */
        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
                TypeSerializer typeSer) throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
            Iterator<Map.Entry<String, JsonNode>> fields = tree.of(value).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                gen.writeFieldName(field.getKey());
                ((JsonSerializable) field.getValue()).serialize(gen, provider);
            }
            typeSer.writeTypeSuffix(gen, id);
        }
    }

    /** Reads a JSON object: copies its JSON, bounded, then hands it to a reader. */
    abstract static class ObjectDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        ObjectDeserializer(Class<T> type) {
            super(type);
        }

        /**
         * Copies the JSON object the parser is at (its start, or, under a type property, its next field or end),
         * leaving the parser at its end.
         */
        final String copy(JsonParser p, DeserializationContext ctxt, String what) throws IOException {
            JsonToken t = p.currentToken();
            String at = pointer(p);
            StringWriter out = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                int depth = 0;
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
                    g.writeStartObject();
                    depth = 1;
                } else if (t != JsonToken.START_OBJECT) {
                    throw JsonMappingException.from(p, "Cannot read " + what + " at JSON path '" + at
                            + "': expected a JSON object but found " + (t == null ? "the end of the input" : t));
                }
                while (true) {
                    JsonToken token = p.currentToken();
                    if (token == null) {
                        throw JsonMappingException.from(p, "Cannot read " + what + " at JSON path '" + at
                                + "': the input ends inside the object");
                    }
                    if (token.isStructStart() && ++depth > MAX_DEPTH) {
                        throw JsonMappingException.from(p, "Cannot read " + what + " at JSON path '" + at
                                + "': nested more than " + MAX_DEPTH + " deep at '" + pointer(p) + "'");
                    }
                    if (token.isStructEnd()) {
                        depth--;
                    }
                    g.copyCurrentEvent(p);
                    if (depth == 0) {
                        break;
                    }
                    if (out.getBuffer().length() > MAX_CHARS) {
                        throw JsonMappingException.from(p, "Cannot read " + what + " at JSON path '" + at
                                + "': more than " + MAX_CHARS + " characters");
                    }
                    p.nextToken();
                }
            }
            return out.toString();
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
                TypeDeserializer typeDeserializer) throws IOException {
            return typeDeserializer.deserializeTypedFromObject(p, ctxt);
        }
    }

    /** Reads a plan as {@link PlanFiles#fromJson} reads a plan file. */
    static final class PlanDeserializer extends ObjectDeserializer<Plan> {
        private static final long serialVersionUID = 1L;

        PlanDeserializer() {
            super(Plan.class);
        }

        @Override
        public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String at = pointer(p);
            String json = copy(p, ctxt, "a plan");
            try {
                return PlanFiles.fromJson(json, "the plan at JSON path '" + at + "'");
            } catch (PlanFormatException e) {
                throw JsonMappingException.from(p, "Invalid plan at JSON path '" + at + "': " + e.getMessage(), e);
            }
        }
    }

    /** Reads the records file of one value, a records file whose plan id is a placeholder. */
    abstract static class RecordsFileDeserializer<T> extends ObjectDeserializer<T> {
        private static final long serialVersionUID = 1L;

        RecordsFileDeserializer(Class<T> type) {
            super(type);
        }

        /**
         * Reads the object at the parser as the only element of a records file's array.
         *
         * @return the records file
         */
        final RecordsFile read(JsonParser p, DeserializationContext ctxt, String array, String what)
                throws IOException {
            String at = pointer(p);
            String json = copy(p, ctxt, what);
            String file = "{\"plan\":\"" + ValueTrees.PLACEHOLDER_PLAN + "\",\"" + array + "\":[" + json + "]}";
            try {
                return ScheduleFiles.readRecords(file, "JSON path '" + at + "'");
            } catch (RecordsFormatException e) {
                String prefix = "$." + array + "[0]";
                List<String> problems = new ArrayList<>();
                for (RecordsFormatException.Problem problem : e.problems()) {
                    String where = problem.where().startsWith(prefix)
                            ? problem.where().substring(prefix.length()) : problem.where();
                    where = where.startsWith(".") ? where.substring(1) : where;
                    problems.add(where.isEmpty() ? problem.message() : where + ": " + problem.message());
                    if (problems.size() == 10) {
                        break;
                    }
                }
                throw JsonMappingException.from(p, "Invalid " + what + " at JSON path '" + at + "': "
                        + String.join("; ", problems) + (e.problems().size() > 10 ? "; …" : ""), e);
            }
        }
    }

    /** Reads an occurrence as the records file holds it. */
    static final class OccurrenceDeserializer extends RecordsFileDeserializer<Occurrence> {
        private static final long serialVersionUID = 1L;

        OccurrenceDeserializer() {
            super(Occurrence.class);
        }

        @Override
        public Occurrence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, "occurrences", "occurrence").occurrences().get(0);
        }
    }

    /** Reads a record as the records file holds it, checking that it is of the expected type. */
    static final class RecordDeserializer<T extends ObligationRecord> extends RecordsFileDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> kind;
        private final String type;

        RecordDeserializer(Class<T> kind, String type) {
            super(kind);
            this.kind = kind;
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String at = pointer(p);
            ObligationRecord r = read(p, ctxt, "records", type).records().get(0);
            if (!kind.isInstance(r)) {
                throw JsonMappingException.from(p, "Invalid " + type + " at JSON path '" + at + "': expected "
                        + "\"type\": \"" + type + "\" but found a " + r.getClass().getSimpleName());
            }
            return kind.cast(r);
        }
    }

    /** Makes a value from a {@link Bilingual}. */
    @FunctionalInterface
    interface FromBilingual<T> extends Serializable {
        /**
         * The value.
         *
         * @param b  the text
         * @return the value
         */
        T of(Bilingual b);
    }

    /** Reads {@code {"english":"…","chinese":"…"}}, both required, nothing else. */
    static final class BilingualDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final FromBilingual<T> make;

        BilingualDeserializer(Class<T> type, FromBilingual<T> make) {
            super(type);
            this.make = make;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String at = pointer(p);
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                throw JsonMappingException.from(p, "Invalid text at JSON path '" + at + "': expected an object "
                        + "{\"english\": …, \"chinese\": …} but found " + (t == null ? "the end of the input" : t));
            }
            String english = null;
            String chinese = null;
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (!("english".equals(name) || "chinese".equals(name)) || v != JsonToken.VALUE_STRING) {
                    throw JsonMappingException.from(p, "Invalid text at JSON path '" + at + "': expected the "
                            + "strings \"english\" and \"chinese\" but found " + v + " for '"
                            + Snippet.of(name) + "'");
                }
                if ("english".equals(name)) {
                    english = p.getText();
                } else {
                    chinese = p.getText();
                }
            }
            if (english == null || chinese == null) {
                throw JsonMappingException.from(p, "Invalid text at JSON path '" + at + "': expected the strings "
                        + "\"english\" and \"chinese\" but \"" + (english == null ? "english" : "chinese")
                        + "\" is missing");
            }
            return make.of(new Bilingual(english, chinese));
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
                TypeDeserializer typeDeserializer) throws IOException {
            return typeDeserializer.deserializeTypedFromObject(p, ctxt);
        }
    }

    /** Refuses to read a computed value, saying how to recompute it. */
    static final class Refusal<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final String instead;

        Refusal(Class<T> type, String instead) {
            super(type);
            this.instead = instead;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String name = handledType().getSimpleName();
            throw InvalidDefinitionException.from(p, "Cannot read " + name + " at JSON path '" + pointer(p)
                    + "': " + name + " is computed, and its JSON is written for display and exchange, not read "
                    + "back; " + instead, ctxt.constructType(handledType()));
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
                TypeDeserializer typeDeserializer) throws IOException {
            return deserialize(p, ctxt);
        }
    }
}
