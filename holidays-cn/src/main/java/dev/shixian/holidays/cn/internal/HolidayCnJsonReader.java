package dev.shixian.holidays.cn.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.shixian.holidays.cn.HolidayDataException;
import dev.shixian.holidays.cn.HolidayNotice;
import dev.shixian.holidays.cn.NoticeDay;
import dev.shixian.internal.JsonText;
import dev.shixian.internal.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads holiday-cn's per-year JSON ({@code {year, papers, days:[{name, date, isOffDay}]}}). Fails fast with the
 * source and the line and column (syntax) or JSON path (content). A weekday listed as a working day
 * ({@code isOffDay: false}) is accepted and stays an ordinary working day: holiday-cn lists 2020-02-03, the return
 * to work after the 2020 extension, that way.
 */
public final class HolidayCnJsonReader {

    /**
     * Works with every Jackson 2.x from 2.13 (the optional dependency's oldest supported version); Jackson's own
     * message is used without its location and cut to a short window ({@link Snippet}) where it is reported.
     */
    /** Jackson before 2.14 places an unexpected character's error just after it. */
    private static final boolean OFF_BY_ONE = PackageVersion.VERSION.getMajorVersion() == 2
            && PackageVersion.VERSION.getMinorVersion() < 14;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> ROOT_FIELDS = Set.of("$schema", "$id", "year", "papers", "days");
    private static final Set<String> DAY_FIELDS = Set.of("name", "date", "isOffDay");

    private final String source;

    private HolidayCnJsonReader(String source) {
        this.source = source;
    }

    /**
     * Reads one year's notice.
     *
     * @param text  the decoded JSON text ({@link NoticeInput}), not null
     * @param source  the name of the source for messages, not null
     * @return the notice, not null
     * @throws HolidayDataException if the JSON is malformed or lists no days
     */
    public static HolidayNotice read(String text, String source) {
        return new HolidayCnJsonReader(source).readNotice(text);
    }

    /** A JSON value quoted for a message: at most a short escaped window of its text. */
    private static String quote(JsonNode node) {
        return node == null ? "nothing" : Snippet.of(node.toString());
    }

    private HolidayDataException error(String path, String reason) {
        return new HolidayDataException(source, path, reason);
    }

    /** The deepest nesting a holiday-cn file needs is 3 ({days: [{...}]}); deeper input is refused before a tree. */
    static final int MAX_DEPTH = 8;
    /** The longest number token read, in characters: longer ones are refused before Jackson converts them. */
    static final int MAX_NUMBER_LENGTH = 20;

    /**
     * Checks nesting depth and number lengths on the token stream, in time linear in the input, before any tree is
     * built: Jackson before 2.15 has no limits of its own, and deep nesting or huge numbers would cost the stack or
     * quadratic time there.
     */
    private void checkShape(String text) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw error(where(text, p), "JSON nested deeper than " + MAX_DEPTH
                                + " levels; a holiday-cn file needs 3");
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
                        && p.getTextLength() > MAX_NUMBER_LENGTH) {
                    throw error(where(text, p), "a number of " + p.getTextLength() + " characters; expected at most "
                            + MAX_NUMBER_LENGTH);
                }
            }
        }
    }

    private static String where(String text, JsonParser p) {
        return JsonText.position(text, p.getTokenLocation().getCharOffset());
    }

    private HolidayNotice readNotice(String text) {
        JsonNode root;
        try {
            checkShape(text);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long offset = JsonText.errorOffset(at == null ? -1 : at.getCharOffset(), e.getOriginalMessage(),
                    OFF_BY_ONE);
            throw new HolidayDataException(source, JsonText.where(text, offset),
                    JsonText.malformed(text, offset, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday JSON from " + source, e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw error("$", "expected a JSON object {year, papers, days}");
        }
        unknownFields(root, ROOT_FIELDS, "$");
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt() || yearNode.intValue() < 1949 || yearNode.intValue() > 2200) {
            throw error("$.year", "expected the notice's year as an integer 1949..2200 but found "
                    + quote(yearNode));
        }
        Year year = Year.of(yearNode.intValue());
        JsonNode papers = root.get("papers");
        List<String> paperUrls = new ArrayList<>();
        if (papers != null) {
            if (!papers.isArray()) {
                throw error("$.papers", "expected an array of notice addresses but found " + quote(papers));
            }
            for (int i = 0; i < papers.size(); i++) {
                if (!papers.get(i).isTextual()) {
                    throw error("$.papers[" + i + "]", "expected a string but found " + quote(papers.get(i)));
                }
                paperUrls.add(papers.get(i).textValue());
            }
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw error("$.days", "expected an array of days but found " + quote(days));
        }
        if (days.isEmpty()) {
            throw error("$.days", "the notice for " + year + " lists no days; holiday-cn publishes an empty file "
                    + "before the State Council notice appears, so there is nothing to load yet");
        }
        LocalDate earliest = HolidayNotice.earliestDay(year);
        LocalDate latest = HolidayNotice.latestDay(year);
        List<NoticeDay> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String path = "$.days[" + i + "]";
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                throw error(path, "expected an object {name, date, isOffDay} but found " + quote(day));
            }
            unknownFields(day, DAY_FIELDS, path);
            JsonNode name = day.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw error(path + ".name", "expected the holiday's name as a non-empty string but found "
                        + quote(name));
            }
            String holiday = name.textValue().strip();
            String problem = HolidayNames.problem(holiday);
            if (problem != null) {
                throw error(path + ".name", "holiday name \"" + Snippet.of(holiday) + "\" " + problem);
            }
            if (names.add(holiday) && names.size() > HolidayNotice.MAX_HOLIDAY_NAMES) {
                throw error(path + ".name", "the notice names more than " + HolidayNotice.MAX_HOLIDAY_NAMES
                        + " holidays; \"" + Snippet.of(holiday) + "\" would be one more");
            }
            JsonNode dateNode = day.get("date");
            if (dateNode == null || !dateNode.isTextual()) {
                throw error(path + ".date", "expected a date string yyyy-MM-dd but found " + quote(dateNode));
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateNode.textValue());
            } catch (DateTimeParseException e) {
                throw error(path + ".date", "expected a date yyyy-MM-dd but found " + quote(dateNode));
            }
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                throw error(path + ".date", "date " + date + " is too far from the notice's year " + year
                        + " (expected " + earliest + ".." + latest + ")");
            }
            JsonNode off = day.get("isOffDay");
            if (off == null || !off.isBoolean()) {
                throw error(path + ".isOffDay", "expected true or false but found " + quote(off));
            }
            Integer previous = seen.putIfAbsent(date, i);
            if (previous != null) {
                throw error(path + ".date", "date " + date + " is already listed at $.days[" + previous + "]");
            }
            result.add(new NoticeDay(date, off.booleanValue(), holiday));
        }
        String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        String from = paperUrls.isEmpty() ? source
                : source + " (" + Snippet.of(String.join(", ", paperUrls)) + ")";
        return HolidayNotice.of(year, title, from, result);
    }

    private void unknownFields(JsonNode node, Set<String> known, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error(JsonText.member(path, field), "unknown field; expected one of " + known);
            }
        }
    }
}
