package in.lumpsum.funds.nav;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavLookup;
import in.lumpsum.core.nav.NavProvider;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.nav.spi.NavSource;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NAVs by scheme and date under an explicit {@link NavPolicy}, from the local {@link NavStore} first
 * and then from a chain of {@link NavSource}s, with what a source returns written through to the
 * store.
 *
 * <h2>Which source answers</h2>
 *
 * <p>The store is trusted inside the span of dates it holds for a scheme (from its first to its last
 * NAV): a date in that span is answered from the store alone, a missing date in it being a holiday.
 * A date outside the span asks the sources in the order they were added, for the dates from the end
 * of the span to the date (and on to the policy's bound, at most {@link Builder#fetchWindowDays(int)}
 * days, for on-or-after), so that what is written through stays contiguous with the span; with nothing
 * stored, for the window of {@code fetchWindowDays} around the date. No source is asked for dates
 * after today by the clock. The NAVs a source
 * returns for dates the store lacks are upserted into the store (one batch; stored NAVs are never
 * overwritten here, {@link #crossCheck} compares them instead), and the look-up is answered again.
 * The source whose NAV answers is named in the {@link NavQuote} (a live source that settles the
 * look-up at once, or the source that wrote the NAV used in this look-up); if none did, the store's
 * answer stands (for example the last stored NAV for a valuation after it).
 *
 * <h2>Remembered misses</h2>
 *
 * <p>A source that answers a look-up with no NAV for the dates asked is remembered as having none for
 * them, for a bounded time and in a bounded number of entries (see
 * {@link Builder#sourceMisses(int, Duration)}; 1,000 entries for 15 minutes by default). While
 * remembered, a look-up that would ask that source for the same scheme and dates, or fewer of them,
 * does not ask it again: a valuation on a weekend or holiday after the last stored NAV, which lies
 * outside the store's trusted span, is then answered from the store without a remote call each
 * time. Dates not covered (a later date, or a span that grew) are asked as usual; a failure is never
 * remembered, nor an empty answer read from a stale copy (the remote could not be asked). The time
 * bound is what lets a NAV published later (AMFI publishes after about 21:00 IST, some schemes the
 * next morning) be found; it is measured on the builder's clock.
 *
 * <h2>Stale copies</h2>
 *
 * <p>Sources are asked through {@link NavSource#answer}, which says whether the NAVs were read from
 * a stale copy: one the source's client served because the remote could not be reached (see
 * {@code StalePolicy} in {@code funds.nav.sources}). Such NAVs are published ones and are written
 * through, but unless they bring the date inside the stored span the remaining sources are still
 * asked: a live answer wins, and a live NAV replaces a different one that a stale copy wrote in the
 * same look-up. The quote is {@linkplain NavQuote#stale() stale} when a source answered from a
 * stale copy and none answered live (a miss remembered from a live answer counts as live); it names
 * the source whose NAV it is, or the store when the copies held nothing newer. The first stale
 * quote of each source is logged at WARN, later ones at DEBUG. Asked again during the outage, a
 * date still outside the stored span gets a stale answer again; one the copy brought inside it is
 * answered by the store alone, and is not stale (the store keeps NAVs, not how they were fetched).
 *
 * <p>Look-ups of one scheme running at the same time can each write NAVs the other has just
 * written: the store's upsert replaces, so a stale copy's NAV can replace a live one written a
 * moment before by another thread (a narrow race during an outage). {@link #crossCheck} compares
 * the store with the sources and finds such a NAV.
 *
 * <h2>Failures</h2>
 *
 * <p>A source that throws is skipped: the next one is asked, the first failure of each source is
 * logged at WARN and later ones at DEBUG. If a NAV is found all the same, it is returned; if none is
 * and a source failed, {@link NavUnavailableException} is thrown with the failures attached as
 * suppressed exceptions, so that "none exists" (an empty {@link Optional}) is never confused with
 * "could not ask".
 *
 * <p>Thread-safe when the store and sources are.
 *
 * @since 0.1.0
 */
public final class NavService implements NavProvider {

  /** The source name of NAVs answered from the local store. */
  public static final String STORE = "store";

  private static final Logger LOG = LoggerFactory.getLogger(NavService.class);

  private final NavStore store;
  private final Map<String, NavSource> sources;
  private final Clock clock;
  private final int fetchWindowDays;
  private final BigDecimal absoluteTolerance;
  private final BigDecimal relativeTolerance;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private final Set<String> warnedStale = ConcurrentHashMap.newKeySet();
  /** The dates each source had no NAV for, by source and scheme; null when not remembering. */
  private final Cache<MissKey, Miss> misses;

  private NavService(Builder b) {
    this.store = b.store;
    this.sources = new LinkedHashMap<>(b.sources);
    this.clock = b.clock;
    this.fetchWindowDays = b.fetchWindowDays;
    this.absoluteTolerance = b.absoluteTolerance;
    this.relativeTolerance = b.relativeTolerance;
    Clock ticking = b.clock;
    this.misses = b.missEntries == 0 || b.missTtl.isZero() ? null : Caffeine.newBuilder()
        .maximumSize(b.missEntries)
        .expireAfterWrite(b.missTtl)
        .ticker(() -> ticking.millis() * 1_000_000L)
        .executor(Runnable::run)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder with no store (required), no sources, the system clock in India, a 31-day fetch
   *     window, a cross-check tolerance of 0.005 rupees, and source misses remembered in 1,000
   *     entries for 15 minutes
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the NAV of a scheme for a date under a policy.
   *
   * @param scheme the scheme
   * @param date the date asked for
   * @param policy how to pick the NAV
   * @return the quote, or empty if neither the store nor any source has a NAV the policy accepts
   * @throws NavUnavailableException if no NAV was found and a source failed
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public Optional<NavQuote> lookup(SchemeCode scheme, LocalDate date, NavPolicy policy) {
    Resolution r = resolve(scheme, date, policy);
    if (r.quote.isEmpty() && !r.failures.isEmpty()) {
      throw unavailable(scheme, date, policy, r);
    }
    return r.quote;
  }

  /**
   * Finds, for each of several schemes, the NAV on or before a date under
   * {@link NavPolicy#VALUATION}: what valuing a portfolio needs. Each scheme is looked up as
   * {@link #lookup(SchemeCode, LocalDate, NavPolicy)} does, so a NAV the store lacks is asked of the
   * sources and written through.
   *
   * @param schemes the schemes; a scheme given twice is looked up once
   * @param date the date
   * @return the NAV on or before {@code date} of each scheme that has one, in the order given, as
   *     the store keeps it (the source that answered is not kept: use {@code lookup} for it)
   * @throws NavUnavailableException if a scheme has no NAV and a source failed: the valuation
   *     would otherwise count as missing a NAV that may exist
   * @throws in.lumpsum.core.store.StoreException if the store fails
   * @since 0.2.0
   */
  @Override
  public Map<SchemeCode, NavRecord> onOrBefore(Collection<SchemeCode> schemes, LocalDate date) {
    Objects.requireNonNull(schemes, "schemes");
    Objects.requireNonNull(date, "date");
    Map<SchemeCode, NavRecord> found = new LinkedHashMap<>();
    for (SchemeCode scheme : new LinkedHashSet<>(schemes)) {
      lookup(scheme, date, NavPolicy.VALUATION)
          .ifPresent(q -> found.put(scheme, new NavRecord(scheme, q.date(), q.nav())));
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Returns the NAV of a scheme for a date under a policy, or fails.
   *
   * @param scheme the scheme
   * @param date the date asked for
   * @param policy how to pick the NAV
   * @return the quote
   * @throws NavUnavailableException if no NAV the policy accepts was found
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public NavQuote require(SchemeCode scheme, LocalDate date, NavPolicy policy) {
    Resolution r = resolve(scheme, date, policy);
    return r.quote.orElseThrow(() -> unavailable(scheme, date, policy, r));
  }

  /**
   * Compares the store and every source on the dates they share in a range.
   *
   * <p>Two NAVs agree when they differ by at most the larger of the absolute and the relative
   * tolerance (see {@link Builder#tolerance(BigDecimal, BigDecimal)}). Nothing is written to the
   * store. A source that fails is named, with the exception it threw, in
   * {@link CrossCheckReport#exceptions()} and left out of the comparisons.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the comparisons of every pair of sources, the store first
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public CrossCheckReport crossCheck(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + " (got " + to + ")");
    }
    Map<String, NavSeries> answers = new LinkedHashMap<>();
    Map<String, RuntimeException> failures = new LinkedHashMap<>();
    answers.put(STORE, clip(store.series(scheme), from, to));
    for (Map.Entry<String, NavSource> s : sources.entrySet()) {
      try {
        NavSeries got = Objects.requireNonNull(s.getValue().history(scheme, from, to),
            "source returned null");
        answers.put(s.getKey(), clip(got, from, to));
      } catch (RuntimeException e) {
        warnOnce(s.getKey(), scheme, e);
        failures.put(s.getKey(), e);
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    answers.forEach((name, series) -> counts.put(name, series.size()));
    List<String> names = new ArrayList<>(answers.keySet());
    List<SourceComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        comparisons.add(compare(names.get(i), answers.get(names.get(i)), names.get(j),
            answers.get(names.get(j))));
      }
    }
    return new CrossCheckReport(scheme, from, to, counts, comparisons, failures);
  }

  private SourceComparison compare(String firstName, NavSeries first, String secondName,
      NavSeries second) {
    int overlap = 0;
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      int k = second.indexOf(first.epochDayAt(i));
      if (k < 0) {
        continue;
      }
      overlap++;
      BigDecimal a = first.navAt(i);
      BigDecimal b = second.navAt(k);
      BigDecimal allowed = absoluteTolerance.max(relativeTolerance.multiply(a.max(b)));
      if (a.subtract(b).abs().compareTo(allowed) > 0) {
        out.add(new Disagreement(first.dateAt(i), Nav.of(a), Nav.of(b)));
      }
    }
    return new SourceComparison(firstName, secondName, overlap, out);
  }

  // ---------------------------------------------------------------------------------------------

  /** A look-up's answer and the source failures met on the way. */
  private record Resolution(Optional<NavQuote> quote, List<RuntimeException> failures) {}

  private Resolution resolve(SchemeCode scheme, LocalDate date, NavPolicy policy) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    NavSeries held = store.series(scheme);
    if (covers(held, date)) {
      return new Resolution(answer(held, scheme, date, policy, STORE), List.of());
    }
    List<RuntimeException> failures = new ArrayList<>();
    Asked asked = new Asked();
    LocalDate[] window = window(held, date, policy, IndianTime.today(clock));
    if (window != null) {
      for (Map.Entry<String, NavSource> s : sources.entrySet()) {
        MissKey key = new MissKey(s.getKey(), scheme);
        if (rememberedMiss(key, window)) {
          // Remembered from a live answer with nothing for these dates: that answer still holds.
          asked.live = true;
          LOG.debug("NAV source {} had no NAV for scheme {} from {} to {} a moment ago; not asked",
              s.getKey(), scheme, window[0], window[1]);
          continue;
        }
        NavSeries fetched;
        boolean stale;
        try {
          SourceAnswer got = Objects.requireNonNull(
              s.getValue().answer(scheme, window[0], window[1]), "source returned null");
          fetched = clip(got.series(), window[0], window[1]);
          stale = got.stale();
        } catch (RuntimeException e) {
          warnOnce(s.getKey(), scheme, e);
          failures.add(e);
          continue;
        }
        if (stale) {
          asked.stale = true;
        } else {
          asked.live = true;
        }
        if (fetched.isEmpty() && !stale && misses != null) {
          misses.put(key, new Miss(window[0], window[1]));
        }
        if (writeThrough(scheme, held, fetched, s.getKey(), stale, asked) > 0) {
          held = store.series(scheme);
        }
        Optional<NavQuote> q = answer(held, scheme, date, policy, STORE);
        if (q.isPresent() && !stale && fetched.indexOf(q.get().date()) >= 0) {
          // A live source settles it (its NAV replaced any a stale copy wrote in this look-up).
          NavQuote found = q.get();
          return new Resolution(Optional.of(new NavQuote(scheme, date, found.date(), found.nav(),
              policy, s.getKey(), false)), failures);
        }
        if (q.isPresent() && covers(held, date)) {
          // The date now lies inside what the store holds: no later NAV can change the answer.
          return new Resolution(Optional.of(settled(q.get(), asked)), failures);
        }
        // A stale copy that settled it is kept; the other sources are asked for a live answer.
      }
    }
    return new Resolution(answer(held, scheme, date, policy, STORE).map(q -> settled(q, asked)),
        failures);
  }

  /** What the sources said in one look-up. */
  private static final class Asked {
    /** Some source answered live, or is remembered to have had nothing, live, a moment ago. */
    boolean live;
    /** Some source answered from a stale copy. */
    boolean stale;
    /** The source that wrote each date in this look-up, and the dates written from stale copies. */
    final Map<LocalDate, String> writtenBy = new HashMap<>();
    final Set<LocalDate> writtenStale = new HashSet<>();
  }

  /**
   * The store's answer after the sources were asked: named after the source that wrote its NAV in
   * this look-up (the store if none did), and stale if a source answered from a stale copy and none
   * answered live.
   */
  private NavQuote settled(NavQuote q, Asked asked) {
    String source = asked.writtenBy.getOrDefault(q.date(), STORE);
    boolean stale = asked.stale && !asked.live;
    if (stale) {
      warnStaleOnce(source, q.scheme(), q.date());
    }
    return source.equals(q.source()) && stale == q.stale() ? q
        : new NavQuote(q.scheme(), q.requested(), q.date(), q.nav(), q.policy(), source, stale);
  }

  /** Which source was asked about which scheme. */
  private record MissKey(String source, SchemeCode scheme) {}

  /** The dates a source was asked for and had no NAV for. */
  private record Miss(LocalDate from, LocalDate to) {}

  /** Tells whether the source is remembered to have had nothing for every date of the window. */
  private boolean rememberedMiss(MissKey key, LocalDate[] window) {
    Miss miss = misses == null ? null : misses.getIfPresent(key);
    return miss != null && !window[0].isBefore(miss.from()) && !window[1].isAfter(miss.to());
  }

  /** Tells whether the date lies within the series' first and last dates. */
  private static boolean covers(NavSeries series, LocalDate date) {
    return !series.isEmpty() && !date.isBefore(series.firstDate().orElseThrow())
        && !date.isAfter(series.lastDate().orElseThrow());
  }

  /**
   * Returns the dates to ask the sources for, or null if there is nothing worth asking. Past either
   * end of the stored span the window reaches back to that end, so that what is written through
   * stays contiguous with the span and the span's trust rule stays true.
   */
  private LocalDate[] window(NavSeries held, LocalDate date, NavPolicy policy, LocalDate today) {
    int reach = Math.min(policy.maxGapDays(), fetchWindowDays);
    LocalDate from = switch (policy.lookup()) {
      case ON_OR_BEFORE -> date.minusDays(reach);
      case EXACT, ON_OR_AFTER -> date;
    };
    LocalDate to = switch (policy.lookup()) {
      case ON_OR_AFTER -> date.plusDays(reach);
      case EXACT, ON_OR_BEFORE -> date;
    };
    if (!held.isEmpty()) {
      LocalDate first = held.firstDate().orElseThrow();
      LocalDate last = held.lastDate().orElseThrow();
      if (date.isAfter(last)) {
        from = last.plusDays(1);
      } else if (date.isBefore(first)) {
        to = first.minusDays(1);
      }
    }
    if (to.isAfter(today)) {
      to = today;
    }
    return from.isAfter(to) ? null : new LocalDate[] {from, to};
  }

  private static Optional<NavQuote> answer(NavSeries held, SchemeCode scheme, LocalDate date,
      NavPolicy policy, String source) {
    int i = switch (policy.lookup()) {
      case EXACT -> held.indexOf(date);
      case ON_OR_BEFORE -> held.indexOnOrBefore(date);
      case ON_OR_AFTER -> held.indexOnOrAfter(date);
    };
    if (i < 0) {
      return Optional.empty();
    }
    LocalDate used = held.dateAt(i);
    if (!policy.allows(Math.abs(ChronoUnit.DAYS.between(date, used)))) {
      return Optional.empty();
    }
    return Optional.of(new NavQuote(scheme, date, used, Nav.of(held.navAt(i)), policy, source));
  }

  /**
   * Writes to the store the NAVs a source returned for dates it lacks, and, from a live source, the
   * NAVs of dates a stale copy wrote earlier in the same look-up when they differ (live beats
   * stale); a NAV the store held before the look-up is never overwritten here ({@link #crossCheck}
   * compares them). Returns the number written.
   */
  private int writeThrough(SchemeCode scheme, NavSeries held, NavSeries fetched, String source,
      boolean stale, Asked asked) {
    List<NavRecord> fresh = new ArrayList<>();
    for (int i = 0; i < fetched.size(); i++) {
      LocalDate d = fetched.dateAt(i);
      int k = held.indexOf(fetched.epochDayAt(i));
      boolean replaces = k >= 0 && !stale && asked.writtenStale.contains(d)
          && held.navAt(k).compareTo(fetched.navAt(i)) != 0;
      if (k < 0 || replaces) {
        fresh.add(new NavRecord(scheme, d, Nav.of(fetched.navAt(i))));
        asked.writtenBy.put(d, source);
        if (stale) {
          asked.writtenStale.add(d);
        } else {
          asked.writtenStale.remove(d);
        }
      } else if (!stale && asked.writtenStale.remove(d)) {
        // The live source has the same NAV for a date a stale copy wrote: it is live now.
        asked.writtenBy.put(d, source);
      }
    }
    if (!fresh.isEmpty()) {
      store.upsert(fresh);
    }
    return fresh.size();
  }

  private static NavSeries clip(NavSeries series, LocalDate from, LocalDate to) {
    if (series.isEmpty() || (!series.firstDate().orElseThrow().isBefore(from)
        && !series.lastDate().orElseThrow().isAfter(to))) {
      return series;
    }
    int a = series.indexOnOrAfter(from);
    int b = series.indexOnOrBefore(to);
    NavSeries.Builder out = NavSeries.builder();
    for (int i = a; a >= 0 && i <= b; i++) {
      out.add(series.get(i));
    }
    return out.build();
  }

  private void warnStaleOnce(String source, SchemeCode scheme, LocalDate used) {
    if (source.equals(STORE)) {
      if (warnedStale.add(STORE)) {
        LOG.warn("The NAV sources could answer scheme {} only from stale copies (their remotes"
            + " could not be reached) that held nothing newer than the stored NAV of {}; the quote"
            + " is marked stale (later such answers are logged at DEBUG)", scheme, used);
      } else {
        LOG.debug("Scheme {}: stale copies only, nothing newer than the stored NAV of {}", scheme,
            used);
      }
      return;
    }
    if (warnedStale.add(source)) {
      LOG.warn("NAV source {} answered scheme {} with the NAV of {} from a stale copy (its remote"
          + " could not be reached; newer NAVs may exist); the quote is marked stale (later stale"
          + " answers of this source are logged at DEBUG)", source, scheme, used);
    } else {
      LOG.debug("NAV source {} answered scheme {} with the NAV of {} from a stale copy", source,
          scheme, used);
    }
  }

  private void warnOnce(String source, SchemeCode scheme, RuntimeException e) {
    if (warned.add(source)) {
      LOG.warn("NAV source {} failed for scheme {}; asking the next source (later failures of this"
          + " source are logged at DEBUG): {}", source, scheme, e.toString());
    } else {
      LOG.debug("NAV source {} failed for scheme {}: {}", source, scheme, e.toString());
    }
  }

  private static NavUnavailableException unavailable(SchemeCode scheme, LocalDate date,
      NavPolicy policy, Resolution r) {
    NavUnavailableException e = new NavUnavailableException(scheme, date, policy,
        r.failures.isEmpty()
            ? "none stored or found within the policy's bounds"
            : r.failures.size() + " source failure(s), and none stored within the policy's bounds");
    r.failures.forEach(e::addSuppressed);
    return e;
  }

  /**
   * Builds a {@link NavService}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private NavStore store;
    private final Map<String, NavSource> sources = new LinkedHashMap<>();
    private Clock clock = IndianTime.systemClock();
    private int fetchWindowDays = 31;
    private BigDecimal absoluteTolerance = new BigDecimal("0.005");
    private BigDecimal relativeTolerance = BigDecimal.ZERO;
    private int missEntries = 1_000;
    private Duration missTtl = Duration.ofMinutes(15);

    private Builder() {}

    /**
     * Sets the local store: asked first, and written through.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(NavStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Adds a source after those added before.
     *
     * @param name the name quotes and reports give it, such as {@code "amfi"} or {@code "mfapi"}
     * @param source the source
     * @return this builder
     * @throws IllegalArgumentException if the name is blank, {@value NavService#STORE}, or already
     *     used
     */
    public Builder source(String name, NavSource source) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
      if (name.isBlank() || name.equals(STORE) || sources.containsKey(name)) {
        throw new IllegalArgumentException("name: must be non-blank, not '" + STORE
            + "' and not used before (got '" + name + "')");
      }
      sources.put(name, source);
      return this;
    }

    /**
     * Sets the clock that says what today is, so that no source is asked for future dates.
     *
     * @param clock the clock; dates are taken in India
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how many calendar days around the date asked for a source is asked for, at most: before
     * it for on-or-before, after it for on-or-after (less when the policy's bound is smaller).
     *
     * @param days the window, 0 or more; 31 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder fetchWindowDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("days: must not be negative (got " + days + ")");
      }
      this.fetchWindowDays = days;
      return this;
    }

    /**
     * Sets when two sources' NAVs for one date agree in {@link NavService#crossCheck}: when they
     * differ by at most {@code max(absolute, relative * larger NAV)}. The default, 0.005 rupees
     * absolute and no relative part, lets a source that rounds to 2 decimals (such as the 2016
     * archive) agree with one that publishes 4.
     *
     * @param absolute the absolute tolerance in rupees, 0 or more
     * @param relative the relative tolerance as a fraction (0.001 is 0.1%), 0 or more
     * @return this builder
     * @throws IllegalArgumentException if a tolerance is negative
     */
    public Builder tolerance(BigDecimal absolute, BigDecimal relative) {
      Objects.requireNonNull(absolute, "absolute");
      Objects.requireNonNull(relative, "relative");
      if (absolute.signum() < 0 || relative.signum() < 0) {
        throw new IllegalArgumentException("tolerance: must not be negative (got " + absolute
            + ", " + relative + ")");
      }
      this.absoluteTolerance = absolute;
      this.relativeTolerance = relative;
      return this;
    }

    /**
     * Sets how the service remembers that a source had no NAV for the dates it was asked (see
     * "Remembered misses" on {@link NavService}).
     *
     * @param maxEntries the most (source, scheme) pairs remembered, 0 or more; 0 remembers nothing
     * @param ttl how long a miss is remembered after the source was asked, by the builder's clock;
     *     zero remembers nothing. Defaults: 1,000 entries, 15 minutes
     * @return this builder
     * @throws IllegalArgumentException if {@code maxEntries} or {@code ttl} is negative
     */
    public Builder sourceMisses(int maxEntries, Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (maxEntries < 0) {
        throw new IllegalArgumentException("maxEntries: must not be negative (got " + maxEntries
            + ")");
      }
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("ttl: must not be negative (got " + ttl + ")");
      }
      this.missEntries = maxEntries;
      this.missTtl = ttl;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws IllegalStateException if no store was set
     */
    public NavService build() {
      if (store == null) {
        throw new IllegalStateException("store: a NavStore is required (use store(...))");
      }
      return new NavService(this);
    }
  }
}
