package in.lumpsum.calc.returns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/** Test data: the case corpus, Gnumeric's oracle, a synthetic investor, and a bisection reference. */
final class Fixtures {

  private Fixtures() {
  }

  static CashFlow flow(String date, double amount) {
    return CashFlow.of(LocalDate.parse(date), amount);
  }

  /** The cases of xirr-cases.csv by name, flows in file order. */
  static Map<String, List<CashFlow>> cases() {
    Map<String, List<CashFlow>> cases = new LinkedHashMap<>();
    for (String[] row : rows("xirr-cases.csv")) {
      cases.computeIfAbsent(row[0], k -> new ArrayList<>())
          .add(flow(row[1], Double.parseDouble(row[2])));
    }
    return cases;
  }

  /** Gnumeric's XIRR of each case; NaN where Gnumeric returned an error. */
  static Map<String, Double> gnumeric() {
    Map<String, Double> oracle = new LinkedHashMap<>();
    for (String[] row : rows("xirr-gnumeric.csv")) {
      double value;
      try {
        value = Double.parseDouble(row[1]);
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      oracle.put(row[0], value);
    }
    return oracle;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(resource),
        resource);
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split(","));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * A synthetic investor over 30 years from 1995-01-02: {@code n - 1} flows on random days in date
   * order (nine in ten purchases of 500 to 50,000 rupees, one in ten smaller redemptions) and a
   * final value on the last day that makes the XIRR exactly {@code rate}. With 100,000 flows there
   * are about nine a day, merged by the solver to about 11,000 dates.
   */
  static List<CashFlow> investor(int n, double rate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(1995, 1, 2);
    int span = 30 * 365;
    int[] days = new int[n - 1];
    for (int i = 1; i < n - 1; i++) {
      days[i] = random.nextInt(span);
    }
    java.util.Arrays.sort(days);
    List<CashFlow> flows = new ArrayList<>(n);
    double finalValue = 0;
    for (int i = 0; i < n - 1; i++) {
      double amount = random.nextInt(10) == 0 && i > 0
          ? Math.round(random.nextDouble(100, 5_000) * 100) / 100.0
          : -Math.round(random.nextDouble(500, 50_000) * 100) / 100.0;
      flows.add(CashFlow.of(start.plusDays(days[i]), amount));
      finalValue -= amount * Math.pow(1 + rate, (span - days[i]) / 365.0);
    }
    flows.add(CashFlow.of(start.plusDays(span), finalValue));
    return flows;
  }

  /**
   * An independent reference for a root near {@code x} (in ln(1 + r)): widen a bracket around it
   * until the net present value changes sign, then bisect 200 times. The net present value is
   * evaluated the plain way, one exp per unmerged flow, scaled by the largest exponent.
   */
  static double bisectNear(List<CashFlow> flows, double x) {
    double width = 1.0e-9 * Math.max(1, Math.abs(x));
    double lo = x - width;
    double hi = x + width;
    while (Math.signum(npvLog(flows, lo)) == Math.signum(npvLog(flows, hi))) {
      width *= 2;
      lo = x - width;
      hi = x + width;
      if (width > 1.0e3) {
        throw new AssertionError("no sign change near " + x);
      }
    }
    double sLo = Math.signum(npvLog(flows, lo));
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      double s = Math.signum(npvLog(flows, mid));
      if (s == 0) {
        return mid;
      } else if (s == sLo) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The net present value at ln(1 + r) = x, divided by exp(max exponent): only its sign matters. */
  static double npvLog(List<CashFlow> flows, double x) {
    long first = Long.MAX_VALUE;
    for (CashFlow cf : flows) {
      first = Math.min(first, cf.date().toEpochDay());
    }
    double max = Double.NEGATIVE_INFINITY;
    for (CashFlow cf : flows) {
      max = Math.max(max, -x * (cf.date().toEpochDay() - first) / 365.0);
    }
    double sum = 0;
    for (CashFlow cf : flows) {
      sum += cf.amount() * Math.exp(-x * (cf.date().toEpochDay() - first) / 365.0 - max);
    }
    return sum;
  }
}
