package in.lumpsum.funds.feed;

import in.lumpsum.core.scheme.Isin;
import java.nio.charset.StandardCharsets;

/**
 * Daily files in AMFI's layouts, written by lumpsum for the feed tests: a made-up fund house (Kaveri
 * Mutual Fund), codes 9001xx and ISINs {@code INF9KV01...} with valid check digits. Three days:
 * Monday 17 and Tuesday 18 August 2026 in the 6-field layout, Wednesday 19 August in the 8-field one.
 */
final class FeedFixtures {

  static final String HEADER_6 =
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date";
  static final String HEADER_8 = "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;"
      + "Scheme Name;Plan;Option;Net Asset Value;Date";

  private FeedFixtures() {}

  /** A valid made-up ISIN numbered {@code n}. */
  static String isin(int n) {
    String body = String.format("INF9KV01%03d", n);
    return body + Isin.checkDigit(body);
  }

  static byte[] day1() {
    return file(HEADER_6,
        "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)",
        "Kaveri Mutual Fund",
        "900101;" + isin(1) + ";-;Kaveri Flexi Cap Fund - Direct Plan - Growth;110.5000;17-Aug-2026",
        "900102;" + isin(2) + ";" + isin(3) + ";Kaveri Flexi Cap Fund - Regular Plan - IDCW;20.1000;17-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Liquid Fund)",
        "900103;" + isin(4) + ";-;Kaveri Liquid Fund - Direct Plan - Growth;2500.1234;17-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Short Duration Fund)",
        "900104;" + isin(5) + ";-;Kaveri Short Term Fund - Regular Plan - Growth;30.0000;17-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Gilt Fund)",
        "900105;" + isin(6) + ";-;Kaveri Gilt Fund - Regular Plan - Growth;40.0000;17-Aug-2026");
  }

  /** A rename (900104), a correction of 17 Aug (900105), a new scheme (900106). */
  static byte[] day2() {
    return file(HEADER_6,
        "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)",
        "Kaveri Mutual Fund",
        "900101;" + isin(1) + ";-;Kaveri Flexi Cap Fund - Direct Plan - Growth;111.0000;18-Aug-2026",
        "900102;" + isin(2) + ";" + isin(3) + ";Kaveri Flexi Cap Fund - Regular Plan - IDCW;20.2000;18-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Liquid Fund)",
        "900103;" + isin(4) + ";-;Kaveri Liquid Fund - Direct Plan - Growth;2500.5000;18-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Medium Duration Fund)",
        "900104;" + isin(5) + ";-;Kaveri Medium Duration Fund - Regular Plan - Growth;30.1000;18-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Gilt Fund)",
        "900105;" + isin(6) + ";-;Kaveri Gilt Fund - Regular Plan - Growth;40.5000;17-Aug-2026",
        "Open Ended Schemes(Other Scheme - Index Funds)",
        "900106;" + isin(7) + ";-;Kaveri Nifty 50 Index Fund - Direct Plan - Growth;10.0000;18-Aug-2026");
  }

  /**
   * The 8-field layout: names without plan/option words, blank columns for 900103, a 50% jump for
   * 900106, no new NAV for 900105.
   */
  static byte[] day3() {
    return file(HEADER_8,
        "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)",
        "Kaveri Mutual Fund",
        "900101;" + isin(1) + ";-;Kaveri Flexi Cap Fund;Direct Plan;Growth;112.0000;19-Aug-2026",
        "900102;" + isin(2) + ";" + isin(3) + ";KAVERI FLEXI-CAP FUND;Regular Plan;IDCW Option;20.3000;19-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Liquid Fund)",
        "900103;" + isin(4) + ";-;Kaveri Liquid Fund;;;2501.0000;19-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Medium Duration Fund)",
        "900104;" + isin(5) + ";-;Kaveri Medium Duration Fund;Regular Plan;Growth;30.2000;19-Aug-2026",
        "Open Ended Schemes(Debt Scheme - Gilt Fund)",
        "900105;" + isin(6) + ";-;Kaveri Gilt Fund;Regular Plan;Growth;40.5000;17-Aug-2026",
        "Open Ended Schemes(Other Scheme - Index Funds)",
        "900106;" + isin(7) + ";-;Kaveri Nifty 50 Index Fund;Direct Plan;Growth;15.0000;19-Aug-2026");
  }

  /** A header with a column AMFI has never used. */
  static byte[] unknownHeader() {
    return file("Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;"
            + "Option;Riskometer;Net Asset Value;Date",
        "Kaveri Mutual Fund",
        "900101;" + isin(1) + ";-;Kaveri Flexi Cap Fund;Direct Plan;Growth;Very High;113.0000;20-Aug-2026");
  }

  /** AMFI's layout: header, then blocks separated by lines holding one space; CRLF. */
  static byte[] file(String header, String... lines) {
    StringBuilder b = new StringBuilder(header).append("\r\n \r\n");
    for (String l : lines) {
      boolean row = l.indexOf(';') >= 0;
      b.append(l).append("\r\n");
      if (!row) {
        b.append(" \r\n");
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
