package dev.shixian.holidays.cn;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Precise instants of new moons and solar terms, written for {@link FestivalTableTest} as a computation
 * independent of the festival table and of lunar-java.
 *
 * <p>New moons follow Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49, with all periodic terms and
 * the fourteen additional (planetary) corrections. The Sun's apparent longitude follows ch. 25 "higher
 * accuracy": the truncated VSOP87 Earth series of Appendix III, the FK5 correction, nutation in longitude
 * (the larger terms of table 22.A) and aberration. Instants are in Terrestrial Time (JDE) and are
 * converted to UT with the Espenak–Meeus ΔT polynomials, then to Beijing time (UTC+8).
 */
final class Astronomy {

  /** Julian day of 1970-01-01T00:00 UT. */
  static final double JD_UNIX_EPOCH = 2440587.5;
  static final double J2000 = 2451545.0;
  static final double MEAN_LUNATION = 29.530588861;
  static final double TROPICAL_YEAR = 365.242189;

  private Astronomy() {}

  // ---------------------------------------------------------------- new moon, Meeus ch. 49

  /** JDE (TT) of the true new moon of lunation {@code k} (integer; k = 0 is the new moon of 2000-01-06). */
  static double newMoonJde(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + MEAN_LUNATION * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
        - 0.000000058 * t4);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
        + 0.000000011 * t4);
    double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double c = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(om)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);

    double[][] planetary = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
    };
    double w = 0;
    for (int i = 0; i < planetary.length; i++) {
      double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
      w += planetary[i][2] * Math.sin(rad(arg));
    }
    return jde + c + w;
  }

  /** The lunation number k whose mean new moon is nearest to {@code jde}. */
  static int lunationNear(double jde) {
    return (int) Math.round((jde - 2451550.09766) / MEAN_LUNATION);
  }

  // ---------------------------------------------------------------- Sun, Meeus ch. 25 and App. III

  // VSOP87D Earth heliocentric longitude, truncated as in Meeus App. III: {A, B, C}, A·cos(B + C·τ), 1e-8 rad.
  private static final double[][] L0 = {
      {175347046, 0, 0}, {3341656, 4.6692568, 6283.0758500}, {34894, 4.6261, 12566.1517},
      {3497, 2.7441, 5753.3849}, {3418, 2.8289, 3.5231}, {3136, 3.6277, 77713.7715},
      {2676, 4.4181, 7860.4194}, {2343, 6.1352, 3930.2097}, {1324, 0.7425, 11506.7698},
      {1273, 2.0371, 529.6910}, {1199, 1.1096, 1577.3435}, {990, 5.233, 5884.927},
      {902, 2.045, 26.298}, {857, 3.508, 398.149}, {780, 1.179, 5223.694}, {753, 2.533, 5507.553},
      {505, 4.583, 18849.228}, {492, 4.205, 775.523}, {357, 2.920, 0.067}, {317, 5.849, 11790.629},
      {284, 1.899, 796.298}, {271, 0.315, 10977.079}, {243, 0.345, 5486.778}, {206, 4.806, 2544.314},
      {205, 1.869, 5573.143}, {202, 2.458, 6069.777}, {156, 0.833, 213.299}, {132, 3.411, 2942.463},
      {126, 1.083, 20.775}, {115, 0.645, 0.980}, {103, 0.636, 4694.003}, {102, 0.976, 15720.839},
      {102, 4.267, 7.114}, {99, 6.21, 2146.17}, {98, 0.68, 155.42}, {86, 5.98, 161000.69},
      {85, 1.30, 6275.96}, {85, 3.67, 71430.70}, {80, 1.81, 17260.15}, {79, 3.04, 12036.46},
      {75, 1.76, 5088.63}, {74, 3.50, 3154.69}, {74, 4.68, 801.82}, {70, 0.83, 9437.76},
      {62, 3.98, 8827.39}, {61, 1.82, 7084.90}, {57, 2.78, 6286.60}, {56, 4.39, 14143.50},
      {56, 3.47, 6279.55}, {52, 0.19, 12139.55}, {52, 1.33, 1748.02}, {51, 0.28, 5856.48},
      {49, 0.49, 1194.45}, {41, 5.37, 8429.24}, {41, 2.40, 19651.05}, {39, 6.17, 10447.39},
      {37, 6.04, 10213.29}, {37, 2.57, 1059.38}, {36, 1.71, 2352.87}, {36, 1.78, 6812.77},
      {33, 0.59, 17789.85}, {30, 0.44, 83996.85}, {30, 2.74, 1349.87}, {25, 3.16, 4690.48},
  };
  private static final double[][] L1 = {
      {628331966747.0, 0, 0}, {206059, 2.678235, 6283.07585}, {4303, 2.6351, 12566.1517},
      {425, 1.590, 3.523}, {119, 5.796, 26.298}, {109, 2.966, 1577.344}, {93, 2.59, 18849.23},
      {72, 1.14, 529.69}, {68, 1.87, 398.15}, {67, 4.41, 5507.55}, {59, 2.89, 5223.69},
      {56, 2.17, 155.42}, {45, 0.40, 796.30}, {36, 0.47, 775.52}, {29, 2.65, 7.11}, {21, 5.34, 0.98},
      {19, 1.85, 5486.78}, {19, 4.97, 213.30}, {17, 2.99, 6275.96}, {16, 0.03, 2544.31},
      {16, 1.43, 2146.17}, {15, 1.21, 10977.08}, {12, 2.83, 1748.02}, {12, 3.26, 5088.63},
      {12, 5.27, 1194.45}, {12, 2.08, 4694.00}, {11, 0.77, 553.57}, {10, 1.30, 6286.60},
      {10, 4.24, 1349.87}, {9, 2.70, 242.73}, {9, 5.64, 951.72}, {8, 5.30, 2352.87},
      {6, 2.65, 9437.76}, {6, 4.67, 4690.48},
  };
  private static final double[][] L2 = {
      {52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152}, {27, 0.05, 3.52},
      {16, 5.19, 26.30}, {16, 3.68, 155.42}, {10, 0.76, 18849.23}, {9, 2.06, 77713.77},
      {7, 0.83, 775.52}, {5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14}, {3, 5.14, 796.30},
      {3, 6.05, 5507.55}, {3, 1.19, 242.73}, {3, 6.12, 529.69}, {3, 0.31, 398.15}, {3, 2.28, 553.57},
      {2, 4.38, 5223.69}, {2, 3.75, 0.98},
  };
  private static final double[][] L3 = {
      {289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15}, {3, 5.20, 155.42}, {1, 4.72, 3.52},
      {1, 5.30, 18849.23}, {1, 5.97, 242.73},
  };
  private static final double[][] L4 = {{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15}};
  private static final double[][] L5 = {{1, 3.14, 0}};
  // Radius vector, the larger terms (only the aberration, 20.4898"/R, depends on it).
  private static final double[][] R0 = {
      {100013989, 0, 0}, {1670700, 3.0984635, 6283.07585}, {13956, 3.05525, 12566.15170},
      {3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849}, {1576, 2.8469, 7860.4194},
      {925, 5.453, 11506.770}, {542, 4.564, 3930.210}, {472, 3.661, 5884.927},
  };
  private static final double[][] R1 = {{103019, 1.10749, 6283.07585}, {1721, 1.0644, 12566.1517}, {702, 3.142, 0}};
  private static final double[][] R2 = {{4359, 5.7846, 6283.0758}, {124, 5.579, 12566.152}};

  // Nutation in longitude, the terms of Meeus table 22.A down to 0.0005":
  // multiples of D, M, M', F, Ω, then the coefficient in 0.0001" and its rate per Julian century.
  private static final double[][] NUTATION = {
      {0, 0, 0, 0, 1, -171996, -174.2}, {-2, 0, 0, 2, 2, -13187, -1.6}, {0, 0, 0, 2, 2, -2274, -0.2},
      {0, 0, 0, 0, 2, 2062, 0.2}, {0, 1, 0, 0, 0, 1426, -3.4}, {0, 0, 1, 0, 0, 712, 0.1},
      {-2, 1, 0, 2, 2, -517, 1.2}, {0, 0, 0, 2, 1, -386, -0.4}, {0, 0, 1, 2, 2, -301, 0},
      {-2, -1, 0, 2, 2, 217, -0.5}, {-2, 0, 1, 0, 0, -158, 0}, {-2, 0, 0, 2, 1, 129, 0.1},
      {0, 0, -1, 2, 2, 123, 0}, {2, 0, 0, 0, 0, 63, 0}, {0, 0, 1, 0, 1, 63, 0.1},
      {2, 0, -1, 2, 2, -59, 0}, {0, 0, -1, 0, 1, -58, -0.1}, {0, 0, 1, 2, 1, -51, 0},
      {-2, 0, 2, 0, 0, 48, 0}, {0, 0, -2, 2, 1, 46, 0}, {2, 0, 0, 2, 2, -38, 0},
      {0, 0, 2, 2, 2, -31, 0}, {0, 0, 2, 0, 0, 29, 0}, {-2, 0, 1, 2, 2, 29, 0},
      {0, 0, 0, 2, 0, 26, 0}, {-2, 0, 0, 2, 0, -22, 0}, {0, 0, -1, 2, 1, 21, 0},
      {0, 2, 0, 0, 0, 17, -0.1}, {2, 0, -1, 0, 1, 16, 0}, {-2, 2, 0, 2, 2, -16, 0.1},
      {0, 1, 0, 0, 1, -15, 0}, {-2, 0, 1, 0, 1, -13, 0}, {0, -1, 0, 0, 1, -12, 0},
      {0, 0, 2, -2, 0, 11, 0}, {2, 0, -1, 2, 1, -10, 0}, {2, 0, 1, 2, 2, -8, 0},
      {0, 1, 0, 2, 2, 7, 0}, {-2, 1, 1, 0, 0, -7, 0}, {0, -1, 0, 2, 2, -7, 0},
      {2, 0, 0, 2, 1, -7, 0}, {2, 0, 1, 0, 0, 6, 0}, {-2, 0, 2, 2, 2, 6, 0},
      {-2, 0, 1, 2, 1, 6, 0}, {2, 0, -2, 0, 1, -6, 0}, {2, 0, 0, 0, 1, -6, 0},
      {0, -1, 1, 0, 0, 5, 0}, {-2, -1, 0, 2, 1, -5, 0}, {-2, 0, 0, 0, 1, -5, 0},
      {0, 0, 2, 2, 1, -5, 0},
  };

  /** Apparent geocentric ecliptic longitude of the Sun, in degrees [0, 360), at {@code jde} (TT). */
  static double apparentSolarLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double tau = t / 10;
    double l = series(tau, L0, L1, L2, L3, L4, L5) / 1e8; // radians
    double r = series(tau, R0, R1, R2) / 1e8; // AU
    double theta = Math.toDegrees(l) + 180; // geometric longitude, dynamical ecliptic and equinox of date
    // FK5 correction (Meeus 32.3): only the longitude part, -0.09033".
    theta += -0.09033 / 3600;
    double aberration = -20.4898 / 3600 / r;
    return norm360(theta + nutationInLongitude(t) + aberration);
  }

  /** Nutation in longitude Δψ in degrees, T in Julian centuries of TT from J2000. */
  static double nutationInLongitude(double t) {
    double t2 = t * t;
    double t3 = t2 * t;
    double d = 297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474;
    double m = 357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000;
    double mp = 134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250;
    double f = 93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270;
    double om = 125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000;
    double sum = 0;
    for (double[] row : NUTATION) {
      double arg = row[0] * d + row[1] * m + row[2] * mp + row[3] * f + row[4] * om;
      sum += (row[5] + row[6] * t) * Math.sin(rad(arg));
    }
    return sum * 0.0001 / 3600;
  }

  /**
   * JDE (TT) at which the Sun's apparent longitude reaches {@code longitude} degrees, the one nearest to
   * {@code guessJde} (the guess must be within a few weeks).
   */
  static double solarTermJde(double longitude, double guessJde) {
    double jde = guessJde;
    for (int i = 0; i < 30; i++) {
      double diff = norm180(longitude - apparentSolarLongitude(jde));
      double step = diff * TROPICAL_YEAR / 360;
      jde += step;
      if (Math.abs(step) < 1e-7) {
        return jde;
      }
    }
    throw new IllegalStateException("solar term did not converge: " + longitude + " near " + guessJde);
  }

  // ---------------------------------------------------------------- time scales

  /**
   * ΔT = TT − UT in seconds, Espenak–Meeus polynomials (NASA Five Millennium Canon of Solar Eclipses),
   * for the decimal year {@code y}, 1986 through 2150.
   */
  static double deltaTSeconds(double y) {
    if (y < 1986 || y > 2150) {
      throw new IllegalArgumentException("ΔT polynomial not set up for year " + y);
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }

  /** Beijing civil time (UTC+8) of the instant {@code jde} (TT), shifted by {@code shiftMinutes}. */
  static LocalDateTime beijingTime(double jde, double shiftMinutes) {
    double year = 2000 + (jde - J2000) / 365.25;
    double jdUt = jde - deltaTSeconds(year) / 86400;
    long seconds = Math.round((jdUt - JD_UNIX_EPOCH) * 86400 + 8 * 3600 + shiftMinutes * 60);
    return LocalDateTime.of(1970, 1, 1, 0, 0).plusSeconds(seconds);
  }

  /** JD (UT) of 00:00 UT on {@code date}; as a JDE it is off only by ΔT, good enough for a guess. */
  static double julianDay(LocalDate date) {
    return date.toEpochDay() + JD_UNIX_EPOCH;
  }

  // ---------------------------------------------------------------- helpers

  private static double series(double tau, double[][]... powers) {
    double total = 0;
    double tauPower = 1;
    for (double[][] terms : powers) {
      double sum = 0;
      for (double[] term : terms) {
        sum += term[0] * Math.cos(term[1] + term[2] * tau);
      }
      total += sum * tauPower;
      tauPower *= tau;
    }
    return total;
  }

  private static double rad(double degrees) {
    return Math.toRadians(norm360(degrees));
  }

  static double norm360(double degrees) {
    double d = degrees % 360;
    return d < 0 ? d + 360 : d;
  }

  static double norm180(double degrees) {
    double d = norm360(degrees);
    return d > 180 ? d - 360 : d;
  }
}
