package in.lumpsum.funds.feed;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.event.DataQualityAlert;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.FeedFormatChanged;
import in.lumpsum.core.event.NavCorrected;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.event.SchemeStale;
import in.lumpsum.core.event.Severity;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.core.store.spi.SchemeLineageStore;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiFormatException;
import in.lumpsum.funds.amfi.AmfiLayout;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.directory.NameChange;
import in.lumpsum.funds.directory.SchemeDirectory;
import in.lumpsum.funds.directory.SchemeNames;
import in.lumpsum.funds.directory.SchemeStatus;
import in.lumpsum.funds.directory.StalenessPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The daily NAV feed: takes AMFI's daily file ({@code NAVAll.txt}), checks it, diffs it against the
 * stores, writes what changed and publishes what happened.
 *
 * <h2>A run</h2>
 * <ol>
 *   <li><b>Read</b> the file with {@link AmfiReader}. A header that names no known layout
 *       ({@link AmfiFormatException}) stops the run: nothing is stored and a {@link FeedFormatChanged}
 *       is published (once per distinct header). A known layout different from the previous run's
 *       (the change of 19 August 2026 from 6 to 8 fields) publishes a {@link FeedFormatChanged} and the
 *       run goes on.
 *   <li><b>Sanity gate</b>: a file whose data rows fall below {@link Builder#minRowFraction(double)}
 *       (80%) of the median of the recent accepted files ({@link Builder#recentRuns(int)}, 10; the gate
 *       needs at least 3) is rejected: nothing is stored and a critical {@link DataQualityAlert}
 *       ({@code row-count-drop}) is published. A truncated download or an AMFI outage looks like this.
 *   <li><b>Schemes</b>: each row's scheme is merged into the known one (a plan or option the row does
 *       not state keeps the known one). A new code publishes {@link SchemeAdded}. A known code whose
 *       name changed publishes {@link SchemeRenamed} and is recorded in the directory's lineage, unless
 *       the change is only wording ({@link SchemeNames#sameFund(String, String, boolean)}: case,
 *       punctuation, noise words, remarks on former names or segregated portfolios; and, on the first
 *       file with {@code Plan}/{@code Option} columns after one without (AMFI, 19 August 2026) or for a
 *       name still carrying plan or option words, any words the name lost): then the scheme is updated
 *       silently. The scheme is one scheme throughout: its
 *       code and ISINs do not change. A new code carrying an ISIN another code holds publishes a
 *       {@code isin-shared} alert.
 *   <li><b>NAVs</b>: a NAV new for its scheme and date publishes {@link NavPublished}; a different
 *       value for a stored date publishes {@link NavCorrected} with both values; the same value
 *       publishes nothing. A new NAV that moved more than {@link Builder#navJumpThreshold(double)}
 *       (25%) from the scheme's previous one publishes a {@code nav-jump} alert.
 *   <li><b>Staleness</b>: on the file's date (the date most of its NAVs carry), each scheme the feed
 *       had seen active that is now stale or dead under the directory's {@link StalenessPolicy}
 *       publishes {@link SchemeStale}, once. Schemes already stale the first time the feed sees them
 *       are counted in the directory ({@link SchemeDirectory#unhealthy(LocalDate)}) without an event.
 *   <li>When the run changed anything and rows were left out, one {@code rows-rejected} alert gives the
 *       counts by reason.
 * </ol>
 *
 * <p><b>Idempotent.</b> Feeding the same file again changes nothing and publishes nothing: every event
 * above is published on a change only. Events are published after the stores are written; if a store
 * fails, the exception propagates and nothing is published.
 *
 * <p><b>State.</b> The previous layout, the recent row counts and the schemes seen active are kept in
 * memory; a host that restarts can seed the first two ({@link Builder#previousLayout(AmfiLayout)},
 * {@link Builder#recentRowCounts(List)}) from {@link #previousLayout()} and {@link #recentRowCounts()}.
 *
 * <p>Thread-safe: runs are serialised.
 *
 * @since 0.1.0
 */
public final class NavFeed {

  /** The {@code source} of the {@link FeedFormatChanged} events this feed publishes. */
  public static final String SOURCE = "amfi";

  private final SchemeStore schemes;
  private final NavStore navs;
  private final EventBus events;
  private final Clock clock;
  private final SchemeDirectory directory;
  private final double minRowFraction;
  private final int recentRuns;
  private final BigDecimal navJump;

  // Guarded by this.
  private AmfiLayout previousLayout;
  private String lastUnknownHeader;
  private final Deque<Integer> recentCounts = new ArrayDeque<>();
  private final Map<SchemeCode, SchemeStatus> watched = new HashMap<>();

  private NavFeed(Builder b) {
    this.schemes = Objects.requireNonNull(b.schemes, "schemes");
    this.navs = Objects.requireNonNull(b.navs, "navs");
    this.events = Objects.requireNonNull(b.events, "events");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.directory = b.directory != null ? b.directory
        : b.lineage != null ? SchemeDirectory.of(schemes, navs, b.policy, b.lineage)
        : SchemeDirectory.of(schemes, navs, b.policy);
    this.minRowFraction = b.minRowFraction;
    this.recentRuns = b.recentRuns;
    this.navJump = BigDecimal.valueOf(b.navJumpThreshold);
    this.previousLayout = b.previousLayout;
    for (int c : b.recentRowCounts) {
      remember(c);
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the directory the feed records renames in and judges staleness by.
   *
   * @return the directory
   */
  public SchemeDirectory directory() {
    return directory;
  }

  /**
   * Returns the layout of the last file applied.
   *
   * @return the layout, or empty before the first
   */
  public synchronized Optional<AmfiLayout> previousLayout() {
    return Optional.ofNullable(previousLayout);
  }

  /**
   * Returns the data-row counts of the recent accepted files, oldest first.
   *
   * @return the counts
   */
  public synchronized List<Integer> recentRowCounts() {
    return List.copyOf(recentCounts);
  }

  /**
   * Runs the feed on a file.
   *
   * @param file the daily file, plain or gzip-compressed
   * @return what the run did
   * @throws LumpsumException if the file cannot be read
   */
  public FeedRun run(Path file) {
    return run(FeedSource.of(Objects.requireNonNull(file, "file")));
  }

  /**
   * Runs the feed on a file's bytes.
   *
   * @param bytes the daily file, plain or gzip-compressed
   * @return what the run did
   */
  public FeedRun run(byte[] bytes) {
    return run(FeedSource.of(Objects.requireNonNull(bytes, "bytes")));
  }

  /**
   * Runs the feed on a file from a source.
   *
   * @param source opens the daily file, plain or gzip-compressed
   * @return what the run did
   * @throws LumpsumException if the source fails or the stream cannot be read (the message says which)
   */
  public FeedRun run(FeedSource source) {
    Objects.requireNonNull(source, "source");
    try (InputStream in = source.open()) {
      return run(in);
    } catch (IOException e) {
      throw new LumpsumException("cannot read the daily NAV file: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the feed on a stream, which is read to its end but not closed.
   *
   * @param in the daily file, plain or gzip-compressed
   * @return what the run did
   * @throws LumpsumException if the stream cannot be read
   */
  public synchronized FeedRun run(InputStream in) {
    Objects.requireNonNull(in, "in");
    Instant now = clock.instant();
    List<DomainEvent> out = new ArrayList<>();
    AmfiFile file;
    try {
      file = AmfiReader.read(in);
    } catch (AmfiFormatException e) {
      String header = e.header().isEmpty() ? "(no header)" : e.header();
      if (!header.equals(lastUnknownHeader)) {
        lastUnknownHeader = header;
        String old = previousLayout == null ? "unknown" : previousLayout.header();
        out.add(new FeedFormatChanged(SOURCE, old, "unrecognised: " + header,
            e.getMessage() + (e.unknownColumns().isEmpty() ? ""
                : "; unknown columns " + e.unknownColumns()), now));
      }
      publish(out);
      return rejected(FeedStatus.REJECTED_FORMAT, Optional.empty(), 0, out, e.getMessage());
    }
    lastUnknownHeader = null;
    int dataRows = file.dataRowCount();
    OptionalMedian median = median();
    if (median.present && dataRows < minRowFraction * median.value) {
      String detail = "the file has " + dataRows + " data rows, below " + Math.round(minRowFraction * 100)
          + "% of the median " + median.value + " of the last " + recentCounts.size() + " files";
      out.add(new DataQualityAlert("NAVAll.txt", "row-count-drop", detail, Severity.CRITICAL, now));
      publish(out);
      return rejected(FeedStatus.REJECTED_ROW_COUNT, Optional.of(file.layout()), dataRows, out,
          detail);
    }
    if (previousLayout != null && previousLayout != file.layout()) {
      out.add(new FeedFormatChanged(SOURCE, previousLayout.header(), file.layout().header(),
          "layout " + previousLayout + " -> " + file.layout(), now));
    }

    List<AmfiRow> rows = file.rows();
    LocalDate asOf = publicationDate(rows);
    // The plan and option words may have left the names when this file has the columns and the
    // previous one did not (AMFI, 19 August 2026); after a restart, names still carrying the words
    // tell the same.
    boolean wordsMoved = file.layout().hasPlanAndOption()
        && (previousLayout == null || !previousLayout.hasPlanAndOption());
    Applied applied = apply(rows, file.layout().hasPlanAndOption(), wordsMoved, true, true, now, out);

    int goneStale = asOf == null ? 0 : watch(asOf, applied.latestDates, now, out);
    if (applied.changed() && file.rejectedRowCount() > 0) {
      out.add(new DataQualityAlert("NAVAll.txt", "rows-rejected", file.rejectedRowCount()
          + " of " + dataRows + " rows left out: " + file.problemCountsByReason(), Severity.WARNING, now));
    }
    previousLayout = file.layout();
    remember(dataRows);
    publish(out);
    return new FeedRun(FeedStatus.APPLIED, Optional.of(file.layout()), Optional.ofNullable(asOf),
        dataRows, rows.size(), file.problemCountsByReason(), applied.added, applied.renamed,
        applied.updated, applied.published, applied.corrected, applied.unchanged, goneStale,
        counts(out), "");
  }

  /**
   * Applies rows to the stores, adding the events to {@code out}. Shared with the backfill, which
   * leaves known schemes as they are (history is older than what is known) and may publish no
   * {@link NavPublished} or NAV-jump alert for history.
   */
  Applied apply(List<AmfiRow> rows, boolean planOptionColumns, boolean wordsMoved,
      boolean updateKnown, boolean publishNavs, Instant now, List<DomainEvent> out) {
    Applied a = new Applied();
    // Schemes: last row per code wins, as the store would.
    Map<SchemeCode, AmfiRow> byCode = new LinkedHashMap<>();
    for (AmfiRow r : rows) {
      byCode.put(r.scheme().code(), r);
    }
    List<Scheme> changed = new ArrayList<>();
    List<DomainEvent> schemeEvents = new ArrayList<>();
    for (AmfiRow r : byCode.values()) {
      Scheme known = schemes.find(r.scheme().code()).orElse(null);
      Scheme merged = known != null && known.equals(r.scheme()) ? known : SchemeMerge.merge(known, r);
      if (known == null) {
        changed.add(merged);
        a.added++;
        schemeEvents.add(new SchemeAdded(merged.code(), merged.name(), now));
        sharedIsin(merged, now, schemeEvents);
      } else if (updateKnown && !known.equals(merged)) {
        changed.add(merged);
        if (!known.name().equals(merged.name()) && !SchemeNames.sameFund(known.name(), merged.name(),
            planOptionColumns && (wordsMoved || SchemeNames.namesPlanOrOption(known.name())))) {
          a.renamed++;
          schemeEvents.add(new SchemeRenamed(merged.code(), known.name(), merged.name(), now));
          a.renames.add(new NameChange(merged.code(), known.name(), merged.name(), r.date()));
        } else {
          a.updated++;
        }
      }
    }
    // NAVs: diff against the store first, so that each new NAV can be published.
    Map<NavKey, Nav> fresh = new LinkedHashMap<>();
    for (AmfiRow r : rows) {
      if (r.nav().isPresent()) {
        fresh.put(new NavKey(r.scheme().code(), r.date()), r.nav().get());
      }
    }
    // One look-up per scheme: its latest stored NAV. A later date is new (the daily case), the same
    // date is compared, an earlier date (history) is looked up exactly.
    List<NavRecord> writes = new ArrayList<>();
    List<NavRecord> inserted = new ArrayList<>();
    List<DomainEvent> jumps = new ArrayList<>();
    Map<SchemeCode, Optional<NavRecord>> latest = new HashMap<>();
    for (Map.Entry<NavKey, Nav> e : fresh.entrySet()) {
      NavKey k = e.getKey();
      NavRecord rec = new NavRecord(k.code, k.date, e.getValue());
      Optional<NavRecord> last = latest.computeIfAbsent(k.code, navs::latest);
      Optional<NavRecord> stored;
      if (last.isEmpty() || k.date.isAfter(last.get().date())) {
        stored = Optional.empty();
        if (publishNavs && last.isPresent()) {
          jump(last.get(), rec, now, jumps);
        }
        latest.put(k.code, Optional.of(rec));
      } else if (k.date.equals(last.get().date())) {
        stored = last;
      } else {
        stored = navs.exact(k.code, k.date);
      }
      if (stored.isEmpty()) {
        writes.add(rec);
        inserted.add(rec);
      } else if (!stored.get().nav().equals(e.getValue())) {
        writes.add(rec);
      } else {
        a.unchanged++;
      }
    }
    latest.forEach((code, rec) -> rec.ifPresent(r -> a.latestDates.put(code, r.date())));
    // Renames first: recording one is idempotent, so if a store fails after this, the next run
    // finds the old name still stored, sees the rename again and records it again harmlessly; the
    // other way round, a failing lineage store would leave the new name stored and the rename lost.
    for (NameChange c : a.renames) {
      directory.recordNameChange(c);
    }
    if (!changed.isEmpty()) {
      schemes.putAll(changed);
    }
    NavUpsertResult result = writes.isEmpty() ? NavUpsertResult.empty() : navs.upsert(writes);
    out.addAll(schemeEvents);
    for (NavRecord rec : publishNavs ? inserted : List.<NavRecord>of()) {
      out.add(new NavPublished(rec.scheme(), rec.date(), rec.nav(), now));
    }
    for (NavCorrection c : result.corrected()) {
      out.add(new NavCorrected(c.scheme(), c.date(), c.previous(), c.current(), now));
    }
    out.addAll(jumps);
    a.inserted = inserted.size();
    a.published = publishNavs ? inserted.size() : 0;
    a.corrected = result.corrected().size();
    return a;
  }

  private void sharedIsin(Scheme s, Instant now, List<DomainEvent> out) {
    for (Optional<Isin> isin : List.of(s.isinGrowthOrPayout(), s.isinReinvestment())) {
      if (isin.isPresent()) {
        schemes.findByIsin(isin.get()).filter(o -> !o.code().equals(s.code())).ifPresent(o ->
            out.add(new DataQualityAlert(s.code().toString(), "isin-shared", "new scheme " + s.code()
                + " carries ISIN " + isin.get() + " of scheme " + o.code(), Severity.WARNING, now)));
      }
    }
  }

  /** Applies a history report for the backfill, publishing its events. */
  synchronized Applied applyHistory(AmfiFile file, boolean publishNavs, List<DomainEvent> out) {
    Applied a = apply(file.rows(), file.layout().hasPlanAndOption(), false, false, publishNavs,
        clock.instant(), out);
    publish(out);
    return a;
  }

  /** Adds a NAV-jump alert when {@code rec} moved more than the threshold from {@code prev}. */
  private void jump(NavRecord prev, NavRecord rec, Instant now, List<DomainEvent> out) {
    // |new - old| > threshold * old, without a division per NAV.
    BigDecimal old = prev.nav().value();
    if (rec.nav().value().subtract(old).abs().compareTo(old.multiply(navJump)) > 0) {
      out.add(new DataQualityAlert(rec.scheme().toString(), "nav-jump", "NAV " + prev.nav() + " on "
          + prev.date() + " -> " + rec.nav() + " on " + rec.date(), Severity.WARNING, now));
    }
  }

  /** Publishes SchemeStale for watched schemes that went quiet; returns how many. */
  private int watch(LocalDate asOf, Map<SchemeCode, LocalDate> known, Instant now,
      List<DomainEvent> out) {
    StalenessPolicy policy = directory.policy();
    int gone = 0;
    for (Scheme s : schemes.all()) {
      // The latest dates of the schemes in the file are known from the run; the rest are read.
      LocalDate last = known.get(s.code());
      if (last == null) {
        Optional<NavRecord> latest = navs.latest(s.code());
        if (latest.isEmpty()) {
          continue;
        }
        last = latest.get().date();
      }
      SchemeStatus now2 = policy.statusOf(last, asOf);
      SchemeStatus before = watched.put(s.code(), now2);
      if (before == SchemeStatus.ACTIVE && now2 != SchemeStatus.ACTIVE) {
        out.add(new SchemeStale(s.code(), last, policy.businessDaysBetween(last, asOf), now));
        gone++;
      }
    }
    return gone;
  }

  /** The date most rows carry: AMFI's publication date, robust to dead schemes' old dates. */
  private static LocalDate publicationDate(List<AmfiRow> rows) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    LocalDate best = null;
    int bestCount = 0;
    for (AmfiRow r : rows) {
      if (r.nav().isEmpty()) {
        continue;
      }
      int c = counts.merge(r.date(), 1, Integer::sum);
      if (c > bestCount || c == bestCount && r.date().isAfter(best)) {
        best = r.date();
        bestCount = c;
      }
    }
    return best;
  }

  private FeedRun rejected(FeedStatus status, Optional<AmfiLayout> layout, int dataRows,
      List<DomainEvent> out, String detail) {
    return new FeedRun(status, layout, Optional.empty(), dataRows, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0,
        counts(out), detail);
  }

  private void publish(List<DomainEvent> out) {
    for (DomainEvent e : out) {
      events.publish(e);
    }
  }

  private static Map<String, Integer> counts(List<DomainEvent> out) {
    Map<String, Integer> m = new TreeMap<>();
    for (DomainEvent e : out) {
      m.merge(e.getClass().getSimpleName(), 1, Integer::sum);
    }
    return m;
  }

  private void remember(int count) {
    recentCounts.addLast(count);
    while (recentCounts.size() > recentRuns) {
      recentCounts.removeFirst();
    }
  }

  private OptionalMedian median() {
    if (recentCounts.size() < 3) {
      return new OptionalMedian(false, 0);
    }
    int[] a = recentCounts.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    int n = a.length;
    double m = n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2.0;
    return new OptionalMedian(true, m);
  }

  private record OptionalMedian(boolean present, double value) {}

  private record NavKey(SchemeCode code, LocalDate date) {}

  /** What {@link #apply} changed. */
  static final class Applied {
    int added;
    int renamed;
    int updated;
    int published;
    int inserted;
    int corrected;
    int unchanged;
    final List<NameChange> renames = new ArrayList<>();
    /** The latest NAV date of each scheme the rows had NAVs for, after the run. */
    final Map<SchemeCode, LocalDate> latestDates = new HashMap<>();

    boolean changed() {
      return added + renamed + updated + inserted + corrected > 0;
    }
  }

  /**
   * Builds a {@link NavFeed}. The stores, event bus and clock are required ({@link #lumpsum(Lumpsum)}
   * sets all four). Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private SchemeStore schemes;
    private NavStore navs;
    private EventBus events;
    private Clock clock;
    private SchemeDirectory directory;
    private SchemeLineageStore lineage;
    private StalenessPolicy policy = StalenessPolicy.DEFAULT;
    private double minRowFraction = 0.8;
    private int recentRuns = 10;
    private double navJumpThreshold = 0.25;
    private AmfiLayout previousLayout;
    private List<Integer> recentRowCounts = List.of();

    private Builder() {}

    /**
     * Takes the stores, event bus and clock of a {@link Lumpsum}.
     *
     * @param lumpsum the wired parts
     * @return this builder
     */
    public Builder lumpsum(Lumpsum lumpsum) {
      Objects.requireNonNull(lumpsum, "lumpsum");
      this.schemes = lumpsum.stores().schemes();
      this.navs = lumpsum.stores().navs();
      this.events = lumpsum.events();
      this.clock = lumpsum.clock();
      return this;
    }

    /**
     * Sets the scheme store.
     *
     * @param schemes the store
     * @return this builder
     */
    public Builder schemes(SchemeStore schemes) {
      this.schemes = Objects.requireNonNull(schemes, "schemes");
      return this;
    }

    /**
     * Sets the NAV store.
     *
     * @param navs the store
     * @return this builder
     */
    public Builder navs(NavStore navs) {
      this.navs = Objects.requireNonNull(navs, "navs");
      return this;
    }

    /**
     * Sets the bus the events are published on.
     *
     * @param events the bus
     * @return this builder
     */
    public Builder events(EventBus events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Sets the clock the events' instants are read from.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the directory to record renames in; by default one over the same stores with the
     * {@link #stalenessPolicy(StalenessPolicy) staleness policy} and the
     * {@link #lineage(SchemeLineageStore) lineage store}.
     *
     * @param directory the directory, over the same stores
     * @return this builder
     */
    public Builder directory(SchemeDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the store the default directory records renames in, so that they survive a restart; by
     * default they are kept in memory. Ignored when a {@link #directory(SchemeDirectory) directory} is
     * set: that directory has its own.
     *
     * @param lineage the lineage store
     * @return this builder
     * @since 0.2.0
     */
    public Builder lineage(SchemeLineageStore lineage) {
      this.lineage = Objects.requireNonNull(lineage, "lineage");
      return this;
    }

    /**
     * Sets when a scheme is stale, for the default directory.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder stalenessPolicy(StalenessPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the sanity gate: a file with fewer data rows than this fraction of the recent median is
     * rejected. Default 0.8.
     *
     * @param fraction from 0 (gate off) to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder minRowFraction(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction: must be from 0 to 1 (got " + fraction + ")");
      }
      this.minRowFraction = fraction;
      return this;
    }

    /**
     * Sets how many recent accepted files the median is taken over. Default 10.
     *
     * @param runs at least 3
     * @return this builder
     * @throws IllegalArgumentException if below 3
     */
    public Builder recentRuns(int runs) {
      if (runs < 3) {
        throw new IllegalArgumentException("runs: must be at least 3 (got " + runs + ")");
      }
      this.recentRuns = runs;
      return this;
    }

    /**
     * Sets the NAV move, as a fraction of the previous NAV, above which a {@code nav-jump} alert is
     * published. Default 0.25 (25%).
     *
     * @param fraction greater than 0
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder navJumpThreshold(double fraction) {
      if (!(fraction > 0) || Double.isInfinite(fraction)) {
        throw new IllegalArgumentException("fraction: must be positive (got " + fraction + ")");
      }
      this.navJumpThreshold = fraction;
      return this;
    }

    /**
     * Seeds the layout of the last file applied before a restart.
     *
     * @param layout the layout
     * @return this builder
     */
    public Builder previousLayout(AmfiLayout layout) {
      this.previousLayout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Seeds the data-row counts of recent accepted files before a restart, oldest first.
     *
     * @param counts the counts
     * @return this builder
     */
    public Builder recentRowCounts(List<Integer> counts) {
      this.recentRowCounts = List.copyOf(counts);
      return this;
    }

    /**
     * Builds the feed.
     *
     * @return the feed
     * @throws NullPointerException if the stores, bus or clock are missing
     */
    public NavFeed build() {
      return new NavFeed(this);
    }
  }
}
