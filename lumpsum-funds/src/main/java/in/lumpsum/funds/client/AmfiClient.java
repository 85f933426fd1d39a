package in.lumpsum.funds.client;

import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiFormatException;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.client.internal.FreshCache;
import in.lumpsum.funds.client.internal.HttpFetcher;
import in.lumpsum.funds.client.internal.HttpFetcher.BodyKind;
import in.lumpsum.funds.internal.AmfiDates;
import java.time.LocalDate;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A client of AMFI's public NAV files: the daily file, the Specialised Investment Funds file and the
 * NAV history report, read by {@link AmfiReader}.
 *
 * <p>Addresses, relative to the base URL (default {@value #DEFAULT_BASE_URL}), as AMFI serves them
 * and as public downloaders of AMFI data use them:
 * <ul>
 *   <li>{@code spages/NAVAll.txt}: the latest NAV of every scheme
 *       (https://portal.amfiindia.com/spages/NAVAll.txt; also https://www.amfiindia.com/spages/NAVAll.txt);
 *   <li>{@code spages/SIF_NAVAll.txt}: the same for Specialised Investment Funds
 *       (https://portal.amfiindia.com/spages/SIF_NAVAll.txt);
 *   <li>{@code DownloadNAVHistoryReport_Po.aspx?mf=<id>&frmdt=<dd-MMM-yyyy>&todt=<dd-MMM-yyyy>}: every
 *       NAV published between two dates, for all fund houses or for one ({@code mf}, AMFI's number
 *       for the mutual fund, such as 53); the report page is https://www.amfiindia.com/net-asset-value/nav-history.
 * </ul>
 *
 * <p>Each call goes through the retry policy and circuit breaker, checks that the body is a whole
 * text file (not empty, not an HTML page, ending with a line end as every AMFI file does), parses it,
 * and caches the parsed file until AMFI's next publishing time ({@link PublishingSchedule}). When AMFI
 * is unavailable and a copy is cached, the copy is returned marked {@link Fetched#stale() stale}.
 * The {@code *Bytes} methods fetch and check without parsing or caching.
 *
 * <p>Thread-safe; build one per base URL and share it.
 *
 * @since 0.1.0
 */
public final class AmfiClient {

  /** AMFI's portal: {@code https://portal.amfiindia.com/}. */
  public static final String DEFAULT_BASE_URL = "https://portal.amfiindia.com/";

  private static final String SOURCE = "AMFI";

  private final HttpUrl base;
  private final HttpFetcher fetcher;
  private final FreshCache cache;

  private AmfiClient(Builder b) {
    this.base = b.baseUrl();
    this.fetcher = b.fetcher(SOURCE);
    this.cache = b.cache(SOURCE);
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the daily file ({@code NAVAll.txt}), parsed.
   *
   * @return the file, fresh or (when AMFI is unavailable) a stale cached copy
   * @throws SourceUnavailableException if AMFI gave no whole file and no copy is cached
   * @throws AmfiFormatException if the file's header names no known layout
   */
  public Fetched<AmfiFile> daily() {
    return file("daily", dailyUrl());
  }

  /**
   * Returns the Specialised Investment Funds file ({@code SIF_NAVAll.txt}), parsed.
   *
   * @return the file, fresh or stale
   * @throws SourceUnavailableException if AMFI gave no whole file and no copy is cached
   * @throws AmfiFormatException if the file's header names no known layout
   */
  public Fetched<AmfiFile> sif() {
    return file("sif", sifUrl());
  }

  /**
   * Returns the NAV history report for a date range, all fund houses.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive, not before {@code from}
   * @return the report, fresh or stale
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws SourceUnavailableException if AMFI gave no whole report and no copy is cached
   * @throws AmfiFormatException if the report's header names no known layout
   */
  public Fetched<AmfiFile> history(LocalDate from, LocalDate to) {
    HttpUrl url = historyUrl(from, to, 0);
    return file("history " + from + ".." + to, url);
  }

  /**
   * Returns the NAV history report for a date range and one mutual fund.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive, not before {@code from}
   * @param mutualFundId AMFI's number for the mutual fund (the report's {@code mf}), positive
   * @return the report, fresh or stale
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the id is not positive
   * @throws SourceUnavailableException if AMFI gave no whole report and no copy is cached
   * @throws AmfiFormatException if the report's header names no known layout
   */
  public Fetched<AmfiFile> history(LocalDate from, LocalDate to, int mutualFundId) {
    HttpUrl url = historyUrl(from, to, checkFundId(mutualFundId));
    return file("history " + from + ".." + to + " mf " + mutualFundId, url);
  }

  /**
   * Fetches the daily file's bytes, checked whole, without parsing or caching.
   *
   * @return the bytes
   * @throws SourceUnavailableException if AMFI gave no whole file
   */
  public byte[] dailyBytes() {
    return bytes(dailyUrl());
  }

  /**
   * Fetches the SIF file's bytes, checked whole, without parsing or caching.
   *
   * @return the bytes
   * @throws SourceUnavailableException if AMFI gave no whole file
   */
  public byte[] sifBytes() {
    return bytes(sifUrl());
  }

  /**
   * Fetches the history report's bytes, checked whole, without parsing or caching.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive
   * @return the bytes
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws SourceUnavailableException if AMFI gave no whole report
   */
  public byte[] historyBytes(LocalDate from, LocalDate to) {
    return bytes(historyUrl(from, to, 0));
  }

  /**
   * Fetches the history report's bytes for one mutual fund, checked whole, without parsing or caching.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive
   * @param mutualFundId AMFI's number for the mutual fund, positive
   * @return the bytes
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the id is not positive
   * @throws SourceUnavailableException if AMFI gave no whole report
   */
  public byte[] historyBytes(LocalDate from, LocalDate to, int mutualFundId) {
    return bytes(historyUrl(from, to, checkFundId(mutualFundId)));
  }

  /**
   * Returns the address of the daily file.
   *
   * @return the URL
   */
  public String dailyAddress() {
    return dailyUrl().toString();
  }

  /**
   * Returns the address of the history report for a range.
   *
   * @param from the first date
   * @param to the last date
   * @param mutualFundId AMFI's number for the mutual fund, or 0 for all
   * @return the URL, such as {@code ...DownloadNAVHistoryReport_Po.aspx?frmdt=01-Apr-2026&todt=30-Apr-2026}
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the id is negative
   */
  public String historyAddress(LocalDate from, LocalDate to, int mutualFundId) {
    return historyUrl(from, to, mutualFundId == 0 ? 0 : checkFundId(mutualFundId)).toString();
  }

  private Fetched<AmfiFile> file(String key, HttpUrl url) {
    return cache.get(key, () -> fetcher.get(url, BodyKind.TEXT_LINES, AmfiReader::read));
  }

  private byte[] bytes(HttpUrl url) {
    return fetcher.get(url, BodyKind.TEXT_LINES, b -> b);
  }

  private HttpUrl dailyUrl() {
    return base.newBuilder().addPathSegments("spages/NAVAll.txt").build();
  }

  private HttpUrl sifUrl() {
    return base.newBuilder().addPathSegments("spages/SIF_NAVAll.txt").build();
  }

  private static int checkFundId(int mutualFundId) {
    if (mutualFundId < 1) {
      throw new IllegalArgumentException("mutualFundId: must be positive (got " + mutualFundId + ")");
    }
    return mutualFundId;
  }

  private HttpUrl historyUrl(LocalDate from, LocalDate to, int mutualFundId) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + " (got " + to + ")");
    }
    HttpUrl.Builder b = base.newBuilder().addPathSegment("DownloadNAVHistoryReport_Po.aspx");
    if (mutualFundId > 0) {
      b.addQueryParameter("mf", Integer.toString(mutualFundId));
    }
    // The report takes dates as AMFI writes them in its files: dd-MMM-yyyy, English month.
    return b.addQueryParameter("frmdt", AmfiDates.format(from))
        .addQueryParameter("todt", AmfiDates.format(to))
        .build();
  }

  /** Builds an {@link AmfiClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public AmfiClient build() {
      return new AmfiClient(this);
    }
  }
}
