package dev.shixian.deadline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.WithEvent;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson module for {@link Deadline}: every deadline is written as its canonical English string and read from
 * its canonical English or any Chinese form the parser accepts.
 *
 * <p>Example:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DeadlineModule());
 * mapper.writeValueAsString(Deadline.parse("印发后3个工作日内"));   // "\"3 working days after issuance\""
 * mapper.readValue("\"2021年12月底前\"", Deadline.class);           // by end of 2021-12
 * }</pre>
 * A value that is not a deadline fails with an {@link InvalidFormatException} whose message names the JSON path
 * (as a JSON Pointer such as {@code /tasks/0/deadline}) and the parser's index and expectation.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class DeadlineModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final List<Class<? extends Deadline>> KINDS = List.of(FixedDate.class, PeriodEnd.class,
            AfterEvent.class, WithEvent.class, Recurring.class, Freshness.class, OpenEnded.class, Labelled.class,
            Multiple.class);

    /** Creates the module. */
    public DeadlineModule() {
        super("shixian-deadline", Version.unknownVersion());
        addSerializer(Deadline.class, new DeadlineSerializer());
        addDeserializer(Deadline.class, new DeadlineDeserializer<>(Deadline.class));
        for (Class<? extends Deadline> kind : KINDS) {
            register(kind);
        }
    }

    private <T extends Deadline> void register(Class<T> kind) {
        addDeserializer(kind, new DeadlineDeserializer<>(kind));
    }

    /** Writes a deadline as its canonical string. */
    private static final class DeadlineSerializer extends StdSerializer<Deadline> {
        private static final long serialVersionUID = 1L;

        DeadlineSerializer() {
            super(Deadline.class);
        }

        @Override
        public void serialize(Deadline value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
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
    }
}
