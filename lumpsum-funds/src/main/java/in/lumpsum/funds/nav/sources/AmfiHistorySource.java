package in.lumpsum.funds.nav.sources;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.client.AmfiClient;
import in.lumpsum.funds.client.Fetched;
import in.lumpsum.funds.nav.spi.NavSource;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NavSource} over AMFI's NAV history report ({@link AmfiClient#history(LocalDate, LocalDate)}).
 *
 * <h2>One report a window, whatever the number of schemes</h2>
 *
 * <p>The report lists every scheme of every fund house for a date range, so one report answers every
 * scheme. A range is cut into windows of at most {@link Builder#maxDaysPerRequest(int)} days (90 by
 * default, see below), the report for each window is fetched once and indexed by scheme code, and
 * the index of the last {@link Builder#cachedWindows(int)} windows (8 by default) is kept, least
 * recently used first out. A second scheme asked for the same range is answered from the index
 * without a request.
 *
 * <p>Freshness stays the client's rule: a window whose last date is more than
 * {@value #SETTLE_DAYS} days before the day its report was fetched (in India) is settled, since every
 * NAV for it has been published (SEBI: by 11 p.m. on the day, fund-of-funds and overseas schemes by
 * 10 a.m. on the next business day, which a long weekend can push three days on; see
 * {@link in.lumpsum.funds.client.PublishingSchedule}), and is answered from the index alone. A more
 * recent window asks the client each time and reuses the index while the client hands back the same
 * copy of the report (its cache holds it until AMFI's next publishing time), so late NAVs are picked
 * up. A client built with {@code noCache()} is then asked over the network for each such call.
 *
 * <p>Memory: an index holds compact series (8 bytes a point), not the report's rows, so a 31-day
 * window is some 9,000 small series (an estimate of a few MB). The client's own cache keeps whole
 * parsed reports, which are far larger; give the {@link AmfiClient} used here a small cache
 * ({@code cache(4, Duration.ofDays(7))}, say) rather than its default of 256 answers.
 *
 * <h2>Maximum range per request</h2>
 *
 * <p>AMFI documents no maximum range for {@code DownloadNAVHistoryReport_Po.aspx} that we could find
 * (its page: https://www.amfiindia.com/net-asset-value/nav-history). Public downloaders keep requests
 * short: irfu1s/fundsight ({@code src/data_ingestion.py}) walks history in 90-day windows, and
 * captn3m0/historical-mf-data ({@code fetch.sh}) asks for one day at a time. A report for all fund
 * houses grows by one row per live scheme a business day (about 9,000 in the 2026 daily files in
 * lumpsum's real data), so 90 days (about 570,000 rows, of the order of 60 MB) is also a sensible
 * upper bound on one body. Lower it with {@link Builder#maxDaysPerRequest(int)}.
 *
 * <h2>Failures and stale copies</h2>
 *
 * <p>The client's exceptions pass through unchanged: {@link
 * in.lumpsum.funds.client.SourceUnavailableException} when AMFI gave no whole report (and no copy was
 * held), {@link in.lumpsum.funds.amfi.AmfiFormatException} when its header names no known layout.
 * {@link in.lumpsum.funds.nav.NavService} records them as this source's failure and asks the next
 * source; if no NAV is found it throws {@link in.lumpsum.funds.nav.NavUnavailableException} with them
 * attached, never an empty answer. A stale copy answers under {@link StalePolicy#SERVE} (the default)
 * and is refused under {@link StalePolicy#REFUSE}; {@link #answer} says when one answered, so that
 * the {@link in.lumpsum.funds.nav.NavQuote} is marked stale.
 *
 * <p>Rows without a NAV ({@code N.A.}) are skipped; two rows for one scheme and date with different
 * NAVs keep the later row and are logged at WARN.
 *
 * <p>Thread-safe. Two threads missing the same window at once may both ask the client, which sends
 * one request for them (its cache shares a load in flight).
 *
 * @since 0.1.0
 */
public final class AmfiHistorySource implements NavSource {

  /** The default maximum number of days in one report request: {@value}. */
  public static final int DEFAULT_MAX_DAYS_PER_REQUEST = 90;

  /** The default number of windows whose index is kept: {@value}. */
  public static final int DEFAULT_CACHED_WINDOWS = 8;

  /**
   * Days after a window's last date from which a report fetched is taken as complete: {@value}.
   * Next-business-day publishing (fund-of-funds, overseas schemes) after a Friday before a Monday
   * holiday lands four days on; one more for the fetch having happened early that morning.
   */
  public static final int SETTLE_DAYS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(AmfiHistorySource.class);

  private final AmfiClient client;
  private final int maxDays;
  private final StalePolicy stalePolicy;
  private final Map<Window, Indexed> windows;

  private AmfiHistorySource(Builder b) {
    this.client = b.client;
    this.maxDays = b.maxDays;
    this.stalePolicy = b.stalePolicy;
    int capacity = b.cachedWindows;
    this.windows = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Window, Indexed> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Returns a source with the defaults: 90 days a request, 8 windows kept, stale copies served.
   *
   * @param client the AMFI client
   * @return the source
   */
  public static AmfiHistorySource of(AmfiClient client) {
    return builder(client).build();
  }

  /**
   * Returns a builder.
   *
   * @param client the AMFI client
   * @return a builder with the defaults
   */
  public static Builder builder(AmfiClient client) {
    return new Builder(client);
  }

  /**
   * Returns a scheme's NAVs between two dates from AMFI's history report, one request a window at
   * most.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs of the scheme in the range; empty if the report lists none
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws in.lumpsum.funds.client.SourceUnavailableException if AMFI gave no whole report and no
   *     copy is held, or only a stale copy under {@link StalePolicy#REFUSE}
   * @throws in.lumpsum.funds.amfi.AmfiFormatException if the report's header names no known layout
   */
  @Override
  public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
    return answer(scheme, from, to).series();
  }

  /**
   * Returns a scheme's NAVs between two dates from AMFI's history report, as {@link #history} does,
   * and whether a stale copy answered: a report the client served ({@link Fetched#stale()}) because
   * AMFI could not be reached, under {@link StalePolicy#SERVE}. When the range spans several
   * windows, the answer is stale if any window's report was a stale copy, whether or not it held a
   * NAV of the scheme (a copy that lacks one may lack a NAV published since).
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs of the scheme in the range, and whether a stale copy gave them
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws in.lumpsum.funds.client.SourceUnavailableException if AMFI gave no whole report and no
   *     copy is held, or only a stale copy under {@link StalePolicy#REFUSE}
   * @throws in.lumpsum.funds.amfi.AmfiFormatException if the report's header names no known layout
   * @since 0.2.0
   */
  @Override
  public SourceAnswer answer(SchemeCode scheme, LocalDate from, LocalDate to) {
    Slices.checkArguments(scheme, from, to);
    NavSeries.Builder out = NavSeries.builder();
    boolean any = false;
    boolean stale = false;
    for (LocalDate a = from; !a.isAfter(to); ) {
      LocalDate b = a.plusDays(maxDays - 1L);
      if (b.isAfter(to)) {
        b = to;
      }
      Indexed index = index(new Window(a, b));
      stale |= index.stale;
      NavSeries part = index.bySchemes.getOrDefault(scheme, NavSeries.empty());
      if (!part.isEmpty()) {
        out.addAll(Slices.slice(part, a, b).toList());
        any = true;
      }
      a = b.plusDays(1);
    }
    return new SourceAnswer(any ? out.build() : NavSeries.empty(), stale);
  }

  /**
   * Returns the per-scheme index of one window's report, from the cache or the client, with
   * whether the report was a stale copy.
   */
  private Indexed index(Window w) {
    Indexed held;
    synchronized (windows) {
      held = windows.get(w);
    }
    if (held != null && !held.stale && settled(w, held.fetchedAt)) {
      return held;
    }
    Fetched<AmfiFile> f = client.history(w.from, w.to);
    if (f.stale() && stalePolicy == StalePolicy.REFUSE) {
      throw f.failure().orElseThrow();
    }
    // The same fetch instant is the same copy from the client's cache: its index still holds. The
    // report itself is not kept here, so that this cache never pins a whole report in memory.
    if (held != null && held.fetchedAt.equals(f.fetchedAt()) && held.stale == f.stale()) {
      return held;
    }
    Indexed fresh = new Indexed(byScheme(f.value(), w), f.fetchedAt(), f.stale());
    synchronized (windows) {
      windows.put(w, fresh);
    }
    LOG.debug("AMFI history {}..{}: {} schemes indexed{}", w.from, w.to, fresh.bySchemes.size(),
        f.stale() ? " (stale copy)" : "");
    return fresh;
  }

  private static boolean settled(Window w, Instant fetchedAt) {
    LocalDate fetchedOn = LocalDate.ofInstant(fetchedAt, IndianTime.ZONE);
    return !w.to.plusDays(SETTLE_DAYS).isAfter(fetchedOn);
  }

  private static Map<SchemeCode, NavSeries> byScheme(AmfiFile file, Window w) {
    Map<SchemeCode, NavSeries.Builder> builders = new HashMap<>();
    for (AmfiRow row : file.rows()) {
      if (row.nav().isEmpty() || row.date().isBefore(w.from) || row.date().isAfter(w.to)) {
        continue;
      }
      builders.computeIfAbsent(row.scheme().code(), c -> NavSeries.builder().replaceDuplicates(true))
          .add(row.date(), row.nav().get().value());
    }
    Map<SchemeCode, NavSeries> out = new HashMap<>(builders.size() * 2);
    builders.forEach((code, b) -> {
      NavSeries s = b.build();
      out.put(code, s);
    });
    warnOnConflicts(file, w, out);
    return Map.copyOf(out);
  }

  /** Logs rows that lost to a later row for the same scheme and date with another NAV. */
  private static void warnOnConflicts(AmfiFile file, Window w, Map<SchemeCode, NavSeries> out) {
    int conflicts = 0;
    for (AmfiRow row : file.rows()) {
      if (row.nav().isEmpty() || row.date().isBefore(w.from) || row.date().isAfter(w.to)) {
        continue;
      }
      NavSeries s = out.get(row.scheme().code());
      int i = s.indexOf(row.date());
      if (s.navAt(i).compareTo(row.nav().get().value()) != 0) {
        if (conflicts++ == 0) {
          LOG.warn("AMFI history {}..{}: line {} gives scheme {} on {} NAV {}, a later line gives {};"
              + " the later line is kept", w.from, w.to, row.line(), row.scheme().code(), row.date(),
              row.nav().get(), Nav.of(s.navAt(i)));
        }
      }
    }
    if (conflicts > 1) {
      LOG.warn("AMFI history {}..{}: {} rows in all lost to a later row with another NAV", w.from,
          w.to, conflicts);
    }
  }

  /** A date range asked of AMFI, both ends included. */
  private record Window(LocalDate from, LocalDate to) {}

  /** A window's index by scheme, and when and how its report was fetched. */
  private record Indexed(Map<SchemeCode, NavSeries> bySchemes, Instant fetchedAt, boolean stale) {}

  /**
   * Builds an {@link AmfiHistorySource}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final AmfiClient client;
    private int maxDays = DEFAULT_MAX_DAYS_PER_REQUEST;
    private int cachedWindows = DEFAULT_CACHED_WINDOWS;
    private StalePolicy stalePolicy = StalePolicy.SERVE;

    private Builder(AmfiClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Sets the most days one report request may span; longer ranges are split.
     *
     * @param days 1 or more; {@value AmfiHistorySource#DEFAULT_MAX_DAYS_PER_REQUEST} by default
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public Builder maxDaysPerRequest(int days) {
      if (days < 1) {
        throw new IllegalArgumentException("days: must be at least 1 (got " + days + ")");
      }
      this.maxDays = days;
      return this;
    }

    /**
     * Sets how many windows' indexes are kept.
     *
     * @param windows 1 or more; {@value AmfiHistorySource#DEFAULT_CACHED_WINDOWS} by default
     * @return this builder
     * @throws IllegalArgumentException if {@code windows} is below 1
     */
    public Builder cachedWindows(int windows) {
      if (windows < 1) {
        throw new IllegalArgumentException("windows: must be at least 1 (got " + windows + ")");
      }
      this.cachedWindows = windows;
      return this;
    }

    /**
     * Sets whether a stale copy from the client may answer.
     *
     * @param policy {@link StalePolicy#SERVE} by default
     * @return this builder
     */
    public Builder stale(StalePolicy policy) {
      this.stalePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     */
    public AmfiHistorySource build() {
      return new AmfiHistorySource(this);
    }
  }
}
