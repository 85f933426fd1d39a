package in.lumpsum.funds.feed;

import in.lumpsum.core.testkit.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.time.IndianTime;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {


  /** Records what is scheduled instead of running it; tests run the tasks by hand. */
  static final class ManualExecutor extends ScheduledThreadPoolExecutor {
    record Task(Runnable task, Duration delay) {}

    final Deque<Task> tasks = new ArrayDeque<>();

    ManualExecutor() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      tasks.add(new Task(command, Duration.ofMillis(unit.toMillis(delay))));
      return super.schedule(() -> { }, 1, TimeUnit.DAYS);
    }

    /** Advances the clock by the task's delay and runs it. */
    Duration runNext(MutableClock clock) {
      Task t = tasks.removeFirst();
      clock.advance(t.delay());
      t.task().run();
      return t.delay();
    }
  }

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock =
      new MutableClock(ZonedDateTime.of(2026, 8, 19, 18, 0, 0, 0, IndianTime.ZONE).toInstant());
  private final RecordingBus bus = new RecordingBus();
  private final NavFeed feed = NavFeed.builder().schemes(new InMemorySchemeStore())
      .navs(new InMemoryNavStore()).events(bus).clock(clock).build();
  private final List<String> heard = new ArrayList<>();
  private final FeedScheduler.Listener listener = new FeedScheduler.Listener() {
    @Override
    public void ran(FeedRun run, int attempt, Optional<Duration> retryIn) {
      heard.add("ran " + run.status() + " #" + attempt + " " + retryIn.map(Duration::toString).orElse("-"));
    }

    @Override
    public void failed(RuntimeException failure, int attempt, Optional<Duration> retryIn) {
      heard.add("failed #" + attempt + " " + retryIn.map(Duration::toString).orElse("-"));
    }

    @Override
    public void scheduled(ZonedDateTime at) {
      heard.add("next " + at.toLocalDateTime());
    }
  };

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  @Test
  void start_schedulesAfterThePublishingTime_inIndia_fromTheInjectedClock() {
    FeedScheduler s = FeedScheduler.builder().feed(feed).source(FeedSource.of(FeedFixtures.day1()))
        .executor(executor).clock(clock).listener(listener).build();

    assertThat(s.start()).isEqualTo(ZonedDateTime.of(2026, 8, 19, 21, 30, 0, 0, IndianTime.ZONE));
    assertThat(executor.tasks).singleElement()
        .satisfies(t -> assertThat(t.delay()).isEqualTo(Duration.ofMinutes(210)));

    executor.runNext(clock);

    assertThat(bus.counts()).containsEntry("SchemeAdded", 5);
    // Next: 10:30 the next morning, for the schemes that publish late.
    assertThat(heard).containsExactly("next 2026-08-19T21:30", "ran APPLIED #1 -",
        "next 2026-08-20T10:30");
    assertThat(executor.tasks).singleElement()
        .satisfies(t -> assertThat(t.delay()).isEqualTo(Duration.ofHours(13)));
  }

  @Test
  void failures_retryWithDoublingBackoff_thenWaitForTheNextRunTime() {
    AtomicInteger calls = new AtomicInteger();
    FeedSource flaky = () -> {
      if (calls.incrementAndGet() <= 4) {
        throw new IOException("HTTP 503");
      }
      return FeedSource.of(FeedFixtures.day1()).open();
    };
    FeedScheduler s = FeedScheduler.builder().feed(feed).source(flaky).executor(executor).clock(clock)
        .runAt(LocalTime.of(21, 15)).maxAttempts(3).initialBackoff(Duration.ofMinutes(5))
        .maxBackoff(Duration.ofMinutes(8)).listener(listener).build();
    s.start();

    executor.runNext(clock);
    assertThat(executor.runNext(clock)).isEqualTo(Duration.ofMinutes(5));
    assertThat(executor.runNext(clock)).isEqualTo(Duration.ofMinutes(8));
    // Attempts used up: the next day's run time.
    assertThat(heard).containsExactly("next 2026-08-19T21:15", "failed #1 PT5M", "failed #2 PT8M",
        "failed #3 -", "next 2026-08-20T21:15");
    assertThat(bus.events).isEmpty();

    executor.runNext(clock);
    executor.runNext(clock);
    assertThat(heard.subList(5, heard.size())).containsExactly("failed #1 PT5M", "ran APPLIED #2 -",
        "next 2026-08-21T21:15");
    assertThat(bus.counts()).containsEntry("SchemeAdded", 5);
  }

  @Test
  void runNow_andClose() {
    FeedScheduler s = FeedScheduler.builder().feed(feed).source(FeedSource.of(FeedFixtures.day1()))
        .executor(executor).clock(clock).build();
    s.runNow();
    assertThat(executor.runNext(clock)).isZero();
    assertThat(bus.counts()).containsEntry("SchemeAdded", 5);
    s.close();
    executor.runNext(clock);
    assertThat(executor.tasks).isEmpty();
    assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void nextRunAfter_wrapsPastMidnight() {
    FeedScheduler s = FeedScheduler.builder().feed(feed).source(FeedSource.of(new byte[0]))
        .executor(executor).clock(clock).runAt(LocalTime.of(21, 30)).build();
    ZonedDateTime late = ZonedDateTime.of(2026, 8, 19, 23, 0, 0, 0, IndianTime.ZONE);
    assertThat(s.nextRunAfter(late)).isEqualTo(late.toLocalDate().plusDays(1).atTime(21, 30)
        .atZone(IndianTime.ZONE));
    // An instant given in UTC is read in India: 16:00 UTC is 21:30 IST, so the next is the day after.
    assertThat(s.nextRunAfter(ZonedDateTime.of(2026, 8, 19, 16, 0, 0, 0, ZoneId.of("UTC"))).toLocalDate())
        .isEqualTo(late.toLocalDate().plusDays(1));
    assertThatThrownBy(() -> FeedScheduler.builder().runAt()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedScheduler.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedScheduler.builder().initialBackoff(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
