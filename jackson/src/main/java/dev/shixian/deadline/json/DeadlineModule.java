package dev.shixian.deadline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Annotated;
import dev.shixian.deadline.BeforeEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.Weekly;
import dev.shixian.deadline.WithEvent;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A Jackson module for {@link Deadline}: every deadline is written as one string, in its canonical English form
 * ({@link Form#CANONICAL}, the default) or its Chinese form ({@link Form#CHINESE}, {@link #chinese()}), and read
 * from either form, whatever the module writes: the canonical English form or any Chinese phrase the parser
 * accepts.
 *
 * <p>Example:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DeadlineModule());
 * mapper.writeValueAsString(Deadline.parse("印发后3个工作日内"));   // "\"3 working days after issuance\""
 * mapper.readValue("\"2021年12月底前\"", Deadline.class);           // by end of 2021-12
 *
 * ObjectMapper chinese = new ObjectMapper().registerModule(DeadlineModule.chinese());
 * chinese.writeValueAsString(Deadline.parse("by end of 2021-12"));  // "\"2021年12月底前\""
 * }</pre>
 * A value that is not a deadline fails with an {@link InvalidFormatException} whose message names the JSON path
 * (as a JSON Pointer such as {@code /tasks/0/deadline}) and the parser's index and expectation.
 *
 * <p>Polymorphic type handling works: with {@code mapper.activateDefaultTyping(...)} or a property annotated
 * {@code @JsonTypeInfo}, a deadline is written as its string wrapped with its type id the way Jackson wraps any
 * scalar ({@code ["dev.shixian.deadline.AfterEvent", "3 working days after issuance"]} for
 * {@code As.WRAPPER_ARRAY} and {@code As.PROPERTY}), and read back from the same. The type id names the deadline's
 * class; the polymorphic type validator given to Jackson must allow {@code dev.shixian.deadline}.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class DeadlineModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final List<Class<? extends Deadline>> KINDS = List.of(FixedDate.class, PeriodEnd.class,
            AfterEvent.class, BeforeEvent.class, WithEvent.class, Recurring.class, Weekly.class, Freshness.class,
            OpenEnded.class, Annotated.class, Labelled.class, Multiple.class);

    /** The form deadlines are written in; reading accepts both, always. */
    public enum Form {
        /** The canonical English form, such as {@code 3 working days after issuance} ({@code Deadline.toString()}). */
        CANONICAL,
        /** The canonical Chinese form, such as 印发后3个工作日内 ({@link Deadline#toChinese()}). */
        CHINESE
    }

    /** The form written. */
    private final Form form;

    /** Creates the module, writing the canonical English form: {@code new DeadlineModule(Form.CANONICAL)}. */
    public DeadlineModule() {
        this(Form.CANONICAL);
    }

    /**
     * Creates the module writing deadlines in a form. Example: {@code new DeadlineModule(Form.CHINESE)} writes
     * "每季度一次" where the default writes "quarterly"; both read either.
     *
     * @param form  the form to write, not null
     */
    public DeadlineModule(Form form) {
        super("shixian-deadline", Version.unknownVersion());
        this.form = Objects.requireNonNull(form, "form");
        addSerializer(Deadline.class, new DeadlineSerializer(form));
        addDeserializer(Deadline.class, new DeadlineDeserializer<>(Deadline.class));
        for (Class<? extends Deadline> kind : KINDS) {
            register(kind);
        }
    }

    /**
     * A module writing the Chinese form: {@code new DeadlineModule(Form.CHINESE)}. Example: it writes
     * {@code Deadline.parse("by end of 2021-12")} as "2021年12月底前".
     *
     * @return the module, not null
     */
    public static DeadlineModule chinese() {
        return new DeadlineModule(Form.CHINESE);
    }

    /**
     * The form this module writes.
     *
     * @return the form, not null
     */
    public Form form() {
        return form;
    }

    private <T extends Deadline> void register(Class<T> kind) {
        addDeserializer(kind, new DeadlineDeserializer<>(kind));
    }

    /** Writes a deadline as its canonical English or Chinese string. */
    private static final class DeadlineSerializer extends StdSerializer<Deadline> {
        private static final long serialVersionUID = 1L;
        private final Form form;

        DeadlineSerializer(Form form) {
            super(Deadline.class);
            this.form = form;
        }

        @Override
        public void serialize(Deadline value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(form == Form.CHINESE ? value.toChinese() : value.toString());
        }

        /** The string with its type id around it, as Jackson writes any scalar with type information. */
        @Override
        public void serializeWithType(Deadline value, JsonGenerator gen, SerializerProvider provider,
                TypeSerializer typeSer) throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.VALUE_STRING));
            serialize(value, gen, provider);
            typeSer.writeTypeSuffix(gen, id);
        }
    }

    /** Reads a deadline from a string, checking that it is of the expected kind. */
    private static final class DeadlineDeserializer<T extends Deadline> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> kind;

        DeadlineDeserializer(Class<T> kind) {
            super(kind);
            this.kind = kind;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return kind.cast(ctxt.handleUnexpectedToken(kind, p));
            }
            String text = p.getText();
            String path = p.getParsingContext().pathAsPointer().toString();
            Deadline d;
            try {
                d = Deadline.parse(text);
            } catch (DeadlineParseException e) {
                throw InvalidFormatException.from(p, "Invalid deadline at JSON path '" + (path.isEmpty() ? "/" : path)
                        + "': index " + e.index() + ", expected " + e.expected() + " (" + e.getMessage() + ")",
                        text, kind);
            }
            if (!kind.isInstance(d)) {
                throw InvalidFormatException.from(p, "Invalid deadline at JSON path '" + (path.isEmpty() ? "/"
                        : path) + "': '" + d + "' is not a " + kind.getSimpleName(), text, kind);
            }
            return kind.cast(d);
        }

        /** Reads the type id Jackson wrote around the string, then the string ({@link #deserialize}). */
        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
                throws IOException {
            return typeDeserializer.deserializeTypedFromAny(p, ctxt);
        }
    }
}
