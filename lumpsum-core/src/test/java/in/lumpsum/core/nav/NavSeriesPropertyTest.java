package in.lumpsum.core.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link NavSeries} against a {@code TreeMap<LocalDate, BigDecimal>} reference.
 *
 * <p>Series are generated from a few shapes that exercise each encoding: business days, calendar
 * days, gaps of years (spans far beyond 65,535 days), random walks, steady growth, constant NAVs and
 * NAVs of any magnitude and scale 0 to 8. Sizes run past several 128-point blocks.
 */
class NavSeriesPropertyTest {

  private static final int MIN_DAY = (int) NavPoint.MIN_DATE.toEpochDay();
  private static final int MAX_DAY = (int) NavPoint.MAX_DATE.toEpochDay();

  @Provide
  Arbitrary<List<NavPoint>> series() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700),
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, NavPoint.MAX_SCALE))
        .as(NavSeriesPropertyTest::generate);
  }

  /** A sorted list of points with unique dates; NAV scales may vary between points. */
  static List<NavPoint> generate(int size, long seed, int dateShape, int navShape, int scale) {
    Random random = new Random(seed);
    int[] gaps = new int[size];
    long span = 0;
    int n = 0;
    while (n < size) {
      int gap = switch (dateShape) {
        case 0 -> random.nextInt(5) == 0 ? 3 : random.nextInt(40) == 0 ? 2 : 1; // business days
        case 1 -> 1; // calendar days
        case 2 -> random.nextInt(10) < 8 ? 1 + random.nextInt(4) : 1 + random.nextInt(2_000);
        case 3 -> 1 + random.nextInt(30_000); // sparse: spans of tens of thousands of days
        default -> 1 + random.nextInt(70_000); // very sparse: gaps beyond 65,535 days
      };
      if (n > 0 && span + gap > MAX_DAY - MIN_DAY) {
        break;
      }
      gaps[n] = n == 0 ? 0 : gap;
      span += gaps[n];
      n++;
    }
    long day = MIN_DAY + (long) (random.nextDouble() * (MAX_DAY - MIN_DAY - span));
    long limit = BigDecimal.TEN.pow(10 + scale).longValueExact() - 1; // below NavPoint.NAV_LIMIT
    long value = Math.max(1, (long) Math.pow(10, random.nextDouble() * (4 + scale)));
    long step = 1 + random.nextInt(10_000);
    List<NavPoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      day += gaps[i];
      value = switch (navShape) {
        case 0 -> value + Math.round(value * random.nextGaussian() * 0.02); // random walk
        case 1 -> value + step; // steady growth, as a liquid fund
        case 2 -> (long) Math.pow(10, random.nextDouble() * (10 + scale)); // any magnitude
        default -> value; // constant
      };
      value = Math.min(limit, Math.max(1, value));
      BigDecimal nav = BigDecimal.valueOf(value, scale);
      if (random.nextInt(4) == 0) {
        // Some points published with fewer decimals, such as "10." among "12.3456".
        nav = nav.stripTrailingZeros();
        nav = nav.scale() < 0 ? nav.setScale(0) : nav;
      }
      points.add(new NavPoint(LocalDate.ofEpochDay(day), nav));
    }
    return points;
  }

  private static TreeMap<LocalDate, BigDecimal> reference(List<NavPoint> points) {
    TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
    for (NavPoint point : points) {
      map.put(point.date(), point.nav());
    }
    return map;
  }

  private static int maxScale(List<NavPoint> points) {
    return points.stream().mapToInt(p -> p.nav().scale()).max().orElse(0);
  }

  private static Optional<NavPoint> expected(Map.Entry<LocalDate, BigDecimal> entry, int scale) {
    return entry == null
        ? Optional.empty()
        : Optional.of(new NavPoint(entry.getKey(), entry.getValue().setScale(scale)));
  }

  private static List<LocalDate> queries(List<NavPoint> points, long seed) {
    Random random = new Random(seed);
    List<LocalDate> queries = new ArrayList<>();
    for (NavPoint point : points) {
      queries.add(point.date());
      queries.add(point.date().minusDays(1));
      queries.add(point.date().plusDays(1));
    }
    if (!points.isEmpty()) {
      long first = points.get(0).date().toEpochDay() - 40;
      long last = points.get(points.size() - 1).date().toEpochDay() + 40;
      for (int i = 0; i < 300; i++) {
        queries.add(LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first))));
      }
    }
    for (int i = 0; i < 20; i++) {
      queries.add(LocalDate.ofEpochDay(MIN_DAY - 1000 + random.nextInt(MAX_DAY - MIN_DAY + 2000)));
    }
    queries.add(LocalDate.MIN);
    queries.add(LocalDate.MAX);
    return queries;
  }

  @Property(tries = 300)
  void lookups_randomDates_matchTreeMap(@ForAll("series") List<NavPoint> points,
      @ForAll long querySeed) {
    List<NavPoint> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(querySeed));
    NavSeries series = NavSeries.of(shuffled);
    TreeMap<LocalDate, BigDecimal> reference = reference(points);
    int scale = maxScale(points);
    Map<LocalDate, Integer> indexes = new HashMap<>();
    for (int i = 0; i < points.size(); i++) {
      indexes.put(points.get(i).date(), i);
    }

    for (LocalDate date : queries(points, querySeed)) {
      Optional<NavPoint> exact = expected(
          reference.containsKey(date) ? Map.entry(date, reference.get(date)) : null, scale);
      Optional<NavPoint> before = expected(reference.floorEntry(date), scale);
      Optional<NavPoint> after = expected(reference.ceilingEntry(date), scale);

      assertThat(series.exact(date)).as("exact %s", date).isEqualTo(exact);
      assertThat(series.onOrBefore(date)).as("onOrBefore %s", date).isEqualTo(before);
      assertThat(series.onOrAfter(date)).as("onOrAfter %s", date).isEqualTo(after);
      assertThat(series.lookup(date, NavLookup.ON_OR_BEFORE)).isEqualTo(before);
      assertThat(series.indexOnOrBefore(date))
          .isEqualTo(before.map(p -> indexes.get(p.date())).orElse(-1));
      assertThat(series.indexOnOrAfter(date))
          .isEqualTo(after.map(p -> indexes.get(p.date())).orElse(-1));
      assertThat(series.indexOf(date)).isEqualTo(exact.map(p -> indexes.get(p.date())).orElse(-1));
      assertThat(series.navOnOrBeforeAsDouble(date))
          .isEqualTo(before.map(p -> p.nav().doubleValue()).orElse(Double.NaN));
    }
  }

  @Property(tries = 300)
  void toList_anyOrder_roundTripsSortedPointsAtSeriesScale(
      @ForAll("series") List<NavPoint> points, @ForAll long shuffleSeed) {
    List<NavPoint> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    int scale = maxScale(points);

    NavSeries series = NavSeries.of(shuffled);

    List<NavPoint> atScale = points.stream()
        .map(p -> new NavPoint(p.date(), p.nav().setScale(scale)))
        .toList();
    assertThat(series.scale()).isEqualTo(scale);
    assertThat(series.size()).isEqualTo(points.size());
    assertThat(series.toList()).isEqualTo(atScale);
    assertThat(series.stream().toList()).isEqualTo(atScale);
    for (int i = 0; i < points.size(); i++) {
      assertThat(series.get(i)).isEqualTo(atScale.get(i));
      assertThat(series.epochDayAt(i)).isEqualTo(points.get(i).date().toEpochDay());
      assertThat(series.unscaledNavAt(i)).isEqualTo(atScale.get(i).nav().unscaledValue().longValue());
      if (series.unscaledNavAt(i) < (1L << 53)) {
        assertThat(series.navAsDouble(i)).isEqualTo(points.get(i).nav().doubleValue());
      }
    }
    assertThat(series.firstDate()).isEqualTo(points.stream().findFirst().map(NavPoint::date));
    assertThat(NavSeries.of(series.toList())).isEqualTo(series).hasSameHashCodeAs(series);
  }

  @Property(tries = 200)
  void builder_repeatedEqualPoints_countOnce(@ForAll("series") List<NavPoint> points,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<NavPoint> withRepeats = new ArrayList<>(points);
    for (NavPoint point : points) {
      if (random.nextInt(3) == 0) {
        withRepeats.add(point);
      }
    }
    Collections.shuffle(withRepeats, random);

    assertThat(NavSeries.of(withRepeats)).isEqualTo(NavSeries.of(points));
  }

  @Property(tries = 200)
  void withPoints_upsert_matchesTreeMapPutAll(@ForAll("series") List<NavPoint> points,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<NavPoint> base = new ArrayList<>();
    List<NavPoint> updates = new ArrayList<>();
    for (NavPoint point : points) {
      switch (random.nextInt(4)) {
        case 0 -> updates.add(point); // a new date
        case 1 -> { // a corrected NAV for an existing date
          base.add(point);
          updates.add(new NavPoint(point.date(), point.nav().add(BigDecimal.ONE)
              .min(NavPoint.NAV_LIMIT.subtract(BigDecimal.ONE))));
        }
        default -> base.add(point);
      }
    }
    TreeMap<LocalDate, BigDecimal> expected = reference(base);
    expected.putAll(reference(updates));
    int scale = Math.max(maxScale(base), maxScale(updates));

    NavSeries original = NavSeries.of(base);
    NavSeries updated = original.withPoints(updates);

    assertThat(updated.scale()).isEqualTo(scale);
    assertThat(updated.toList()).isEqualTo(expected.entrySet().stream()
        .map(e -> new NavPoint(e.getKey(), e.getValue().setScale(scale)))
        .toList());
    assertThat(original.merge(NavSeries.of(updates))).isEqualTo(updated);
    assertThat(original).isEqualTo(NavSeries.of(base));
  }

  @Property(tries = 300)
  void withPoints_appendedInBatches_equalsBuildingAtOnce(@ForAll("series") List<NavPoint> points,
      @ForAll long seed) {
    Random random = new Random(seed);
    NavSeries incremental = NavSeries.empty();
    for (List<NavPoint> chunk : chunks(points, random)) {
      Collections.shuffle(chunk, random);
      incremental = incremental.withPoints(chunk);
    }
    NavSeries atOnce = NavSeries.of(points);

    assertThat(incremental).isEqualTo(atOnce);
    assertThat(incremental.hashCode()).isEqualTo(atOnce.hashCode());
    assertThat(incremental.toList()).isEqualTo(atOnce.toList());
  }

  @Property(tries = 300)
  void withPoints_batchesWithCorrectionsAndLateDates_equalBuildingAtOnce(
      @ForAll("series") List<NavPoint> points, @ForAll long seed) {
    Random random = new Random(seed);
    // Some dates arrive late, inside the history already stored.
    List<NavPoint> onTime = new ArrayList<>();
    List<NavPoint> late = new ArrayList<>();
    for (NavPoint point : points) {
      (random.nextInt(8) == 0 ? late : onTime).add(point);
    }
    NavSeries.Builder everything = NavSeries.builder().replaceDuplicates(true);
    NavSeries incremental = NavSeries.empty();
    int from = 0;
    while (from < onTime.size() || !late.isEmpty()) {
      int size = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1;
      int to = Math.min(onTime.size(), from + size);
      List<NavPoint> batch = new ArrayList<>(onTime.subList(from, to));
      from = to;
      if (!late.isEmpty() && (from == onTime.size() || random.nextInt(5) == 0)) {
        batch.add(late.remove(random.nextInt(late.size())));
      }
      if (!incremental.isEmpty() && random.nextInt(4) == 0) {
        // A correction of a stored NAV, at times with more decimals than the series has.
        NavPoint old = incremental.get(random.nextInt(incremental.size()));
        BigDecimal nav = random.nextInt(6) == 0
            ? old.nav().add(BigDecimal.valueOf(1, NavPoint.MAX_SCALE))
            : old.nav().add(BigDecimal.ONE);
        batch.add(new NavPoint(old.date(), nav.min(NavPoint.NAV_LIMIT.subtract(BigDecimal.ONE))));
      }
      Collections.shuffle(batch, random);
      incremental = incremental.withPoints(batch);
      everything.addAll(batch);
    }
    NavSeries atOnce = everything.build();

    assertThat(incremental).isEqualTo(atOnce);
    assertThat(incremental.hashCode()).isEqualTo(atOnce.hashCode());
    assertThat(incremental.scale()).isEqualTo(atOnce.scale());
    assertThat(incremental.toList()).isEqualTo(atOnce.toList());
  }

  @Property(tries = 200)
  void merge_inBatches_equalsBuildingAtOnce(@ForAll("series") List<NavPoint> points,
      @ForAll long seed) {
    NavSeries merged = NavSeries.empty();
    for (List<NavPoint> chunk : chunks(points, new Random(seed))) {
      merged = merged.merge(NavSeries.of(chunk));
    }

    assertThat(merged).isEqualTo(NavSeries.of(points));
  }

  /**
   * Cuts points into consecutive batches: mostly one point, as a daily feed; sometimes a run that
   * crosses block boundaries.
   */
  private static List<List<NavPoint>> chunks(List<NavPoint> points, Random random) {
    List<List<NavPoint>> chunks = new ArrayList<>();
    int from = 0;
    while (from < points.size()) {
      int size = random.nextInt(3) == 0 ? 1 + random.nextInt(300) : 1;
      int to = Math.min(points.size(), from + size);
      chunks.add(new ArrayList<>(points.subList(from, to)));
      from = to;
    }
    return chunks;
  }
}
