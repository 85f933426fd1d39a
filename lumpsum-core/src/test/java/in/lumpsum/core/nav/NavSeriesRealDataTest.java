package in.lumpsum.core.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.testkit.RealData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real NAV histories (utkarshohm/mf-nav-data, to 2016): {@code DD/MM/YYYY,nav} rows, newest first,
 * no header, NAVs at 2 decimals, read in place from the shared data directory.
 *
 * <p>The files repeat some rows (the same date and NAV twice); those count once. The UTI Money Market
 * file also has conflicting rows for one date (10.68 and 1067.59, two unit face values), which a
 * strict build rejects.
 */
class NavSeriesRealDataTest {

  private static final String DIR = "nav-history-2016-utkarshohm/selected-schemes/";
  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** Reads the file's rows in file order. */
  private static List<NavPoint> read(String file) throws IOException {
    Path path = RealData.require(DIR + file);
    List<NavPoint> points = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split(",");
      points.add(NavPoint.of(LocalDate.parse(fields[0], DD_MM_YYYY), fields[1]));
    }
    return points;
  }

  /** The file's rows by date, a later row replacing an earlier one. */
  private static TreeMap<LocalDate, BigDecimal> reference(List<NavPoint> points) {
    TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
    for (NavPoint point : points) {
      map.put(point.date(), point.nav());
    }
    return map;
  }

  private static Optional<NavPoint> expected(Map.Entry<LocalDate, BigDecimal> entry, int scale) {
    return entry == null
        ? Optional.empty()
        : Optional.of(new NavPoint(entry.getKey(), entry.getValue().setScale(scale)));
  }

  /** Checks every calendar day from before the first point to after the last against the map. */
  private static void assertEveryDayMatches(NavSeries series, TreeMap<LocalDate, BigDecimal> map) {
    int scale = series.scale();
    LocalDate end = map.lastKey().plusDays(10);
    for (LocalDate day = map.firstKey().minusDays(10); !day.isAfter(end); day = day.plusDays(1)) {
      BigDecimal exact = map.get(day);
      assertThat(series.exact(day)).as("exact %s", day)
          .isEqualTo(exact == null ? Optional.empty() : expected(Map.entry(day, exact), scale));
      Optional<NavPoint> before = expected(map.floorEntry(day), scale);
      assertThat(series.onOrBefore(day)).as("onOrBefore %s", day).isEqualTo(before);
      assertThat(series.onOrAfter(day)).as("onOrAfter %s", day)
          .isEqualTo(expected(map.ceilingEntry(day), scale));
      assertThat(series.navOnOrBeforeAsDouble(day)).as("navOnOrBeforeAsDouble %s", day)
          .isEqualTo(before.map(p -> p.nav().doubleValue()).orElse(Double.NaN));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "HDFCEquityFundGrowth.csv",
      "FranklinIndiaBluechipGrowth.csv",
      "SBIMagnumTaxGainScheme93Growth.csv",
      "UTIUnitScheme1986MastershareGrowth.csv",
      "HDFCLiquidFundGrowth.csv",
      "PPFASLongTermValueFundDirectGrowth.csv"
  })
  void of_realHistory_matchesTreeMapOnEveryDay(String file) throws IOException {
    List<NavPoint> rows = read(file);
    TreeMap<LocalDate, BigDecimal> map = reference(rows);

    NavSeries series = NavSeries.of(rows);

    assertThat(series.size()).isEqualTo(map.size()).isLessThanOrEqualTo(rows.size());
    assertThat(series.scale()).isEqualTo(2);
    assertThat(series.firstDate()).contains(map.firstKey());
    assertThat(series.lastDate()).contains(map.lastKey());
    assertThat(series.toList()).isEqualTo(map.entrySet().stream()
        .map(e -> new NavPoint(e.getKey(), e.getValue()))
        .toList());
    assertEveryDayMatches(series, map);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HDFCEquityFundGrowth.csv", "SBIMagnumTaxGainScheme93Growth.csv"})
  void of_realHistoryWithRepeatedRows_countsEachDateOnce(String file) throws IOException {
    List<NavPoint> rows = read(file);
    long distinctDates = rows.stream().map(NavPoint::date).distinct().count();

    assertThat(distinctDates).isLessThan(rows.size());
    assertThat(NavSeries.of(rows).size()).isEqualTo(distinctDates);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTIMoneyMarketRetailGrowth.csv"})
  void builder_conflictingRealRows_rejectedUnlessReplaced(String file) throws IOException {
    List<NavPoint> rows = read(file);
    TreeMap<LocalDate, BigDecimal> lastRowWins = reference(rows);

    assertThatThrownBy(() -> NavSeries.of(rows))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("nav");

    NavSeries series = NavSeries.builder().replaceDuplicates(true).addAll(rows).build();

    assertThat(series.size()).isEqualTo(lastRowWins.size());
    assertEveryDayMatches(series, lastRowWins);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HDFCEquityFundGrowth.csv", "UTIUnitScheme1986MastershareGrowth.csv"})
  void withPoints_realHistoryInTwoHalves_equalsWholeHistory(String file) throws IOException {
    List<NavPoint> rows = read(file);
    NavSeries whole = NavSeries.of(rows);
    // Rows are newest first: the older half first, then the newer half as an update.
    List<NavPoint> newer = rows.subList(0, rows.size() / 2);
    List<NavPoint> older = rows.subList(rows.size() / 2, rows.size());

    assertThat(NavSeries.of(older).withPoints(newer)).isEqualTo(whole);
    assertThat(NavSeries.of(older).merge(NavSeries.of(newer))).isEqualTo(whole);
  }
}
