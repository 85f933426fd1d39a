package in.lumpsum.core.event;

import static in.lumpsum.core.event.TestEvents.nav;
import static in.lumpsum.core.event.TestEvents.sequenced;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The asynchronous bus. Every wait is on a latch or a join with a timeout; nothing sleeps. */
@Timeout(60)
class InProcessEventBusAsyncTest {

  private static InProcessEventBus.Builder async() {
    return InProcessEventBus.builder().mode(DeliveryMode.ASYNCHRONOUS);
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(30, SECONDS)).as("latch reached zero in time").isTrue();
  }

  @Test
  void publish_severalPublisherThreads_eachListenerSeesEachPublisherInOrder() throws Exception {
    int publishers = 4;
    int perPublisher = 5_000;
    int listeners = 3;
    // BLOCK with a small queue: no event is dropped, and publishers really wait for room.
    try (InProcessEventBus bus =
        async().queueCapacity(16).overflowPolicy(OverflowPolicy.BLOCK).build()) {
      CountDownLatch all = new CountDownLatch(listeners * publishers * perPublisher);
      List<List<PortfolioChanged>> seen = new ArrayList<>();
      for (int l = 0; l < listeners; l++) {
        List<PortfolioChanged> mine = Collections.synchronizedList(new ArrayList<>());
        seen.add(mine);
        bus.subscribe(
            PortfolioChanged.class,
            e -> {
              mine.add(e);
              all.countDown();
            });
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < publishers; p++) {
        int publisher = p;
        Thread t =
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  for (int i = 0; i < perPublisher; i++) {
                    bus.publish(sequenced(publisher, i));
                  }
                });
        threads.add(t);
        t.start();
      }
      start.countDown();
      await(all);
      for (Thread t : threads) {
        t.join(SECONDS.toMillis(30));
      }
      closeAndWait(bus); // The delivered counter moves after the listener returns.
      for (List<PortfolioChanged> mine : seen) {
        assertThat(mine).hasSize(publishers * perPublisher);
        PerPublisherOrder.assertInOrder(mine, publishers, perPublisher);
      }
      EventBusMetrics m = bus.metrics();
      assertThat(m.published()).isEqualTo(publishers * perPublisher);
      assertThat(m.delivered()).isEqualTo((long) listeners * publishers * perPublisher);
      assertThat(m.dropped()).isZero();
    }
  }

  @Test
  void publish_withSubscribeCancelChurn_stableListenersSeeEverythingInOrder() throws Exception {
    int publishers = 3;
    int perPublisher = 3_000;
    try (InProcessEventBus bus =
        async().queueCapacity(64).overflowPolicy(OverflowPolicy.BLOCK).parallelism(3).build()) {
      CountDownLatch all = new CountDownLatch(2 * publishers * perPublisher);
      List<List<PortfolioChanged>> stable = new ArrayList<>();
      for (int l = 0; l < 2; l++) {
        List<PortfolioChanged> mine = Collections.synchronizedList(new ArrayList<>());
        stable.add(mine);
        bus.subscribe(
            PortfolioChanged.class,
            e -> {
              mine.add(e);
              all.countDown();
            });
      }
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < publishers; p++) {
        int publisher = p;
        threads.add(
            new Thread(
                () -> {
                  for (int i = 0; i < perPublisher; i++) {
                    bus.publish(sequenced(publisher, i));
                    if (i % 10 == 0) {
                      // Churn: short-lived subscriptions, some cancelled from their own listener.
                      AtomicReference<Subscription> self = new AtomicReference<>();
                      self.set(
                          bus.subscribe(
                              DomainEvent.class,
                              e -> {
                                Subscription s = self.get();
                                if (s != null) {
                                  s.cancel();
                                }
                              }));
                      if (i % 20 == 0) {
                        self.get().cancel();
                      }
                    }
                  }
                }));
      }
      threads.forEach(Thread::start);
      await(all);
      for (Thread t : threads) {
        t.join(SECONDS.toMillis(30));
      }
      for (List<PortfolioChanged> mine : stable) {
        PerPublisherOrder.assertInOrder(mine, publishers, perPublisher);
      }
    }
  }

  @Test
  void publish_asynchronous_returnsBeforeDeliveryAndDeliversOnAnotherThread() throws Exception {
    try (InProcessEventBus bus = async().build()) {
      CountDownLatch gate = new CountDownLatch(1);
      CountDownLatch received = new CountDownLatch(1);
      AtomicReference<Thread> deliveryThread = new AtomicReference<>();
      bus.subscribe(
          NavPublished.class,
          e -> {
            try {
              gate.await();
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
            }
            deliveryThread.set(Thread.currentThread());
            received.countDown();
          });
      bus.publish(nav("1", "1")); // Returns although the listener waits for the gate.
      assertThat(received.getCount()).isEqualTo(1);
      gate.countDown();
      await(received);
      assertThat(deliveryThread.get()).isNotSameAs(Thread.currentThread());
      assertThat(deliveryThread.get().getName()).startsWith("lumpsum-event-");
      assertThat(deliveryThread.get().isDaemon()).isTrue();
    }
  }

  @Test
  void publish_failingListener_othersStillReceiveAndHandlerIsTold() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    CountDownLatch handled = new CountDownLatch(3);
    CountDownLatch received = new CountDownLatch(3);
    try (InProcessEventBus bus =
        async()
            .errorHandler(
                (event, sub, error) -> {
                  failures.add(error.getMessage());
                  handled.countDown();
                })
            .build()) {
      bus.subscribe(
          NavPublished.class,
          e -> {
            throw new IllegalStateException("broken " + e.schemeCode());
          });
      List<String> ok = new CopyOnWriteArrayList<>();
      bus.subscribe(
          NavPublished.class,
          e -> {
            ok.add(e.schemeCode().toString());
            received.countDown();
          });
      bus.publish(nav("101", "1"));
      bus.publish(nav("102", "1"));
      bus.publish(nav("103", "1"));
      await(received);
      await(handled);
      assertThat(ok).containsExactly("101", "102", "103");
      assertThat(failures).containsExactly("broken 101", "broken 102", "broken 103");
      assertThat(bus.metrics().failed()).isEqualTo(3);
    }
  }

  @Test
  void publish_fullQueueWithDropNewest_dropsCountsAndKeepsOrder() throws Exception {
    try (InProcessEventBus bus = async().queueCapacity(2).build()) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch gate = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(3);
      List<String> seen = new CopyOnWriteArrayList<>();
      bus.subscribe(
          NavPublished.class,
          e -> {
            entered.countDown();
            try {
              gate.await();
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
            }
            seen.add(e.schemeCode().toString());
            done.countDown();
          });
      bus.publish(nav("1", "1"));
      await(entered); // Event 1 has left the queue.
      bus.publish(nav("2", "1"));
      bus.publish(nav("3", "1"));
      bus.publish(nav("4", "1")); // Queue full: dropped.
      bus.publish(nav("5", "1")); // Dropped.
      assertThat(bus.metrics().dropped()).isEqualTo(2);
      gate.countDown();
      await(done);
      closeAndWait(bus); // The delivered counter moves after the listener returns.
      assertThat(seen).containsExactly("1", "2", "3");
      assertThat(bus.metrics().delivered()).isEqualTo(3);
    }
  }

  @Test
  void publish_fullQueueWithBlock_waitsForRoomThenDeliversAll() throws Exception {
    try (InProcessEventBus bus =
        async().queueCapacity(1).overflowPolicy(OverflowPolicy.BLOCK).build()) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch gate = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(3);
      List<String> seen = new CopyOnWriteArrayList<>();
      bus.subscribe(
          NavPublished.class,
          e -> {
            entered.countDown();
            try {
              gate.await();
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
            }
            seen.add(e.schemeCode().toString());
            done.countDown();
          });
      bus.publish(nav("1", "1"));
      await(entered);
      bus.publish(nav("2", "1")); // Fills the queue.
      Thread blocked = new Thread(() -> bus.publish(nav("3", "1")));
      blocked.start();
      awaitState(blocked, Thread.State.WAITING);
      assertThat(blocked.isAlive()).isTrue();
      gate.countDown();
      blocked.join(SECONDS.toMillis(30));
      assertThat(blocked.isAlive()).isFalse();
      await(done);
      assertThat(seen).containsExactly("1", "2", "3");
      assertThat(bus.metrics().dropped()).isZero();
    }
  }

  @Test
  void publish_blockPolicyFromOwnDeliveryThread_dropsInsteadOfDeadlocking() throws Exception {
    try (InProcessEventBus bus =
        async().queueCapacity(1).overflowPolicy(OverflowPolicy.BLOCK).build()) {
      CountDownLatch done = new CountDownLatch(1);
      List<Long> seen = new CopyOnWriteArrayList<>();
      bus.subscribe(
          PortfolioChanged.class,
          e -> {
            seen.add(e.version());
            if (e.version() == 0) {
              // Our own queue holds one event: the first fits, the second would wait forever.
              bus.publish(sequenced(0, 1));
              bus.publish(sequenced(0, 2));
              done.countDown();
            }
          });
      bus.publish(sequenced(0, 0));
      await(done);
      closeAndWait(bus);
      assertThat(seen).containsExactly(0L, 1L);
      assertThat(bus.metrics().dropped()).isEqualTo(1);
    }
  }

  @Test
  void publish_interruptedWhileBlocked_dropsAndKeepsInterruptStatus() throws Exception {
    try (InProcessEventBus bus =
        async().queueCapacity(1).overflowPolicy(OverflowPolicy.BLOCK).build()) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch gate = new CountDownLatch(1);
      bus.subscribe(
          NavPublished.class,
          e -> {
            entered.countDown();
            try {
              gate.await();
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
            }
          });
      bus.publish(nav("1", "1"));
      await(entered);
      bus.publish(nav("2", "1"));
      AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
      Thread blocked =
          new Thread(
              () -> {
                bus.publish(nav("3", "1"));
                interruptedAfter.set(Thread.currentThread().isInterrupted());
              });
      blocked.start();
      awaitState(blocked, Thread.State.WAITING);
      blocked.interrupt();
      blocked.join(SECONDS.toMillis(30));
      assertThat(interruptedAfter.get()).isTrue();
      assertThat(bus.metrics().dropped()).isEqualTo(1);
      gate.countDown();
    }
  }

  @Test
  void cancel_withQueuedEvents_discardsThemAndStopsDelivery() throws Exception {
    try (InProcessEventBus bus = async().build()) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch gate = new CountDownLatch(1);
      List<String> seen = new CopyOnWriteArrayList<>();
      Subscription s =
          bus.subscribe(
              NavPublished.class,
              e -> {
                entered.countDown();
                try {
                  gate.await();
                } catch (InterruptedException ex) {
                  Thread.currentThread().interrupt();
                }
                seen.add(e.schemeCode().toString());
              });
      CountDownLatch witness = new CountDownLatch(4);
      bus.subscribe(NavPublished.class, e -> witness.countDown());
      bus.publish(nav("1", "1"));
      await(entered);
      bus.publish(nav("2", "1"));
      bus.publish(nav("3", "1"));
      bus.publish(nav("4", "1"));
      s.cancel();
      assertThat(s.isActive()).isFalse();
      gate.countDown();
      await(witness); // The other subscription got all four.
      closeAndWait(bus); // The cancelled listener has finished too.
      assertThat(seen).containsExactly("1");
    }
  }

  @Test
  void close_ownedPool_deliversQueuedEventsThenLeavesNoThreads() throws Exception {
    Set<Thread> deliveryThreads = ConcurrentHashMap.newKeySet();
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    InProcessEventBus bus = async().queueCapacity(10_000).build();
    for (int l = 0; l < 8; l++) {
      bus.subscribe(
          PortfolioChanged.class,
          e -> {
            deliveryThreads.add(Thread.currentThread());
            seen.add(e.version());
          });
    }
    for (int i = 0; i < 1_000; i++) {
      bus.publish(sequenced(0, i));
    }
    bus.close();

    assertThat(seen).hasSize(8_000);
    assertThat(deliveryThreads).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    for (Thread t : deliveryThreads) {
      t.join(SECONDS.toMillis(30));
      assertThat(t.isAlive()).as("%s ended", t.getName()).isFalse();
    }
    String prefix = deliveryThreads.iterator().next().getName().replaceAll("-\\d+$", "-");
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
  }

  @Test
  void close_listenerStuckPastTimeout_interruptsIt() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    InProcessEventBus bus = async().closeTimeout(Duration.ofMillis(50)).build();
    bus.subscribe(
        NavPublished.class,
        e -> {
          entered.countDown();
          try {
            new CountDownLatch(1).await(); // Never released.
          } catch (InterruptedException ex) {
            interrupted.countDown();
          }
        });
    bus.publish(nav("1", "1"));
    await(entered);
    bus.close();
    await(interrupted);
  }

  @Test
  void close_fromListener_doesNotWaitForItself() throws Exception {
    InProcessEventBus bus = async().build();
    CountDownLatch closed = new CountDownLatch(1);
    bus.subscribe(
        NavPublished.class,
        e -> {
          bus.close();
          closed.countDown();
        });
    bus.publish(nav("1", "1"));
    await(closed);
    assertThat(bus.isClosed()).isTrue();
    assertThatThrownBy(() -> bus.publish(nav("1", "2"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void hostExecutor_runsDeliveriesAndIsNotShutDownByClose() throws Exception {
    ExecutorService host =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "host-pool");
              t.setDaemon(true);
              return t;
            });
    try {
      CountDownLatch received = new CountDownLatch(100);
      Set<String> threadNames = ConcurrentHashMap.newKeySet();
      List<Long> seen = new CopyOnWriteArrayList<>();
      InProcessEventBus bus = async().executor(host).build();
      bus.subscribe(
          PortfolioChanged.class,
          e -> {
            threadNames.add(Thread.currentThread().getName());
            seen.add(e.version());
            received.countDown();
          });
      for (int i = 0; i < 100; i++) {
        bus.publish(sequenced(0, i));
      }
      await(received);
      bus.close();
      assertThat(threadNames).containsOnly("host-pool");
      assertThat(seen).isSorted().hasSize(100);
      assertThat(host.isShutdown()).isFalse();
    } finally {
      host.shutdownNow();
    }
  }

  @Test
  void hostExecutor_manySubscriptions_fewTasksAndAtMostParallelismDeliveringAtOnce()
      throws Exception {
    ExecutorService host = Executors.newFixedThreadPool(8);
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger delivering = new AtomicInteger();
    AtomicInteger maxDelivering = new AtomicInteger();
    Executor counting =
        task -> {
          submitted.incrementAndGet();
          host.execute(task);
        };
    try {
      int subscriptions = 2_000;
      int events = 20;
      CountDownLatch received = new CountDownLatch(subscriptions * events);
      InProcessEventBus bus = async().executor(counting).parallelism(3).build();
      List<List<Long>> seen = new ArrayList<>();
      for (int i = 0; i < subscriptions; i++) {
        List<Long> mine = new CopyOnWriteArrayList<>();
        seen.add(mine);
        bus.subscribe(
            PortfolioChanged.class,
            e -> {
              maxDelivering.accumulateAndGet(delivering.incrementAndGet(), Math::max);
              mine.add(e.version());
              delivering.decrementAndGet();
              received.countDown();
            });
      }
      for (int i = 0; i < events; i++) {
        bus.publish(sequenced(0, i));
      }
      await(received);
      bus.close();
      assertThat(maxDelivering.get()).isBetween(1, 3);
      // Far fewer tasks than one per subscription and event.
      assertThat(submitted.get()).isLessThan(subscriptions);
      for (List<Long> mine : seen) {
        assertThat(mine).hasSize(events).isSorted();
      }
    } finally {
      host.shutdownNow();
    }
  }

  @Test
  void hostExecutorRejecting_dropsAndCountsThenRecovers() throws Exception {
    AtomicReference<Boolean> accept = new AtomicReference<>(false);
    List<Long> seen = new ArrayList<>();
    Executor flaky =
        task -> {
          if (!accept.get()) {
            throw new RejectedExecutionException("saturated");
          }
          task.run();
        };
    try (InProcessEventBus bus = async().executor(flaky).build()) {
      bus.subscribe(PortfolioChanged.class, e -> seen.add(e.version()));
      bus.publish(sequenced(0, 0));
      bus.publish(sequenced(0, 1));
      assertThat(bus.metrics().dropped()).isEqualTo(2);
      accept.set(true);
      bus.publish(sequenced(0, 2));
      assertThat(seen).containsExactly(2L);
    }
  }

  @Test
  void directExecutor_listenerPublishing_keepsPerListenerOrder() {
    List<String> seen = new ArrayList<>();
    try (InProcessEventBus bus = async().executor(Runnable::run).build()) {
      bus.subscribe(
          DomainEvent.class,
          e -> {
            seen.add(e.getClass().getSimpleName());
            if (e instanceof NavPublished) {
              bus.publish(TestEvents.signedUp("inv-1"));
            }
          });
      bus.publish(nav("1", "1"));
      bus.publish(nav("1", "2"));
    }
    assertThat(seen)
        .containsExactly("NavPublished", "InvestorSignedUp", "NavPublished", "InvestorSignedUp");
  }

  @Test
  void publish_afterClose_throwsIllegalState() {
    InProcessEventBus bus = async().build();
    bus.close();
    assertThatThrownBy(() -> bus.publish(nav("1", "1"))).isInstanceOf(IllegalStateException.class);
  }

  /** Closes a bus with its own pool, which waits until the queued events are delivered. */
  private static void closeAndWait(InProcessEventBus bus) {
    bus.close();
  }

  /** Waits, without sleeping, until a thread parks in the given state. */
  private static void awaitState(Thread t, Thread.State state) {
    long deadline = System.nanoTime() + SECONDS.toNanos(30);
    while (t.getState() != state) {
      assertThat(System.nanoTime()).as("%s reached %s", t.getName(), state).isLessThan(deadline);
      Thread.onSpinWait();
      Thread.yield();
    }
  }
}
