package dev.shixian.holidays.cn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The festival dates of one Gregorian year from the rules of the Chinese calendar (GB/T 33661-2017) applied
 * to the instants of {@link Astronomy}, for {@link FestivalTableTest}.
 *
 * <p>A month begins on the Beijing-time day of a new moon; the month containing 冬至 (longitude 270°) is
 * month 11; in a sui (冬至 to 冬至) of 13 months the first month containing no principal term (中气,
 * longitudes multiple of 30°) is the leap month and takes the number of the month before it. 清明 is the day
 * the Sun's apparent longitude reaches 15°.
 *
 * <p>Every instant is moved by {@code shiftMinutes} before its Beijing date is taken, so that a caller can
 * see which results hang on an instant close to midnight.
 */
final class LunisolarRules {

  /** The computed dates, and the Beijing-time instants (unshifted) of the events that fix them. */
  record Festivals(int year, LocalDate chunjie, LocalDate qingming, LocalDate duanwu, LocalDate zhongqiu,
      LocalDateTime chunjieNewMoon, LocalDateTime qingmingTerm, LocalDateTime duanwuNewMoon,
      LocalDateTime zhongqiuNewMoon) {}

  private LunisolarRules() {}

  static Festivals festivals(int year, double shiftMinutes) {
    double winterSolsticeBefore = Astronomy.solarTermJde(270,
        Astronomy.julianDay(LocalDate.of(year - 1, 12, 22)));
    double winterSolsticeAfter = Astronomy.solarTermJde(270,
        Astronomy.julianDay(LocalDate.of(year, 12, 22)));

    // The twelve principal terms from 冬至 of year - 1 up to and including 冬至 of year.
    List<LocalDate> principalTerms = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      double jde = i == 0 ? winterSolsticeBefore
          : i == 12 ? winterSolsticeAfter
          : Astronomy.solarTermJde(270 + 30 * i, winterSolsticeBefore + i * Astronomy.TROPICAL_YEAR / 12);
      principalTerms.add(date(jde, shiftMinutes));
    }

    // New moons from well before the first 冬至 to well after the second.
    int firstK = Astronomy.lunationNear(winterSolsticeBefore) - 2;
    List<Double> newMoonJdes = new ArrayList<>();
    List<LocalDate> newMoons = new ArrayList<>();
    for (int k = firstK; k <= firstK + 17; k++) {
      double jde = Astronomy.newMoonJde(k);
      newMoonJdes.add(jde);
      newMoons.add(date(jde, shiftMinutes));
    }

    int month11 = lastNewMoonOnOrBefore(newMoons, principalTerms.get(0));
    int nextMonth11 = lastNewMoonOnOrBefore(newMoons, principalTerms.get(12));
    int monthsInSui = nextMonth11 - month11;
    if (monthsInSui != 12 && monthsInSui != 13) {
      throw new IllegalStateException(year + ": sui of " + monthsInSui + " months");
    }
    int leap = -1;
    if (monthsInSui == 13) {
      for (int i = month11 + 1; i < nextMonth11; i++) {
        if (!containsPrincipalTerm(newMoons.get(i), newMoons.get(i + 1), principalTerms)) {
          leap = i;
          break;
        }
      }
      if (leap < 0) {
        throw new IllegalStateException(year + ": 13 months but none without a principal term");
      }
    }

    int[] startOfMonth = new int[13]; // index of the new moon starting (non-leap) month n
    int number = 11;
    for (int i = month11 + 1; i < nextMonth11; i++) {
      if (i != leap) {
        number = number % 12 + 1;
        startOfMonth[number] = i;
      }
    }
    double qingmingJde = Astronomy.solarTermJde(15, Astronomy.julianDay(LocalDate.of(year, 4, 5)));
    int m1 = startOfMonth[1];
    int m5 = startOfMonth[5];
    int m8 = startOfMonth[8];
    return new Festivals(year,
        newMoons.get(m1), date(qingmingJde, shiftMinutes),
        newMoons.get(m5).plusDays(4), newMoons.get(m8).plusDays(14),
        Astronomy.beijingTime(newMoonJdes.get(m1), 0), Astronomy.beijingTime(qingmingJde, 0),
        Astronomy.beijingTime(newMoonJdes.get(m5), 0), Astronomy.beijingTime(newMoonJdes.get(m8), 0));
  }

  private static LocalDate date(double jde, double shiftMinutes) {
    return Astronomy.beijingTime(jde, shiftMinutes).toLocalDate();
  }

  private static int lastNewMoonOnOrBefore(List<LocalDate> newMoons, LocalDate day) {
    int found = -1;
    for (int i = 0; i < newMoons.size() && !newMoons.get(i).isAfter(day); i++) {
      found = i;
    }
    if (found <= 0 || found == newMoons.size() - 1) {
      throw new IllegalStateException("new moons do not bracket " + day);
    }
    return found;
  }

  private static boolean containsPrincipalTerm(LocalDate start, LocalDate nextStart, List<LocalDate> terms) {
    return terms.stream().anyMatch(d -> !d.isBefore(start) && d.isBefore(nextStart));
  }
}
