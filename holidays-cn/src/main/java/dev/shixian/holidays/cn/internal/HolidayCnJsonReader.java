package dev.shixian.holidays.cn.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.shixian.holidays.cn.HolidayDataException;
import dev.shixian.holidays.cn.HolidayNotice;
import dev.shixian.holidays.cn.NoticeDay;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
     * @param reader  the JSON text, not null; closed by the caller
     * @param source  the name of the source for messages, not null
     * @return the notice, not null
     * @throws HolidayDataException if the JSON is malformed or lists no days
     */
    public static HolidayNotice read(Reader reader, String source) {
        return new HolidayCnJsonReader(source).readNotice(reader);
    }

    private HolidayDataException error(String path, String reason) {
        return new HolidayDataException(source, path, reason);
    }

    private HolidayNotice readNotice(Reader reader) {
        JsonNode root;
        try {
            root = MAPPER.readTree(reader);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new HolidayDataException(source, where, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday JSON from " + source, e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw error("$", "expected a JSON object {year, papers, days}");
        }
        unknownFields(root, ROOT_FIELDS, "$");
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt() || yearNode.intValue() < 1949 || yearNode.intValue() > 2200) {
            throw error("$.year", "expected the notice's year as an integer but found " + yearNode);
        }
        Year year = Year.of(yearNode.intValue());
        JsonNode papers = root.get("papers");
        List<String> paperUrls = new ArrayList<>();
        if (papers != null) {
            if (!papers.isArray()) {
                throw error("$.papers", "expected an array of notice addresses but found " + papers);
            }
            for (int i = 0; i < papers.size(); i++) {
                if (!papers.get(i).isTextual()) {
                    throw error("$.papers[" + i + "]", "expected a string but found " + papers.get(i));
                }
                paperUrls.add(papers.get(i).textValue());
            }
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw error("$.days", "expected an array of days but found " + days);
        }
        if (days.isEmpty()) {
            throw error("$.days", "the notice for " + year + " lists no days; holiday-cn publishes an empty file "
                    + "before the State Council notice appears, so there is nothing to load yet");
        }
        LocalDate earliest = LocalDate.of(year.getValue() - 1, 12, 1);
        LocalDate latest = LocalDate.of(year.getValue() + 1, 1, 31);
        List<NoticeDay> result = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String path = "$.days[" + i + "]";
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                throw error(path, "expected an object {name, date, isOffDay} but found " + day);
            }
            unknownFields(day, DAY_FIELDS, path);
            JsonNode name = day.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw error(path + ".name", "expected the holiday's name as a non-empty string but found " + name);
            }
            JsonNode dateNode = day.get("date");
            if (dateNode == null || !dateNode.isTextual()) {
                throw error(path + ".date", "expected a date string yyyy-MM-dd but found " + dateNode);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateNode.textValue());
            } catch (DateTimeParseException e) {
                throw error(path + ".date", "expected a date yyyy-MM-dd but found \"" + dateNode.textValue() + "\"");
            }
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                throw error(path + ".date", "date " + date + " is too far from the notice's year " + year
                        + " (expected " + earliest + ".." + latest + ")");
            }
            JsonNode off = day.get("isOffDay");
            if (off == null || !off.isBoolean()) {
                throw error(path + ".isOffDay", "expected true or false but found " + off);
            }
            Integer previous = seen.putIfAbsent(date, i);
            if (previous != null) {
                throw error(path + ".date", "date " + date + " is already listed at $.days[" + previous + "]");
            }
            result.add(new NoticeDay(date, off.booleanValue(), name.textValue().strip()));
        }
        String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        String from = paperUrls.isEmpty() ? source : source + " (" + String.join(", ", paperUrls) + ")";
        return HolidayNotice.of(year, title, from, result);
    }

    private void unknownFields(JsonNode node, Set<String> known, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error(path + "." + field, "unknown field; expected one of " + known);
            }
        }
    }
}
