package dev.shixian.deadline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public, as is {@link Holder}, so that Jackson may read the holder on the module path (the package is exported). */
public class DeadlineModuleTest {

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

    /** One of each kind of deadline, from the Chinese phrases of real plans. */
    static final List<Deadline> SAMPLES = List.of(
            Deadline.parse("印发后3个工作日内"), Deadline.parse("2021年12月底前"), Deadline.parse("每季度一次"),
            Deadline.parse("长期"), Deadline.parse("与文件同时公开"), Deadline.parse("2021年10月15日前"),
            Deadline.parse("每2个月不少于2篇"), Deadline.parse("每14日至少更新一次"), Deadline.parse("市直部门：印发后3个工作日内；乡镇：印发后5个工作日内"),
            Deadline.parse("会议召开前5日"), Deadline.parse("届满前90个工作日至30个工作日期间"),
            Deadline.parse("每周五前"), Deadline.parse("每两年"), Deadline.parse("每季度结束后15日内"),
            Deadline.parse("每月最后一个工作日"), Deadline.parse("次年1月31日前"), Deadline.parse("上一年度12月底前"),
            Deadline.parse("政策性文件正式印发后5个工作日内予以公开"), Deadline.parse("“有关事项”印发后5日内“向社会发布公告”"),
            Deadline.parse("最新规划：形成之日起20日内公开；历史规划：9月底前"));

    private static final PolymorphicTypeValidator DEADLINES_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.shixian.deadline.").allowIfSubType(List.class).allowIfBaseType(Object.class)
            .build();

    @Test
    void writesChineseWhenAskedAndReadsBothFormsInEitherModule() throws Exception {
        ObjectMapper chinese = new ObjectMapper().registerModule(DeadlineModule.chinese());
        assertThat(new DeadlineModule(DeadlineModule.Form.CHINESE).form()).isEqualTo(DeadlineModule.Form.CHINESE);
        assertThat(new DeadlineModule().form()).isEqualTo(DeadlineModule.Form.CANONICAL);
        assertThat(chinese.writeValueAsString(Deadline.parse("3 working days after issuance")))
                .isEqualTo("\"印发后3个工作日内\"");
        assertThat(chinese.writeValueAsString(Deadline.parse("quarterly"))).isEqualTo("\"每季度一次\"");
        assertThat(chinese.writeValueAsString(Deadline.parse("by end of 2021-12"))).isEqualTo("\"2021年12月底前\"");
        for (Deadline d : SAMPLES) {
            String zh = chinese.writeValueAsString(d);
            String en = mapper.writeValueAsString(d);
            assertThat(zh).isEqualTo(mapper.writeValueAsString(d.toChinese()));
            assertThat(en).isEqualTo(mapper.writeValueAsString(d.toString()));
            for (ObjectMapper m : List.of(mapper, chinese)) {
                assertThat(m.readValue(zh, Deadline.class)).as(zh).isEqualTo(d);
                assertThat(m.readValue(en, Deadline.class)).as(en).isEqualTo(d);
            }
        }
    }

    @Test
    void defaultTypingWritesAndReadsEveryKind() throws Exception {
        for (ObjectMapper.DefaultTyping typing : List.of(ObjectMapper.DefaultTyping.NON_FINAL,
                ObjectMapper.DefaultTyping.EVERYTHING)) {
            for (JsonTypeInfo.As as : List.of(JsonTypeInfo.As.WRAPPER_ARRAY, JsonTypeInfo.As.PROPERTY,
                    JsonTypeInfo.As.WRAPPER_OBJECT)) {
                for (DeadlineModule module : List.of(new DeadlineModule(), DeadlineModule.chinese())) {
                    ObjectMapper typed = new ObjectMapper().registerModule(module)
                            .activateDefaultTyping(DEADLINES_ONLY, typing, as);
                    String json = typed.writeValueAsString(new ArrayList<>(SAMPLES));
                    List<Object> back = typed.readValue(json, new TypeReference<List<Object>>() { });
                    assertThat(back).as(typing + " " + as + " " + json).isEqualTo(SAMPLES);
                }
            }
        }
        ObjectMapper typed = new ObjectMapper().registerModule(new DeadlineModule())
                .activateDefaultTyping(DEADLINES_ONLY, ObjectMapper.DefaultTyping.NON_FINAL);
        assertThat(typed.writerFor(Deadline.class).writeValueAsString(Deadline.parse("印发后3个工作日内")))
                .isEqualTo("[\"dev.shixian.deadline.AfterEvent\",\"3 working days after issuance\"]");
        assertThat(typed.readValue("[\"dev.shixian.deadline.AfterEvent\",\"印发后3个工作日内\"]", Deadline.class))
                .isEqualTo(Deadline.parse("3 working days after issuance"));
    }

    /** A value with deadline properties typed by annotation. */
    public static final class Holder {
        /** A deadline with its class as type id. */
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@type")
        public final Deadline deadline;
        /** Any value, a deadline here, with its simple name as type id. */
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
        @JsonSubTypes(@JsonSubTypes.Type(value = Recurring.class, name = "Recurring"))
        public final Object other;

        /**
         * A holder.
         *
         * @param deadline  the deadline
         * @param other  the other value
         */
        @JsonCreator
        public Holder(@JsonProperty("deadline") Deadline deadline, @JsonProperty("other") Object other) {
            this.deadline = deadline;
            this.other = other;
        }
    }

    @Test
    void propertyAnnotatedWithJsonTypeInfo() throws Exception {
        Holder h = new Holder(Deadline.parse("印发后3个工作日内"), Deadline.parse("每季度一次"));
        String json = mapper.writeValueAsString(h);
        assertThat(json).isEqualTo("{\"deadline\":[\"dev.shixian.deadline.AfterEvent\",\"3 working days after "
                + "issuance\"],\"other\":{\"Recurring\":\"quarterly\"}}");
        Holder back = mapper.readValue(json, Holder.class);
        assertThat(back.deadline).isInstanceOf(AfterEvent.class).isEqualTo(h.deadline);
        assertThat(back.other).isEqualTo(h.other);
        ObjectMapper chinese = new ObjectMapper().registerModule(DeadlineModule.chinese());
        String zh = chinese.writeValueAsString(h);
        assertThat(zh).isEqualTo("{\"deadline\":[\"dev.shixian.deadline.AfterEvent\",\"印发后3个工作日内\"],"
                + "\"other\":{\"Recurring\":\"每季度一次\"}}");
        Holder fromZh = mapper.readValue(zh, Holder.class);
        assertThat(fromZh.deadline).isEqualTo(h.deadline);
        assertThat(fromZh.other).isEqualTo(h.other);
    }
}
