package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shixian.calendar.DayKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Cross-checks the project's own notice data against the public holiday-cn data set (one JSON file per year, found
 * by {@link ReferenceData}), for every date 2007-01-01..2026-12-31. The data set is not part of the project: when it
 * is absent, every test here is reported as skipped, with {@link ReferenceData#SKIP_REASON} as the reason.
 */
@EnabledIf(value = "dev.shixian.holidays.cn.ReferenceData#present", disabledReason = ReferenceData.SKIP_REASON)
class ReferenceCrossCheckTest {

    private static Path folder;
    private static final Set<LocalDate> OFF = new HashSet<>();
    private static final Set<LocalDate> WORK = new HashSet<>();

    @BeforeAll
    static void readReference() throws IOException {
        folder = ReferenceData.holidayCnFolder()
                .orElseThrow(() -> new IllegalStateException(ReferenceData.SKIP_REASON));
        ObjectMapper mapper = new ObjectMapper();
        for (int year = 2007; year <= 2026; year++) {
            JsonNode root = mapper.readTree(folder.resolve(year + ".json").toFile());
            for (JsonNode day : root.get("days")) {
                LocalDate date = LocalDate.parse(day.get("date").asText());
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
                        || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (day.get("isOffDay").asBoolean()) {
                    OFF.add(date);
                } else if (weekend) {
                    // holiday-cn also lists 2020-02-03, a Monday, as a working day: it is one anyway
                    WORK.add(date);
                }
            }
        }
    }

    @Test
    void everyDateAgreesOnWorkingAndAdjustedWorkingDays() {
        ChinaCalendar china = ChinaCalendar.official();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (LocalDate d = LocalDate.of(2007, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = WORK.contains(d) || (!weekend && !OFF.contains(d));
            if (china.isWorkingDay(d) != working) {
                mismatches.add(d + " working=" + china.isWorkingDay(d) + " reference=" + working);
            }
            if ((china.dayKind(d) == DayKind.ADJUSTED_WORKDAY) != WORK.contains(d)) {
                mismatches.add(d + " kind=" + china.dayKind(d) + " reference adjusted=" + WORK.contains(d));
            }
            if (OFF.contains(d) && china.dayKind(d) != DayKind.HOLIDAY) {
                mismatches.add(d + " kind=" + china.dayKind(d) + " but the reference lists it as a day off");
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7305);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theJsonLoaderReadsTheReferenceToTheSameCalendar() {
        // 2004–2006 from the project's own data (the reference has none; 2007.json names 2006-12-30), the rest
        // from holiday-cn's JSON
        ChinaCalendar.Builder builder = ChinaCalendar.builder();
        ChinaCalendar.official().notices().stream().filter(n -> n.year().getValue() < 2007)
                .forEach(builder::addNotice);
        for (int year = 2007; year <= 2026; year++) {
            builder.addNotices(folder.resolve(year + ".json"));
        }
        ChinaCalendar fromJson = builder.build();
        ChinaCalendar china = ChinaCalendar.official();
        assertThat(fromJson.coverage()).isEqualTo(china.coverage());
        for (LocalDate d = LocalDate.of(2007, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            assertThat(fromJson.isWorkingDay(d)).as("%s", d).isEqualTo(china.isWorkingDay(d));
        }
        assertThat(fromJson.notice(LocalDate.of(2021, 10, 9)).map(HolidayNotice::source).orElseThrow())
                .contains("2021.json").contains("gov.cn");
    }

    @Test
    void daysBeforeTheFirstNoticeYearAreRefused() {
        assertThatThrownBy(() -> ChinaCalendar.builder().addNotices(folder.resolve("2007.json")).build())
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2007.json")
                .hasMessageContaining("2006-12-30")
                .hasMessageContaining("add the notice for 2006");
    }

    @Test
    void anEmptyYearIsRefused() {
        assertThatThrownBy(() -> ChinaCalendar.official().withNotices(folder.resolve("2027.json")))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("2027.json")
                .hasMessageContaining("$.days")
                .hasMessageContaining("lists no days");
    }
}
