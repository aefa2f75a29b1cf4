package dev.shixian.deadline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.PeriodEnd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new DeadlineModule());

    @Test
    void writesCanonicalAndReadsBothLanguages() throws Exception {
        Deadline d = Deadline.parse("印发后3个工作日内");
        assertThat(mapper.writeValueAsString(d)).isEqualTo("\"3 working days after issuance\"");
        assertThat(mapper.readValue("\"3 working days after issuance\"", Deadline.class)).isEqualTo(d);
        assertThat(mapper.readValue("\"印发后3个工作日内\"", Deadline.class)).isEqualTo(d);
        Map<String, List<Deadline>> tasks = Map.of("tasks", List.of(d, Deadline.parse("每季度一次")));
        String json = mapper.writeValueAsString(tasks);
        assertThat(json).isEqualTo("{\"tasks\":[\"3 working days after issuance\",\"quarterly\"]}");
        assertThat(mapper.readValue(json, new TypeReference<Map<String, List<Deadline>>>() { })).isEqualTo(tasks);
        assertThat(mapper.readValue("\"2021年6月底前\"", PeriodEnd.class)).hasToString("by end of 2021-06");
    }

    @Test
    void badValueFailsWithPathAndParserIndex() {
        assertThatThrownBy(() -> mapper.readValue("{\"tasks\":[\"quarterly\",\"2021年13月底前\"]}",
                new TypeReference<Map<String, List<Deadline>>>() { }))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("/tasks/1")
                .hasMessageContaining("index 5")
                .hasMessageContaining("a month 1..12");
        assertThatThrownBy(() -> mapper.readValue("\"长期\"", PeriodEnd.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("not a PeriodEnd");
    }
}
