package in.lumpsum.core.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NavSeriesTest {

  // Friday 3 June 2016 and the Monday after it.
  private static final LocalDate FRI = LocalDate.of(2016, 6, 3);
  private static final LocalDate MON = LocalDate.of(2016, 6, 6);

  private static NavPoint point(LocalDate date, String nav) {
    return NavPoint.of(date, nav);
  }

  /** Mon-Fri NAVs from a start date, growing linearly at the given scale. */
  private static List<NavPoint> businessDays(LocalDate start, int count, long firstUnscaled,
      long step, int scale) {
    List<NavPoint> points = new ArrayList<>();
    LocalDate day = start;
    long value = firstUnscaled;
    while (points.size() < count) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        points.add(new NavPoint(day, BigDecimal.valueOf(value, scale)));
        value += step;
      }
      day = day.plusDays(1);
    }
    return points;
  }

  private static void assertSameContent(NavSeries series, List<NavPoint> sortedPoints) {
    assertThat(series.size()).isEqualTo(sortedPoints.size());
    for (int i = 0; i < sortedPoints.size(); i++) {
      NavPoint expected = sortedPoints.get(i);
      assertThat(series.dateAt(i)).as("date %d", i).isEqualTo(expected.date());
      assertThat(series.navAt(i)).as("nav %d", i).isEqualByComparingTo(expected.nav());
      assertThat(series.indexOf(expected.date())).isEqualTo(i);
    }
  }

  @Test
  void empty_lookups_findNothing() {
    NavSeries empty = NavSeries.empty();

    assertThat(empty.size()).isZero();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.scale()).isZero();
    assertThat(empty.firstDate()).isEmpty();
    assertThat(empty.lastDate()).isEmpty();
    assertThat(empty.exact(FRI)).isEmpty();
    assertThat(empty.onOrBefore(FRI)).isEmpty();
    assertThat(empty.onOrAfter(FRI)).isEmpty();
    assertThat(empty.indexOnOrBefore(Long.MAX_VALUE)).isEqualTo(-1);
    assertThat(empty.indexOnOrAfter(Long.MIN_VALUE)).isEqualTo(-1);
    assertThat(empty.indexOf(Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(empty.navOnOrBeforeAsDouble(FRI)).isNaN();
    assertThat(empty.toList()).isEmpty();
    assertThat(empty.stream()).isEmpty();
    assertThat(empty).hasToString("NavSeries[size=0]");
  }

  @Test
  void of_noPoints_returnsEmpty() {
    assertThat(NavSeries.of(List.of())).isSameAs(NavSeries.empty());
    assertThat(NavSeries.builder().build()).isEqualTo(NavSeries.empty());
  }

  @Test
  void of_singlePoint_lookupsAroundIt() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    assertThat(series.size()).isEqualTo(1);
    assertThat(series.firstDate()).contains(FRI);
    assertThat(series.lastDate()).contains(FRI);
    assertThat(series.exact(FRI)).contains(point(FRI, "448.53"));
    assertThat(series.exact(MON)).isEmpty();
    assertThat(series.onOrBefore(MON)).contains(point(FRI, "448.53"));
    assertThat(series.onOrBefore(FRI.minusDays(1))).isEmpty();
    assertThat(series.onOrAfter(FRI.minusDays(1))).contains(point(FRI, "448.53"));
    assertThat(series.onOrAfter(MON)).isEmpty();
  }

  @Test
  void of_newestFirst_sortsByDate() {
    NavSeries series = NavSeries.of(List.of(
        point(MON, "449.10"), point(FRI, "448.53"), point(FRI.minusDays(1), "448.56")));

    assertThat(series.toList()).containsExactly(
        point(FRI.minusDays(1), "448.56"), point(FRI, "448.53"), point(MON, "449.10"));
  }

  @Test
  void onOrBefore_weekend_returnsFriday() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53"), point(MON, "449.10")));
    LocalDate saturday = FRI.plusDays(1);

    assertThat(series.exact(saturday)).isEmpty();
    assertThat(series.onOrBefore(saturday)).contains(point(FRI, "448.53"));
    assertThat(series.onOrAfter(saturday)).contains(point(MON, "449.10"));
    assertThat(series.indexOf(saturday)).isEqualTo(-1);
    assertThat(series.indexOnOrBefore(saturday)).isZero();
    assertThat(series.indexOnOrAfter(saturday)).isEqualTo(1);
    assertThat(series.navOnOrBeforeAsDouble(saturday)).isEqualTo(448.53);
  }

  @Test
  void lookup_eachPolicy_matchesNamedMethod() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53"), point(MON, "449.10")));
    LocalDate sunday = FRI.plusDays(2);

    assertThat(series.lookup(sunday, NavLookup.EXACT)).isEmpty();
    assertThat(series.lookup(sunday, NavLookup.ON_OR_BEFORE)).isEqualTo(series.onOrBefore(sunday));
    assertThat(series.lookup(sunday, NavLookup.ON_OR_AFTER)).isEqualTo(series.onOrAfter(sunday));
    assertThat(series.lookup(MON, NavLookup.EXACT)).contains(point(MON, "449.10"));
  }

  @Test
  void lookup_extremeDates_resolveToEnds() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53"), point(MON, "449.10")));

    assertThat(series.onOrBefore(LocalDate.MAX)).contains(point(MON, "449.10"));
    assertThat(series.onOrBefore(LocalDate.MIN)).isEmpty();
    assertThat(series.onOrAfter(LocalDate.MIN)).contains(point(FRI, "448.53"));
    assertThat(series.onOrAfter(LocalDate.MAX)).isEmpty();
    assertThat(series.exact(LocalDate.MAX)).isEmpty();
    assertThat(series.indexOnOrBefore(Long.MAX_VALUE)).isEqualTo(1);
    assertThat(series.indexOnOrAfter(Long.MIN_VALUE)).isZero();
  }

  @Test
  void lookup_nulls_throwNullPointer() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    assertThatThrownBy(() -> series.onOrBefore(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> series.lookup(FRI, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void scale_mixedDecimals_usesMostDecimals() {
    NavSeries series = NavSeries.of(List.of(
        point(FRI, "10."), point(MON, "12.3456"), point(MON.plusDays(1), "1234.56789")));

    assertThat(series.scale()).isEqualTo(5);
    assertThat(series.navAt(0)).isEqualTo(new BigDecimal("10.00000"));
    assertThat(series.navAt(1)).isEqualTo(new BigDecimal("12.34560"));
    assertThat(series.navAt(2)).isEqualTo(new BigDecimal("1234.56789"));
    assertThat(series.get(0)).isEqualTo(point(FRI, "10.00000"));
    assertThat(series.unscaledNavAt(2)).isEqualTo(123456789L);
  }

  @Test
  void scale_trailingDotOnly_isZero() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "10."), point(MON, "100.")));

    assertThat(series.scale()).isZero();
    assertThat(series.navAt(1)).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void navAt_valuesOverflowingIntAtScale_exact() {
    // 9,999,999,999.99999999 is about 10^18 unscaled, far beyond an int; also big jumps between days.
    List<NavPoint> points = List.of(
        point(FRI, "9999999999.99999999"), point(MON, "0.00000001"),
        point(MON.plusDays(1), "21474836.48"), point(MON.plusDays(2), "5000.1234"));
    NavSeries series = NavSeries.of(points);

    assertThat(series.scale()).isEqualTo(8);
    assertSameContent(series, points);
    assertThat(series.unscaledNavAt(0)).isEqualTo(999_999_999_999_999_999L);
    assertThat(series.navAsDouble(0)).isEqualTo(1e10);
  }

  @Test
  void navAsDouble_typicalNav_equalsBigDecimalDoubleValue() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "0.1"), point(MON, "1234.5678")));

    assertThat(series.scale()).isEqualTo(4);
    assertThat(series.navAsDouble(0)).isEqualTo(0.1);
    assertThat(series.navAsDouble(1)).isEqualTo(new BigDecimal("1234.5678").doubleValue());
  }

  @Test
  void dates_spanningMoreThan65535Days_work() {
    List<NavPoint> points = List.of(
        point(NavPoint.MIN_DATE, "1.00"), point(LocalDate.of(1900, 1, 2), "1.01"),
        point(LocalDate.of(2016, 6, 3), "448.53"), point(LocalDate.of(2200, 2, 28), "7"),
        point(NavPoint.MAX_DATE, "99.99"));
    NavSeries series = NavSeries.of(points);

    assertSameContent(series, points);
    assertThat(series.onOrBefore(LocalDate.of(2100, 1, 1))).contains(point(FRI, "448.53"));
    assertThat(series.onOrAfter(LocalDate.of(2100, 1, 1)))
        .contains(point(LocalDate.of(2200, 2, 28), "7.00"));
    assertThat(series.exact(LocalDate.of(2100, 1, 1))).isEmpty();
  }

  @Test
  void dates_sparseMonthlyOverCentury_useOffsetsAndStillResolve() {
    List<NavPoint> points = new ArrayList<>();
    for (int month = 0; month < 1500; month++) {
      points.add(new NavPoint(LocalDate.of(1900, 1, 15).plusMonths(month),
          BigDecimal.valueOf(1000 + month * 7L, 2)));
    }
    NavSeries series = NavSeries.of(points);

    assertSameContent(series, points);
    assertThat(series.onOrBefore(LocalDate.of(1950, 3, 1)))
        .contains(new NavPoint(LocalDate.of(1950, 2, 15), BigDecimal.valueOf(1000 + 601 * 7L, 2)));
    assertThat(series.onOrAfter(LocalDate.of(1950, 3, 1)))
        .contains(new NavPoint(LocalDate.of(1950, 3, 15), BigDecimal.valueOf(1000 + 602 * 7L, 2)));
  }

  @Test
  void lookups_weeklyThenDailyHistory_matchTreeMapOnEveryDay() {
    // Like UTI Mastershare: weekly NAVs for years, then daily. Blocks then start at very uneven
    // intervals, so the linear block guess misses and the bisection fallback finds the block.
    TreeMap<LocalDate, BigDecimal> reference = new TreeMap<>();
    LocalDate day = LocalDate.of(1987, 1, 2);
    for (int week = 0; week < 600; week++, day = day.plusWeeks(1)) {
      reference.put(day, BigDecimal.valueOf(1000 + week, 2));
    }
    for (int i = 0; i < 2000; i++, day = day.plusDays(1)) {
      reference.put(day, BigDecimal.valueOf(2000 + i * 3L, 2));
    }
    NavSeries series = NavSeries.builder()
        .addAll(reference.entrySet().stream().map(e -> new NavPoint(e.getKey(), e.getValue())).toList())
        .build();

    for (LocalDate q = reference.firstKey().minusDays(3); q.isBefore(day.plusDays(3));
        q = q.plusDays(1)) {
      Map.Entry<LocalDate, BigDecimal> floor = reference.floorEntry(q);
      Map.Entry<LocalDate, BigDecimal> ceiling = reference.ceilingEntry(q);
      assertThat(series.onOrBefore(q).map(NavPoint::date))
          .isEqualTo(Optional.ofNullable(floor).map(Map.Entry::getKey));
      assertThat(series.onOrAfter(q).map(NavPoint::date))
          .isEqualTo(Optional.ofNullable(ceiling).map(Map.Entry::getKey));
      assertThat(series.exact(q).isPresent()).isEqualTo(reference.containsKey(q));
    }
  }

  @Test
  void navAt_constantNav_readsBack() {
    List<NavPoint> points = businessDays(LocalDate.of(2010, 1, 1), 700, 100_000, 0, 4);

    assertSameContent(NavSeries.of(points), points);
  }

  @Test
  void navAt_steadyGrowthLiquidFund_readsBack() {
    // A liquid fund grows by almost the same amount every day.
    List<NavPoint> points = businessDays(LocalDate.of(2010, 1, 1), 1000, 30_000_000, 5_431, 4);

    assertSameContent(NavSeries.of(points), points);
  }

  @Test
  void navAt_zeroWidthNavsEndingOnWordBoundary_readsBack() {
    // Regression (found by NavSeriesPropertyTest): 10 points of exactly linear growth on calendar days
    // take 119 header + 9 bitmap + 0 NAV bits = 128 bits, so the last (empty) field sits at the end.
    List<NavPoint> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(new NavPoint(LocalDate.of(7820, 10, 26).plusDays(i),
          BigDecimal.valueOf(3525 + 3516L * i)));
    }

    assertSameContent(NavSeries.of(points), points);
  }

  @Test
  void navAt_fallingNav_readsBack() {
    List<NavPoint> points = businessDays(LocalDate.of(2010, 1, 1), 300, 90_000_000, -123_457, 4);

    assertSameContent(NavSeries.of(points), points);
  }

  @Test
  void of_calendarDaysAcrossBlocks_everyDayResolves() {
    List<NavPoint> points = new ArrayList<>();
    LocalDate start = LocalDate.of(1997, 1, 1);
    for (int i = 0; i < 1000; i++) {
      points.add(new NavPoint(start.plusDays(i), BigDecimal.valueOf(106_759 + i * 3L, 2)));
    }
    NavSeries series = NavSeries.of(points);

    assertSameContent(series, points);
    assertThat(series.stream()).containsExactlyElementsOf(points);
  }

  @Test
  void of_equalDuplicatesAtDifferentScales_countOnce() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "10.5"), point(FRI, "10.50"),
        point(MON, "11")));

    assertThat(series.size()).isEqualTo(2);
    assertThat(series.scale()).isEqualTo(2);
    assertThat(series.navAt(0)).isEqualTo(new BigDecimal("10.50"));
  }

  @Test
  void of_conflictingDuplicate_throwsNamingDateAndNavs() {
    List<NavPoint> points = List.of(point(FRI, "10.68"), point(MON, "11"), point(FRI, "1067.59"));

    assertThatThrownBy(() -> NavSeries.of(points))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2016-06-03")
        .hasMessageContaining("10.68")
        .hasMessageContaining("1067.59")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("nav");
  }

  @Test
  void builder_replaceDuplicates_keepsPointAddedLast() {
    NavSeries series = NavSeries.builder()
        .replaceDuplicates(true)
        .add(point(FRI, "10.68"))
        .add(MON, new BigDecimal("11"))
        .add(point(FRI, "1067.59"))
        .add(point(FRI, "1067.60"))
        .build();

    assertThat(series.toList()).containsExactly(point(FRI, "1067.60"), point(MON, "11.00"));
  }

  @Test
  void builder_reusedAfterBuild_addsToEarlierPoints() {
    NavSeries.Builder builder = NavSeries.builder().add(point(FRI, "10"));
    NavSeries first = builder.build();
    NavSeries second = builder.add(point(MON, "11")).build();

    assertThat(first.size()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(2);
  }

  @Test
  void builder_invalidPoint_throwsBeforeAdding() {
    assertThatThrownBy(() -> NavSeries.builder().add(FRI, new BigDecimal("-1")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> NavSeries.builder().add((NavPoint) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void get_outOfRange_throwsIndexOutOfBounds() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "10")));

    assertThatThrownBy(() -> series.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> series.navAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> series.dateAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> NavSeries.empty().navAsDouble(0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void toList_isUnmodifiable() {
    List<NavPoint> list = NavSeries.of(List.of(point(FRI, "10"))).toList();

    assertThatThrownBy(() -> list.add(point(MON, "11")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withPoints_existingDate_replacesIt() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53"), point(MON, "449.10")));

    NavSeries updated = series.withPoints(List.of(point(MON, "450.00"), point(MON.plusDays(1), "451")));

    assertThat(updated.toList()).containsExactly(
        point(FRI, "448.53"), point(MON, "450.00"), point(MON.plusDays(1), "451.00"));
    assertThat(series.navAt(1)).isEqualTo(new BigDecimal("449.10"));
  }

  @Test
  void withPoints_moreDecimals_raisesScale() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    NavSeries updated = series.withPoints(List.of(point(MON, "449.1234")));

    assertThat(updated.scale()).isEqualTo(4);
    assertThat(updated.navAt(0)).isEqualTo(new BigDecimal("448.5300"));
  }

  @Test
  void withPoints_fewerDecimalsReplacingAll_keepsScale() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.5312")));

    NavSeries updated = series.withPoints(List.of(point(FRI, "448.53")));

    assertThat(updated.scale()).isEqualTo(4);
    assertThat(updated.navAt(0)).isEqualTo(new BigDecimal("448.5300"));
  }

  @Test
  void withPoints_none_returnsSameSeries() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    assertThat(series.withPoints(List.of())).isSameAs(series);
  }

  @Test
  void withPoints_conflictingNewPoints_throws() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    assertThatThrownBy(() -> series.withPoints(List.of(point(MON, "1"), point(MON, "2"))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void merge_sharedDates_newerWins() {
    List<NavPoint> older = businessDays(LocalDate.of(2015, 1, 1), 400, 1_000_000, 37, 4);
    List<NavPoint> newer = businessDays(LocalDate.of(2015, 6, 1), 400, 2_000_000, -11, 2);

    NavSeries merged = NavSeries.of(older).merge(NavSeries.of(newer));

    List<NavPoint> expected = new ArrayList<>();
    older.stream().filter(p -> p.date().isBefore(newer.get(0).date())).forEach(expected::add);
    expected.addAll(newer);
    assertSameContent(merged, expected);
    assertThat(merged.scale()).isEqualTo(4);
    assertThat(merged).isEqualTo(NavSeries.of(older).withPoints(newer));
  }

  @Test
  void merge_withEmpty_returnsOther() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53")));

    assertThat(series.merge(NavSeries.empty())).isSameAs(series);
    assertThat(NavSeries.empty().merge(series)).isSameAs(series);
  }

  @Test
  void equals_samePointsInAnyOrder_equalWithSameHash() {
    List<NavPoint> points = businessDays(LocalDate.of(2012, 3, 1), 500, 123_456, 789, 4);
    List<NavPoint> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new java.util.Random(42));

    NavSeries a = NavSeries.of(points);
    NavSeries b = NavSeries.of(shuffled);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void equals_sameValuesDifferentScale_notEqual() {
    NavSeries a = NavSeries.of(List.of(point(FRI, "10.5")));
    NavSeries b = NavSeries.of(List.of(point(FRI, "10.50")));

    assertThat(a).isNotEqualTo(b);
    assertThat(a.navAt(0)).isEqualByComparingTo(b.navAt(0));
  }

  @Test
  void equals_differentNav_notEqual() {
    NavSeries a = NavSeries.of(List.of(point(FRI, "10.50"), point(MON, "10.51")));
    NavSeries b = NavSeries.of(List.of(point(FRI, "10.50"), point(MON, "10.52")));

    assertThat(a).isNotEqualTo(b);
    assertThat(a).isNotEqualTo("NavSeries");
  }

  @Test
  void toString_summarisesWithoutPoints() {
    NavSeries series = NavSeries.of(businessDays(LocalDate.of(2016, 1, 1), 5, 1000, 1, 2));

    assertThat(series).hasToString("NavSeries[size=5, scale=2, 2016-01-01..2016-01-07]");
  }

  @Test
  void epochDayAt_matchesDateAt() {
    NavSeries series = NavSeries.of(List.of(point(FRI, "448.53"), point(MON, "449.10")));

    assertThat(series.epochDayAt(1)).isEqualTo(MON.toEpochDay());
    assertThat(series.indexOf(MON.toEpochDay())).isEqualTo(1);
  }

  @Test
  void stream_matchesToList() {
    NavSeries series = NavSeries.of(businessDays(LocalDate.of(2016, 1, 1), 300, 1000, 3, 2));

    assertThat(series.stream().toList()).isEqualTo(series.toList());
    assertThat(Optional.of(series.get(299))).isEqualTo(series.lastDate().flatMap(series::exact));
  }
}
