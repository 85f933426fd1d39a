package in.lumpsum.benchmarks.event;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;

import in.lumpsum.core.event.DeliveryMode;
import in.lumpsum.core.event.EventListener;
import in.lumpsum.core.event.InProcessEventBus;
import in.lumpsum.core.event.NavPublished;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fan-out of one NAV update to 10,000 subscribers: the time from publishing one
 * {@link NavPublished} until every subscriber has received it.
 *
 * <ul>
 *   <li>{@code inProcessBus_sync}: a synchronous {@link InProcessEventBus}; every listener records
 *       the event in its own fields (a per-subscriber cache update). Delivery is complete when
 *       {@code publish} returns.
 *   <li>{@code inProcessBus_syncCountDown}: the same bus, but each listener also counts down a
 *       per-operation {@link CountDownLatch}, exactly like the baseline's subscribers, to show the
 *       cost of the same per-subscriber work.
 *   <li>{@code inProcessBus_async}: an asynchronous bus on its own pool of two daemon threads; each
 *       listener counts down the per-operation latch, which the benchmark thread awaits.
 *   <li>{@code baseline_submissionPublisher}: the JDK's {@link SubmissionPublisher} on
 *       {@code Executors.newFixedThreadPool(2)} with 10,000 subscribers that request
 *       {@code Long.MAX_VALUE} and count down the per-operation latch, which the benchmark thread
 *       awaits.
 * </ul>
 *
 * <p>Each method uses its own {@link State}, so a fork builds only the system it measures. Run from
 * the project root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EventBusFanOutBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 *
 * <p>Results, with the JDK and hardware they came from, are in {@code benchmarks/README.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class EventBusFanOutBenchmark {

  /** Subscribers per system. */
  static final int SUBSCRIBERS = 10_000;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), ZoneId.of("Asia/Kolkata"));

  /** The update every operation publishes: one scheme's NAV for one day. */
  static final NavPublished UPDATE =
      new NavPublished(
          SchemeCode.of(119551), LocalDate.of(2026, 11, 27), Nav.parse("37.4215"), CLOCK.instant());

  /** A subscriber that keeps the latest NAV it was given, like a per-view cache. */
  static final class Recorder implements EventListener<NavPublished> {
    int received;
    NavPublished last;

    @Override
    public void onEvent(NavPublished event) {
      received++;
      last = event;
    }
  }

  /** A synchronous bus with 10,000 recording listeners. */
  @State(Scope.Benchmark)
  public static class SyncBus {
    InProcessEventBus bus;
    Recorder[] recorders;

    /** Builds the bus and subscribes the listeners. */
    @Setup(Level.Trial)
    public void setUp() {
      bus = InProcessEventBus.builder().build();
      recorders = new Recorder[SUBSCRIBERS];
      for (int i = 0; i < SUBSCRIBERS; i++) {
        recorders[i] = new Recorder();
        bus.subscribe(NavPublished.class, recorders[i]);
      }
    }

    /** Checks that every listener received every update, then closes the bus. */
    @TearDown(Level.Trial)
    public void tearDown() {
      int first = recorders[0].received;
      for (Recorder r : recorders) {
        if (r.received != first || r.last != UPDATE) {
          throw new IllegalStateException("a listener missed an update");
        }
      }
      bus.close();
    }
  }

  /** A per-operation latch that the subscribers of one system count down. */
  public abstract static class LatchState {
    volatile CountDownLatch latch = new CountDownLatch(0);

    final void received() {
      latch.countDown();
    }

    final CountDownLatch arm() {
      CountDownLatch l = new CountDownLatch(SUBSCRIBERS);
      latch = l;
      return l;
    }

    static void await(CountDownLatch l) throws InterruptedException {
      if (!l.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(l.getCount() + " subscribers did not receive the update");
      }
    }
  }

  /** A synchronous bus whose 10,000 listeners count down the latch. */
  @State(Scope.Benchmark)
  public static class SyncCountDownBus extends LatchState {
    InProcessEventBus bus;

    /** Builds the bus and subscribes the listeners. */
    @Setup(Level.Trial)
    public void setUp() {
      bus = InProcessEventBus.builder().build();
      for (int i = 0; i < SUBSCRIBERS; i++) {
        bus.subscribe(NavPublished.class, e -> received());
      }
    }

    /** Closes the bus. */
    @TearDown(Level.Trial)
    public void tearDown() {
      bus.close();
    }
  }

  /** An asynchronous bus on its own two-thread pool, with 10,000 counting-down listeners. */
  @State(Scope.Benchmark)
  public static class AsyncBus extends LatchState {
    InProcessEventBus bus;

    /** Builds the bus and subscribes the listeners. */
    @Setup(Level.Trial)
    public void setUp() {
      bus = InProcessEventBus.builder().mode(DeliveryMode.ASYNCHRONOUS).build();
      for (int i = 0; i < SUBSCRIBERS; i++) {
        bus.subscribe(NavPublished.class, e -> received());
      }
    }

    /** Closes the bus, which shuts its pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
      bus.close();
    }
  }

  /** The JDK baseline: a SubmissionPublisher on a fixed pool of two threads. */
  @State(Scope.Benchmark)
  public static class Baseline extends LatchState {
    ExecutorService pool;
    SubmissionPublisher<NavPublished> publisher;

    /** Starts the pool and subscribes the subscribers, waiting until all are subscribed. */
    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
      pool = Executors.newFixedThreadPool(2);
      publisher = new SubmissionPublisher<>(pool, Flow.defaultBufferSize());
      CountDownLatch subscribed = new CountDownLatch(SUBSCRIBERS);
      for (int i = 0; i < SUBSCRIBERS; i++) {
        publisher.subscribe(
            new Flow.Subscriber<NavPublished>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
                subscribed.countDown();
              }

              @Override
              public void onNext(NavPublished item) {
                received();
              }

              @Override
              public void onError(Throwable throwable) {}

              @Override
              public void onComplete() {}
            });
      }
      await(subscribed);
    }

    /** Closes the publisher and stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      publisher.close();
      pool.shutdownNow();
    }
  }

  /**
   * Publishes one update on the synchronous bus; all 10,000 listeners have it on return.
   *
   * @param s the bus
   * @return the last listener's count, so that nothing is optimised away
   */
  @Benchmark
  public int inProcessBus_sync(SyncBus s) {
    s.bus.publish(UPDATE);
    return s.recorders[SUBSCRIBERS - 1].received;
  }

  /**
   * Publishes one update on the synchronous bus whose listeners count down a latch.
   *
   * @param s the bus
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public void inProcessBus_syncCountDown(SyncCountDownBus s) throws InterruptedException {
    CountDownLatch l = s.arm();
    s.bus.publish(UPDATE);
    LatchState.await(l);
  }

  /**
   * Publishes one update on the asynchronous bus and waits until all 10,000 listeners have it.
   *
   * @param s the bus
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public void inProcessBus_async(AsyncBus s) throws InterruptedException {
    CountDownLatch l = s.arm();
    s.bus.publish(UPDATE);
    LatchState.await(l);
  }

  /**
   * Submits one update to the SubmissionPublisher and waits until all 10,000 subscribers have it.
   *
   * @param s the publisher
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public void baseline_submissionPublisher(Baseline s) throws InterruptedException {
    CountDownLatch l = s.arm();
    s.publisher.submit(UPDATE);
    LatchState.await(l);
  }
}
