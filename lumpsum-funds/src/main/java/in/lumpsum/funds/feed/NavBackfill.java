package in.lumpsum.funds.feed;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads NAV history for a range of dates into the feed's stores, range by range, reporting progress to
 * a listener.
 *
 * <p>The dates are split into ranges of {@link Builder#chunkDays(int)} days (30 by default; AMFI's
 * history report is asked for one range at a time). Each range's report is read with
 * {@link AmfiReader} in any history or daily layout and applied like a feed run, with three
 * differences: schemes already known are left as they are (history is older than what is known, and
 * must not turn today's names back into old ones); no {@code NavPublished} event or NAV-jump alert is
 * published unless {@link Builder#publishNavs(boolean)} asks for them (history is not news);
 * {@code SchemeAdded} and {@code NavCorrected} are published. A range that fails (the source throws,
 * the report's header is unknown) is reported to the listener and in the result, and the next range is
 * loaded: partial success is a value. Loading the same range again changes nothing.
 *
 * <p>Thread-safe: runs on the caller's thread, one range at a time, serialised with the feed's runs.
 *
 * @since 0.1.0
 */
public final class NavBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(NavBackfill.class);

  private final NavFeed feed;
  private final HistorySource source;
  private final int chunkDays;
  private final boolean publishNavs;
  private final Consumer<BackfillProgress> listener;

  private NavBackfill(Builder b) {
    this.feed = Objects.requireNonNull(b.feed, "feed");
    this.source = Objects.requireNonNull(b.source, "source");
    this.chunkDays = b.chunkDays;
    this.publishNavs = b.publishNavs;
    this.listener = b.listener;
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
   * Loads the history from one date to another.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive
   * @return what was loaded, and the ranges that failed
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public BackfillResult run(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + " (got " + to + ")");
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    int chunks = (int) ((days + chunkDays - 1) / chunkDays);
    int rowsRead = 0;
    int added = 0;
    int inserted = 0;
    int corrected = 0;
    int unchanged = 0;
    Map<String, Integer> problems = new LinkedHashMap<>();
    List<BackfillProgress> failures = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      LocalDate a = from.plusDays((long) i * chunkDays);
      LocalDate b = a.plusDays(chunkDays - 1L).isAfter(to) ? to : a.plusDays(chunkDays - 1L);
      BackfillProgress progress;
      try (InputStream in = source.fetch(a, b)) {
        AmfiFile file = AmfiReader.read(Objects.requireNonNull(in, "history source stream"));
        List<DomainEvent> out = new ArrayList<>();
        NavFeed.Applied applied = feed.applyHistory(file, publishNavs, out);
        rowsRead += file.rows().size();
        added += applied.added;
        inserted += applied.inserted;
        corrected += applied.corrected;
        unchanged += applied.unchanged;
        file.problemCountsByReason().forEach((k, v) -> problems.merge(k, v, Integer::sum));
        progress = new BackfillProgress(i + 1, chunks, a, b, file.rows().size(),
            applied.inserted + applied.corrected, Optional.empty());
      } catch (IOException | LumpsumException e) {
        LOG.debug("backfill of {} to {} failed", a, b, e);
        progress = new BackfillProgress(i + 1, chunks, a, b, 0, 0,
            Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
        failures.add(progress);
      }
      notify(progress);
    }
    return new BackfillResult(from, to, chunks, rowsRead, added, inserted, corrected, unchanged,
        problems, failures);
  }

  private void notify(BackfillProgress p) {
    try {
      listener.accept(p);
    } catch (RuntimeException e) {
      LOG.warn("backfill progress listener failed", e);
    }
  }

  /**
   * Builds a {@link NavBackfill}. The feed and source are required. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private NavFeed feed;
    private HistorySource source;
    private int chunkDays = 30;
    private boolean publishNavs;
    private Consumer<BackfillProgress> listener = p -> { };

    private Builder() {}

    /**
     * Sets the feed whose stores, bus and directory the history is loaded into.
     *
     * @param feed the feed
     * @return this builder
     */
    public Builder feed(NavFeed feed) {
      this.feed = Objects.requireNonNull(feed, "feed");
      return this;
    }

    /**
     * Sets where the history reports come from.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(HistorySource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets how many days each report covers. Default 30.
     *
     * @param days at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder chunkDays(int days) {
      if (days < 1) {
        throw new IllegalArgumentException("days: must be at least 1 (got " + days + ")");
      }
      this.chunkDays = days;
      return this;
    }

    /**
     * Sets whether each NAV loaded is published as a {@code NavPublished} event (with NAV-jump
     * alerts). Default false.
     *
     * @param publish true to publish
     * @return this builder
     */
    public Builder publishNavs(boolean publish) {
      this.publishNavs = publish;
      return this;
    }

    /**
     * Sets the listener told after each range; an exception it throws is logged and ignored.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(Consumer<BackfillProgress> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the backfill.
     *
     * @return the backfill
     * @throws NullPointerException if the feed or source is missing
     */
    public NavBackfill build() {
      return new NavBackfill(this);
    }
  }
}
