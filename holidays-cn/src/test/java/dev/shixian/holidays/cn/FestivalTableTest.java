package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The festival table {@code festivals.txt}: its shape, its agreement with lunar-java (its source), with an
 * independent computation ({@link LunisolarRules} on {@link Astronomy}), and with published dates.
 */
class FestivalTableTest {

  static final String RESOURCE = "festivals.txt";
  static final int FIRST_YEAR = 2004;
  static final int LAST_YEAR = 2100;

  /**
   * Minutes by which the independent computation moves every instant either way. A date that changes
   * under the move hangs on an instant within that much of Beijing midnight, closer than the computation
   * (ΔT extrapolated to 2100 above all) can settle; such dates are pinned below.
   */
  static final double MARGIN_MINUTES = 15;

  record Row(int year, LocalDate chunjie, LocalDate qingming, LocalDate duanwu, LocalDate zhongqiu) {}

  enum Festival {
    CHUNJIE(Row::chunjie, LunisolarRules.Festivals::chunjie, LunisolarRules.Festivals::chunjieNewMoon),
    QINGMING(Row::qingming, LunisolarRules.Festivals::qingming, LunisolarRules.Festivals::qingmingTerm),
    DUANWU(Row::duanwu, LunisolarRules.Festivals::duanwu, LunisolarRules.Festivals::duanwuNewMoon),
    ZHONGQIU(Row::zhongqiu, LunisolarRules.Festivals::zhongqiu, LunisolarRules.Festivals::zhongqiuNewMoon);

    final Function<Row, LocalDate> inTable;
    final Function<LunisolarRules.Festivals, LocalDate> computed;
    /** The new moon beginning the lunar month, or for 清明 the instant of the term. */
    final Function<LunisolarRules.Festivals, LocalDateTime> governingInstant;

    Festival(Function<Row, LocalDate> inTable, Function<LunisolarRules.Festivals, LocalDate> computed,
        Function<LunisolarRules.Festivals, LocalDateTime> governingInstant) {
      this.inTable = inTable;
      this.computed = computed;
      this.governingInstant = governingInstant;
    }
  }

  // ------------------------------------------------------------------ the table

  private static final Pattern DATA_LINE = Pattern.compile("\\d{4}( \\d{2}-\\d{2}){4}");

