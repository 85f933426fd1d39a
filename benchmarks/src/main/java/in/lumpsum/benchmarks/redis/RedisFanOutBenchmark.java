package in.lumpsum.benchmarks.redis;

import in.lumpsum.core.event.DeliveryMode;
import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.InProcessEventBus;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.store.redis.LumpsumRedis;
import in.lumpsum.store.redis.RedisEventBus;
import in.lumpsum.store.redis.RedisSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fan-out of one NAV update through Redis: the time from publishing one {@link NavPublished} on a
 * {@link RedisEventBus} in one lumpsum instance until the subscribers in every other instance have
 * received it, as a distribution (JMH {@code SampleTime}: read p0.99 off the report; the goal is
 * under 100 ms).
 *
 * <ul>
 *   <li>{@code redisFanOut}: instance A publishes; {@code remoteInstances} other instances (each its
 *       own {@link LumpsumRedis}: its own Lettuce client, connections and threads, as separate
 *       processes would have) each have {@code SUBSCRIBERS} listeners; the operation ends when the
 *       last listener of every remote instance has the event. The path: JSON, Redis PUBLISH, pub/sub
 *       push, the receiving bus's delivery thread, its local synchronous bus, the listeners.
 *   <li>{@code baseline_inProcessAsync}: the same event and listeners on one asynchronous
 *       {@link InProcessEventBus} (a hop to a delivery thread, no network): the floor that Redis adds
 *       to.
 * </ul>
 *
 * <p>Each operation waits on a monitor for its own event (identified by its instant), so no event of
 * one operation is counted for another. Redis comes from {@code LUMPSUM_REDIS_URL} (default
 * {@code redis://127.0.0.1:6379}); every run uses a channel of its own. Run from the project root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RedisFanOutBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class RedisFanOutBenchmark {

  /** Listeners per receiving instance. */
  static final int SUBSCRIBERS = 10;

  private static final SchemeCode SCHEME = SchemeCode.of(119551);
  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  private static final Nav NAV = Nav.parse("37.4215");

  /** Counts, per receiving instance, the listeners that have an operation's event. */
  static final class Arrivals {
    private final int expected;
    private long op;
    private int arrived;

    Arrivals(int expected) {
      this.expected = expected;
    }

    synchronized void arrived(long opId) {
      if (opId == op && ++arrived == expected) {
        notifyAll();
      }
    }

    synchronized void expect(long opId) {
      op = opId;
      arrived = 0;
    }

    synchronized void await() throws InterruptedException {
      while (arrived < expected) {
        wait();
      }
    }
  }

  /** The in-process baseline: one asynchronous bus with the same listeners. */
  @State(Scope.Benchmark)
  public static class InProcess {
    InProcessEventBus bus;
    Arrivals arrivals;
    long op;

    @Setup(Level.Trial)
    public void setUp() {
      bus = InProcessEventBus.builder().mode(DeliveryMode.ASYNCHRONOUS).build();
      arrivals = new Arrivals(SUBSCRIBERS);
      subscribe(bus, arrivals);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      bus.close();
    }
  }

  /** Instance A and the remote instances, on Redis. */
  @State(Scope.Benchmark)
  public static class OverRedis {
    /** Instances that receive, besides the publisher. */
    @Param({"1", "2"})
    int remoteInstances;

    final List<LumpsumRedis> connections = new ArrayList<>();
    RedisEventBus publisher;
    final List<Arrivals> arrivals = new ArrayList<>();
    long op;

    @Setup(Level.Trial)
    public void setUp() {
      String url = System.getenv().getOrDefault("LUMPSUM_REDIS_URL", "redis://127.0.0.1:6379");
      String prefix = "lumpsum-bench-" + UUID.randomUUID().toString().substring(0, 8);
      RedisSettings settings = RedisSettings.builder().uri(url).keyPrefix(prefix).build();
      LumpsumRedis a = LumpsumRedis.connect(settings);
      connections.add(a);
      publisher = a.eventBus().build();
      for (int i = 0; i < remoteInstances; i++) {
        LumpsumRedis remote = LumpsumRedis.connect(settings);
        connections.add(remote);
        Arrivals arr = new Arrivals(SUBSCRIBERS);
        subscribe(remote.eventBus().build(), arr);
        arrivals.add(arr);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      connections.forEach(LumpsumRedis::close);
    }
  }

  private static void subscribe(EventBus bus, Arrivals arrivals) {
    for (int i = 0; i < SUBSCRIBERS; i++) {
      bus.subscribe(NavPublished.class, e -> arrivals.arrived(e.occurredAt().getEpochSecond()));
    }
  }

  private static NavPublished update(long op) {
    return new NavPublished(SCHEME, DAY, NAV, Instant.ofEpochSecond(op));
  }

  /**
   * Publishes on the in-process asynchronous bus and waits for every listener.
   *
   * @param s the bus
   * @return the operation id
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public long baseline_inProcessAsync(InProcess s) throws InterruptedException {
    long op = ++s.op;
    s.arrivals.expect(op);
    s.bus.publish(update(op));
    s.arrivals.await();
    return op;
  }

  /**
   * Publishes in instance A and waits until every listener of every remote instance has it.
   *
   * @param s the instances
   * @return the operation id
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public long redisFanOut(OverRedis s) throws InterruptedException {
    long op = ++s.op;
    for (Arrivals a : s.arrivals) {
      a.expect(op);
    }
    s.publisher.publish(update(op));
    for (Arrivals a : s.arrivals) {
      a.await();
    }
    return op;
  }
}
