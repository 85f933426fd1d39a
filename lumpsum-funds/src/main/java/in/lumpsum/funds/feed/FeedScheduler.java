package in.lumpsum.funds.feed;

import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link NavFeed} every day after AMFI publishes, on an executor the host owns, retrying with
 * backoff when a run fails.
 *
 * <p><b>When.</b> SEBI asks fund houses to put each business day's NAVs on AMFI's site by 11 p.m. the
 * same day, and fund-of-funds NAVs by 10 a.m. the next business day (SEBI Master Circular for Mutual
 * Funds, May 2024, on the disclosure of NAV); most are there soon after 9 p.m. IST. So by default the
 * feed runs at 21:30 IST, and again at 10:30 IST for the schemes that publish the next morning (a run
 * of a file already applied changes nothing). The times are set with {@link Builder#runAt(LocalTime...)}
 * and read in {@code Asia/Kolkata} from the injected {@link Clock}; the scheduler never reads the
 * system clock.
 *
 * <p><b>Retries.</b> A run that throws (the source failed: network, HTTP error) or whose file was
 * rejected for too few rows (a partial upload) is tried again after a backoff that starts at
 * {@link Builder#initialBackoff(Duration)} (5 minutes) and doubles up to
 * {@link Builder#maxBackoff(Duration)} (1 hour), at most {@link Builder#maxAttempts(int)} (6) attempts;
 * then the scheduler waits for the next run time. A file of an unknown format is not retried: the
 * feed has published the format change and a person must look. The listener hears of every attempt.
 *
 * <p>Thread-safe. {@link #close()} cancels the pending run; it does not shut the executor down.
 *
 * @since 0.1.0
 */
public final class FeedScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

  /** Hears what the scheduler does; exceptions it throws are logged and ignored. */
  public interface Listener {
    /**
     * Called after an attempt that ran the feed.
     *
     * @param run what the run did
     * @param attempt the 1-based attempt
     * @param retryIn the wait before the next attempt, or empty when none follows
     */
    default void ran(FeedRun run, int attempt, Optional<Duration> retryIn) {}

    /**
     * Called after an attempt that failed.
     *
     * @param failure what went wrong
     * @param attempt the 1-based attempt
     * @param retryIn the wait before the next attempt, or empty when attempts are used up
     */
    default void failed(RuntimeException failure, int attempt, Optional<Duration> retryIn) {}

    /**
     * Called when the next scheduled run is set.
     *
     * @param at when it will start
     */
    default void scheduled(ZonedDateTime at) {}
  }

  private final NavFeed feed;
  private final FeedSource source;
  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final List<LocalTime> times;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Listener listener;

  // Guarded by this.
  private ScheduledFuture<?> pending;
  private boolean closed;

  private FeedScheduler(Builder b) {
    this.feed = Objects.requireNonNull(b.feed, "feed");
    this.source = Objects.requireNonNull(b.source, "source");
    this.executor = Objects.requireNonNull(b.executor, "executor");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.times = b.times.stream().sorted().toList();
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
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
   * Schedules the first run at the next run time.
   *
   * @return when it will start
   * @throws IllegalStateException if closed
   */
  public synchronized ZonedDateTime start() {
    return scheduleNext();
  }

  /**
   * Runs the feed now (on the executor), with retries, then goes on at the next run time.
   *
   * @throws IllegalStateException if closed
   */
  public synchronized void runNow() {
    schedule(() -> attempt(1), Duration.ZERO);
  }

  /**
   * Returns when the next run after an instant would start.
   *
   * @param after the instant's date and time in India
   * @return the next run time after it
   */
  public ZonedDateTime nextRunAfter(ZonedDateTime after) {
    ZonedDateTime local = after.withZoneSameInstant(IndianTime.ZONE);
    for (int day = 0; day <= 1; day++) {
      for (LocalTime t : times) {
        ZonedDateTime candidate = local.toLocalDate().plusDays(day).atTime(t).atZone(IndianTime.ZONE);
        if (candidate.isAfter(local)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no run time"); // unreachable: times is not empty
  }

  /** Cancels the pending run. The executor is the host's and is left running. */
  @Override
  public synchronized void close() {
    closed = true;
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }

  private synchronized ZonedDateTime scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(IndianTime.ZONE);
    ZonedDateTime next = nextRunAfter(now);
    schedule(() -> attempt(1), Duration.between(now, next));
    try {
      listener.scheduled(next);
    } catch (RuntimeException e) {
      LOG.warn("feed scheduler listener failed", e);
    }
    return next;
  }

  private synchronized void schedule(Runnable task, Duration delay) {
    if (closed) {
      throw new IllegalStateException("the feed scheduler is closed");
    }
    pending = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void attempt(int n) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    Optional<Duration> retryIn = n < maxAttempts ? Optional.of(backoff(n)) : Optional.empty();
    boolean retry;
    try {
      FeedRun run = feed.run(source);
      retry = run.status() == FeedStatus.REJECTED_ROW_COUNT;
      Optional<Duration> next = retry ? retryIn : Optional.empty();
      call(() -> listener.ran(run, n, next));
    } catch (RuntimeException e) {
      LOG.debug("feed run attempt {} failed", n, e);
      retry = true;
      call(() -> listener.failed(e, n, retryIn));
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      if (retry && retryIn.isPresent()) {
        schedule(() -> attempt(n + 1), retryIn.get());
      } else {
        scheduleNext();
      }
    }
  }

  private Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static void call(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("feed scheduler listener failed", e);
    }
  }

  /**
   * Builds a {@link FeedScheduler}. The feed, source, executor and clock are required. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private NavFeed feed;
    private FeedSource source;
    private ScheduledExecutorService executor;
    private Clock clock;
    private List<LocalTime> times = List.of(LocalTime.of(21, 30), LocalTime.of(10, 30));
    private int maxAttempts = 6;
    private Duration initialBackoff = Duration.ofMinutes(5);
    private Duration maxBackoff = Duration.ofHours(1);
    private Listener listener = new Listener() { };

    private Builder() {}

    /**
     * Sets the feed to run.
     *
     * @param feed the feed
     * @return this builder
     */
    public Builder feed(NavFeed feed) {
      this.feed = Objects.requireNonNull(feed, "feed");
      return this;
    }

    /**
     * Sets where each run gets the file, such as the host's HTTP download of {@code NAVAll.txt}.
     *
     * @param source the source, opened afresh on each attempt
     * @return this builder
     */
    public Builder source(FeedSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the executor the runs are scheduled on; the host owns and shuts it down.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(ScheduledExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the clock the run times are computed from.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the times of day, in India, to run at. Default 21:30 and 10:30.
     *
     * @param times one or more times
     * @return this builder
     * @throws IllegalArgumentException if none is given
     */
    public Builder runAt(LocalTime... times) {
      if (times.length == 0) {
        throw new IllegalArgumentException("times: at least one run time is needed");
      }
      List<LocalTime> list = new ArrayList<>();
      for (LocalTime t : times) {
        list.add(Objects.requireNonNull(t, "times element"));
      }
      this.times = List.copyOf(list);
      return this;
    }

    /**
     * Sets the most attempts per run time. Default 6.
     *
     * @param attempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts: must be at least 1 (got " + attempts + ")");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the wait before the first retry; each later wait doubles it. Default 5 minutes.
     *
     * @param backoff positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder initialBackoff(Duration backoff) {
      if (backoff.isNegative() || backoff.isZero()) {
        throw new IllegalArgumentException("backoff: must be positive (got " + backoff + ")");
      }
      this.initialBackoff = backoff;
      return this;
    }

    /**
     * Sets the longest wait between retries. Default 1 hour.
     *
     * @param backoff positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxBackoff(Duration backoff) {
      if (backoff.isNegative() || backoff.isZero()) {
        throw new IllegalArgumentException("backoff: must be positive (got " + backoff + ")");
      }
      this.maxBackoff = backoff;
      return this;
    }

    /**
     * Sets the listener.
     *
     * @param listener hears each attempt and schedule
     * @return this builder
     */
    public Builder listener(Listener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the scheduler; call {@link FeedScheduler#start()} to begin.
     *
     * @return the scheduler
     * @throws NullPointerException if the feed, source, executor or clock is missing
     */
    public FeedScheduler build() {
      return new FeedScheduler(this);
    }
  }
}
