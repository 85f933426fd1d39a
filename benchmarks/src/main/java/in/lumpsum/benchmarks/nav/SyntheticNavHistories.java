package in.lumpsum.benchmarks.nav;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Deterministic NAV histories for benchmarks: many schemes over the same business-day calendar.
 *
 * <p>The calendar runs Monday to Friday from 2014-01-01 for {@code years} years, less 12 seeded market
 * holidays a year: about 249 NAV dates a year. Each scheme is a seeded geometric random walk, its
 * first NAV log-uniform between 10 and 5,000 rupees, published at 4 decimals. Schemes follow the
 * rough make-up of AMFI's list:
 *
 * <ul>
 *   <li>55% equity: daily volatility 0.9% to 1.5%, drift 12% a year;
 *   <li>15% hybrid: daily volatility 0.4% to 0.7%, drift 10% a year;
 *   <li>20% debt: daily volatility 0.05% to 0.2%, drift 7% a year;
 *   <li>10% liquid: accrual of 6.5% a year for each calendar day (weekends included), volatility
 *       0.002%.
 * </ul>
 *
 * <p>The same seed always gives the same NAVs. The walk uses {@code double}s to make test data only;
 * every NAV is rounded once to 4 decimals and held as an exact scaled integer.
 */
final class SyntheticNavHistories {

  /** The kind of scheme, which sets its volatility and drift. */
  enum Category {
    EQUITY, HYBRID, DEBT, LIQUID
  }

  /** The seed of all benchmark data. */
  static final long SEED = 20_161_231L;

  /** NAV decimals. */
  static final int SCALE = 4;

  private final int[] days;
  private final long[][] unscaled;
  private final Category[] categories;

  private SyntheticNavHistories(int[] days, long[][] unscaled, Category[] categories) {
    this.days = days;
    this.unscaled = unscaled;
    this.categories = categories;
  }

  /**
   * Generates the histories.
   *
   * @param schemes the number of schemes
   * @param years the number of calendar years from 2014-01-01
   * @param seed the random seed
   * @return the histories
   */
  static SyntheticNavHistories generate(int schemes, int years, long seed) {
    int[] days = businessDays(LocalDate.of(2014, 1, 1), years, seed);
    long[][] unscaled = new long[schemes][];
    Category[] categories = new Category[schemes];
    // One split generator a scheme: java.util.Random seeded with consecutive numbers would give
    // correlated first draws, and so nearly the same category to every scheme.
    SplittableRandom schemeSeeds = new SplittableRandom(seed);
    for (int s = 0; s < schemes; s++) {
      SplittableRandom random = schemeSeeds.split();
      double u = random.nextDouble();
      Category category = u < 0.55 ? Category.EQUITY
          : u < 0.70 ? Category.HYBRID
          : u < 0.90 ? Category.DEBT
          : Category.LIQUID;
      double v = random.nextDouble();
      double sigma = switch (category) {
        case EQUITY -> 0.009 + 0.006 * v;
        case HYBRID -> 0.004 + 0.003 * v;
        case DEBT -> 0.0005 + 0.0015 * v;
        case LIQUID -> 0.00002;
      };
      double annualDrift = switch (category) {
        case EQUITY -> 0.12;
        case HYBRID -> 0.10;
        case DEBT -> 0.07;
        case LIQUID -> 0.065;
      };
      double nav = Math.exp(Math.log(10) + random.nextDouble() * Math.log(5000.0 / 10));
      long[] values = new long[days.length];
      for (int i = 0; i < days.length; i++) {
        if (i > 0) {
          // Liquid funds accrue every calendar day; market-linked funds move once a trading day.
          double drift = category == Category.LIQUID
              ? annualDrift / 365 * (days[i] - days[i - 1])
              : annualDrift / 249;
          nav *= Math.exp(drift + sigma * random.nextGaussian());
        }
        values[i] = Math.max(1, Math.round(nav * 10_000));
      }
      unscaled[s] = values;
      categories[s] = category;
    }
    return new SyntheticNavHistories(days, unscaled, categories);
  }

  /** Monday to Friday from {@code start} for {@code years} years, less 12 seeded holidays a year. */
  private static int[] businessDays(LocalDate start, int years, long seed) {
    LocalDate end = start.plusYears(years);
    Random random = new Random(seed);
    BitSet holidays = new BitSet();
    for (LocalDate year = start; year.isBefore(end); year = year.plusYears(1)) {
      int taken = 0;
      while (taken < 12) {
        LocalDate day = year.plusDays(random.nextInt(365));
        int offset = (int) (day.toEpochDay() - start.toEpochDay());
        if (day.isBefore(end) && !isWeekend(day) && !holidays.get(offset)) {
          holidays.set(offset);
          taken++;
        }
      }
    }
    List<Integer> days = new ArrayList<>();
    for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
      int offset = (int) (day.toEpochDay() - start.toEpochDay());
      if (!isWeekend(day) && !holidays.get(offset)) {
        days.add((int) day.toEpochDay());
      }
    }
    return days.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  int schemes() {
    return unscaled.length;
  }

  int pointsPerScheme() {
    return days.length;
  }

  long totalPoints() {
    return (long) days.length * unscaled.length;
  }

  int firstDay() {
    return days[0];
  }

  int lastDay() {
    return days[days.length - 1];
  }

  Category category(int scheme) {
    return categories[scheme];
  }

  /** The points of one scheme, oldest first. */
  List<NavPoint> points(int scheme) {
    long[] values = unscaled[scheme];
    List<NavPoint> points = new ArrayList<>(days.length);
    for (int i = 0; i < days.length; i++) {
      points.add(new NavPoint(LocalDate.ofEpochDay(days[i]), BigDecimal.valueOf(values[i], SCALE)));
    }
    return points;
  }

  /** The point of a scheme on or before a date, by binary search over the generated arrays. */
  Optional<NavPoint> onOrBefore(int scheme, LocalDate date) {
    int i = Arrays.binarySearch(days, (int) Math.max(Integer.MIN_VALUE, date.toEpochDay()));
    int floor = i >= 0 ? i : -i - 2;
    return floor < 0
        ? Optional.empty()
        : Optional.of(new NavPoint(LocalDate.ofEpochDay(days[floor]),
            BigDecimal.valueOf(unscaled[scheme][floor], SCALE)));
  }

  /** The baseline: a {@code TreeMap} with a new {@code LocalDate} and {@code BigDecimal} a point. */
  TreeMap<LocalDate, BigDecimal> treeMap(int scheme) {
    TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
    for (NavPoint point : points(scheme)) {
      map.put(point.date(), point.nav());
    }
    return map;
  }

  /** The compact series of one scheme. */
  NavSeries series(int scheme) {
    return NavSeries.of(points(scheme));
  }
}