  private static List<String> lines() {
    try (InputStream in = FestivalTableTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s", RESOURCE).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> dataLines() {
    return lines().stream().filter(l -> !l.startsWith("#")).toList();
  }

  private static List<Row> table() {
    List<Row> rows = new ArrayList<>();
    for (String line : dataLines()) {
      String[] f = line.split(" ");
      int year = Integer.parseInt(f[0]);
      rows.add(new Row(year, date(year, f[1]), date(year, f[2]), date(year, f[3]), date(year, f[4])));
    }
    return rows;
  }

  private static LocalDate date(int year, String monthDay) {
    return MonthDay.parse("--" + monthDay).atYear(year); // throws on an invalid month-day
  }

  static Stream<Row> rows() {
    return table().stream();
  }

  // ------------------------------------------------------------------ a. shape and plausibility

  @Test
  void headerDocumentsSourceTimeZoneAndColumns() {
    String header = lines().stream().filter(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
    assertThat(header)
        .contains("cn.6tail:lunar:1.6.3", "寿星天文历", "Beijing time (UTC+8)",
            "农历正月初一", "15 degrees", "农历五月初五", "农历八月十五")
        .endsWith("# year  chunjie  qingming  duanwu  zhongqiu");
  }

  @Test
  void everyLineIsACommentOrAYearAndFourMonthDays() {
    List<String> lines = lines();
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(l -> assertThat(l.startsWith("#") || DATA_LINE.matcher(l).matches())
        .as("line '%s'", l).isTrue());
    // comments only as a header, above the data
    int firstData = lines.indexOf(dataLines().get(0));
    assertThat(lines.subList(firstData, lines.size())).noneMatch(l -> l.startsWith("#"));
  }

  @Test
  void everyYearFrom2004Through2100OnceInOrder() {
    assertThat(table()).extracting(Row::year)
        .containsExactlyElementsOf(IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void datesArePlausible(Row row) {
    int y = row.year();
    assertThat(row.chunjie()).isBetween(LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20));
    assertThat(row.qingming()).isBetween(LocalDate.of(y, 4, 4), LocalDate.of(y, 4, 6));
    assertThat(row.duanwu()).isBetween(LocalDate.of(y, 5, 27), LocalDate.of(y, 6, 25));
    assertThat(row.zhongqiu()).isBetween(LocalDate.of(y, 9, 7), LocalDate.of(y, 10, 8));
    // 五月初五 is 4 lunar months (5 with a leap month) and 4 days after 正月初一; 八月十五 7 (8) months and 14 days.
    assertThat(ChronoUnit.DAYS.between(row.chunjie(), row.duanwu())).isBetween(4L * 29 + 4, 5L * 30 + 4);
    assertThat(ChronoUnit.DAYS.between(row.chunjie(), row.zhongqiu())).isBetween(7L * 29 + 14, 8L * 30 + 14);
    // whole lunar months between 端午 and 中秋: 3 (or 4 with a leap month) months plus 10 days
    assertThat(ChronoUnit.DAYS.between(row.duanwu(), row.zhongqiu())).isBetween(3L * 29 + 10, 4L * 30 + 10);
  }

  // ------------------------------------------------------------------ b. lunar-java

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void agreesWithLunarJava(Row row) {
    int y = row.year();
    Lunar firstDay = Lunar.fromYmd(y, 1, 1);
    assertThat(row.chunjie()).isEqualTo(toDate(firstDay.getSolar()));
    assertThat(row.qingming()).isEqualTo(toDate(firstDay.getJieQiTable().get("清明")));
    assertThat(row.duanwu()).isEqualTo(toDate(Lunar.fromYmd(y, 5, 5).getSolar()));
    assertThat(row.zhongqiu()).isEqualTo(toDate(Lunar.fromYmd(y, 8, 15).getSolar()));
    // 除夕 is the last day of the twelfth month
    Lunar eve = Solar.fromYmd(y, row.chunjie().getMonthValue(), row.chunjie().getDayOfMonth()).next(-1).getLunar();
    assertThat(Math.abs(eve.getMonth())).isEqualTo(12);
    assertThat(eve.getYear()).isEqualTo(y - 1);
  }

  private static LocalDate toDate(Solar solar) {
    return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
  }

  // ------------------------------------------------------------------ c. independent computation

  /** A date that the independent computation cannot settle, with the instant it hangs on. */
  record Pinned(int year, Festival festival, LocalDate date, LocalDateTime instant, String note) {
    @Override
    public String toString() {
      return year + " " + festival + " " + date + " (" + note + ")";
    }
  }

  /**
   * Every (year, festival) whose date hangs on an instant within {@link #MARGIN_MINUTES} of Beijing
   * midnight, by the independent computation. Instants are Beijing time, to the minute.
   */
  static final List<Pinned> PINNED = List.of(
      new Pinned(2007, Festival.CHUNJIE, LocalDate.of(2007, 2, 18),
          LocalDateTime.of(2007, 2, 18, 0, 14), "new moon 00:14 on 02-18"),
      new Pinned(2013, Festival.DUANWU, LocalDate.of(2013, 6, 12),
          LocalDateTime.of(2013, 6, 8, 23, 56), "fifth month's new moon 23:56 on 06-08"),
      new Pinned(2027, Festival.CHUNJIE, LocalDate.of(2027, 2, 6),
          LocalDateTime.of(2027, 2, 6, 23, 56), "new moon 23:56 on 02-06"),
      new Pinned(2030, Festival.CHUNJIE, LocalDate.of(2030, 2, 3),
          LocalDateTime.of(2030, 2, 3, 0, 7), "new moon 00:07 on 02-03"),
      new Pinned(2034, Festival.ZHONGQIU, LocalDate.of(2034, 9, 27),
          LocalDateTime.of(2034, 9, 13, 0, 14), "eighth month's new moon 00:14 on 09-13"),
      new Pinned(2071, Festival.QINGMING, LocalDate.of(2071, 4, 5),
          LocalDateTime.of(2071, 4, 5, 0, 10), "清明 00:10 on 04-05"),
      new Pinned(2089, Festival.ZHONGQIU, LocalDate.of(2089, 9, 18),
          LocalDateTime.of(2089, 9, 4, 23, 58), "eighth month's new moon 23:58 on 09-04"),
      new Pinned(2098, Festival.ZHONGQIU, LocalDate.of(2098, 9, 9),
          LocalDateTime.of(2098, 8, 26, 23, 52), "eighth month's new moon 23:52 on 08-26"),
      new Pinned(2099, Festival.DUANWU, LocalDate.of(2099, 6, 23),
          LocalDateTime.of(2099, 6, 19, 0, 10), "fifth month's new moon 00:10 on 06-19"));

  /** The independent computation of each year, unshifted and moved early and late by the margin. */
  private static final Map<Integer, LunisolarRules.Festivals[]> COMPUTED = new TreeMap<>();

  private static synchronized LunisolarRules.Festivals[] computed(int year) {
    return COMPUTED.computeIfAbsent(year, y -> new LunisolarRules.Festivals[] {
        LunisolarRules.festivals(y, 0),
        LunisolarRules.festivals(y, -MARGIN_MINUTES),
        LunisolarRules.festivals(y, MARGIN_MINUTES)});
  }

  private static boolean isPinned(int year, Festival festival) {
    return PINNED.stream().anyMatch(p -> p.year() == year && p.festival() == festival);
  }

  static Stream<Arguments> unpinnedCases() {
    return rows().flatMap(row -> Stream.of(Festival.values())
        .filter(f -> !isPinned(row.year(), f))
        .map(f -> Arguments.of(row.year(), f, f.inTable.apply(row))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("unpinnedCases")
  void agreesExactlyWithIndependentComputation(int year, Festival festival, LocalDate inTable) {
    LunisolarRules.Festivals[] c = computed(year);
    assertThat(festival.computed.apply(c[0])).isEqualTo(inTable);
    assertThat(festival.computed.apply(c[1])).as("instants %s min earlier", MARGIN_MINUTES).isEqualTo(inTable);
    assertThat(festival.computed.apply(c[2])).as("instants %s min later", MARGIN_MINUTES).isEqualTo(inTable);
  }

  static Stream<Pinned> pinned() {
    return PINNED.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinned")
  void pinnedNearMidnightCase(Pinned pinned) {
    Row row = table().stream().filter(r -> r.year() == pinned.year()).findFirst().orElseThrow();
    assertThat(pinned.festival().inTable.apply(row)).isEqualTo(pinned.date());

    LunisolarRules.Festivals[] c = computed(pinned.year());
    Festival f = pinned.festival();
    // the instant is where the note says, and close enough to midnight to make the date ambiguous ...
    LocalDateTime instant = f.governingInstant.apply(c[0]);
    assertThat(Duration.between(pinned.instant(), instant).abs()).isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(f.computed.apply(c[1])).isNotEqualTo(f.computed.apply(c[2]));
    // ... and the pinned date is one of the two the computation allows
    assertThat(pinned.date()).isIn(f.computed.apply(c[1]), f.computed.apply(c[2]));
  }

  @Test
  void pinnedCasesAreExactlyTheAmbiguousOnes() {
    Set<String> ambiguous = new TreeSet<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      LunisolarRules.Festivals[] c = computed(y);
      for (Festival f : Festival.values()) {
        if (!f.computed.apply(c[1]).equals(f.computed.apply(c[2]))) {
          ambiguous.add(y + " " + f);
        }
      }
    }
    assertThat(ambiguous).containsExactlyInAnyOrderElementsOf(
        PINNED.stream().map(p -> p.year() + " " + p.festival()).toList());
  }

  @Test
  void independentInstantsMatchPublishedOnes() {
    // the new moon of 2027-02-06 (annular eclipse) at 15:56 UTC, i.e. 23:56 Beijing time
    LocalDateTime newMoon2027 = computed(2027)[0].chunjieNewMoon();
    assertThat(Duration.between(LocalDateTime.of(2027, 2, 6, 23, 56), newMoon2027).toSeconds())
        .isCloseTo(0L, within(60L));
    // 清明 2024 at 15:02 Beijing time on 04-04
    LocalDateTime qingming2024 = computed(2024)[0].qingmingTerm();
    assertThat(Duration.between(LocalDateTime.of(2024, 4, 4, 15, 2), qingming2024).toSeconds())
        .isCloseTo(0L, within(60L));
  }

  // ------------------------------------------------------------------ d. pinned and published dates

  @Test
  void chunjie2027IsFebruary6NotFebruary7() {
    Row row2027 = table().stream().filter(r -> r.year() == 2027).findFirst().orElseThrow();
    assertThat(row2027.chunjie()).isEqualTo(LocalDate.of(2027, 2, 6));
  }

  static Stream<Arguments> publishedDates() {
    return Stream.of(
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2004, 1, 22)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2008, 2, 7)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2020, 1, 25)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2021, 2, 12)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2022, 2, 1)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2023, 1, 22)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2024, 2, 10)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2025, 1, 29)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2026, 2, 17)),
        Arguments.of(Festival.CHUNJIE, LocalDate.of(2027, 2, 6)),
        Arguments.of(Festival.QINGMING, LocalDate.of(2024, 4, 4)),
        Arguments.of(Festival.QINGMING, LocalDate.of(2025, 4, 4)),
        Arguments.of(Festival.QINGMING, LocalDate.of(2026, 4, 5)),
        Arguments.of(Festival.DUANWU, LocalDate.of(2023, 6, 22)),
        Arguments.of(Festival.DUANWU, LocalDate.of(2024, 6, 10)),
        Arguments.of(Festival.DUANWU, LocalDate.of(2025, 5, 31)),
        Arguments.of(Festival.ZHONGQIU, LocalDate.of(2023, 9, 29)),
        Arguments.of(Festival.ZHONGQIU, LocalDate.of(2024, 9, 17)),
        Arguments.of(Festival.ZHONGQIU, LocalDate.of(2025, 10, 6)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("publishedDates")
  void agreesWithPublishedDates(Festival festival, LocalDate published) {
    Row row = table().stream().filter(r -> r.year() == published.getYear()).findFirst().orElseThrow();
    assertThat(festival.inTable.apply(row)).isEqualTo(published);
  }
}
