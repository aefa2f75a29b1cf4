package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shixian.plan.json.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped in shixian-core describes the seed plan files and what PlanFiles writes. */
class PlanSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }

    private static JsonNode plan(String id) throws IOException {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/plans/" + id + ".json")) {
            return MAPPER.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guizhou-jgswglj-2021", "qinghai-2021", "guizhou-2020", "xingyi-2021", "rongjiang-2021"})
    void seedPlansAndTheirRewritesAreValid(String id) throws IOException {
        assertThat(schema.validate(plan(id))).isEmpty();
        String written = PlanFiles.toJson(SeedPlansTest.load(id));
        assertThat(schema.validate(MAPPER.readTree(written))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonNode bad = MAPPER.readTree("{\"id\": \"x\", \"title\": \"t\", \"year\": \"2021\", \"extra\": 1,"
                + " \"tasks\": [{\"id\": \"1\", \"content\": \"c\", \"quantity\": {\"count\": 0, \"unit\": \"条\"}}]}");
        Set<ValidationMessage> messages = schema.validate(bad);
        assertThat(messages).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("year"))
                .anySatisfy(m -> assertThat(m).contains("extra"))
                .anySatisfy(m -> assertThat(m).contains("count"));
    }
}
