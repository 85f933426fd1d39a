package in.lumpsum.core.event;

import static in.lumpsum.core.event.TestEvents.nav;
import static in.lumpsum.core.event.TestEvents.sequenced;
import static in.lumpsum.core.event.TestEvents.signedUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The synchronous bus, the builder and the behaviour common to both modes. */
class InProcessEventBusTest {

  private final InProcessEventBus bus = InProcessEventBus.builder().build();

  @AfterEach
  void closeBus() {
    bus.close();
  }

  @Test
  void builder_defaults_synchronousAndOpen() {
    assertThat(bus.mode()).isEqualTo(DeliveryMode.SYNCHRONOUS);
    assertThat(bus.isClosed()).isFalse();
    assertThat(bus.metrics()).isEqualTo(new EventBusMetrics(0, 0, 0, 0));
  }

  @Test
  void publish_synchronous_deliversOnCallerThreadInSubscriptionOrderBeforeReturning() {
    List<String> calls = new ArrayList<>();
    Thread caller = Thread.currentThread();
    for (int i = 0; i < 5; i++) {
      int n = i;
      bus.subscribe(
          NavPublished.class,
          e -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            calls.add(n + ":" + e.nav().value().toPlainString());
          });
    }
    bus.publish(nav("119551", "10.5"));
    assertThat(calls).containsExactly("0:10.5", "1:10.5", "2:10.5", "3:10.5", "4:10.5");
    bus.publish(nav("119551", "11"));
    assertThat(calls).hasSize(10).endsWith("4:11");
  }

  @Test
  void publish_manyEvents_eachListenerSeesPublicationOrder() {
    List<Long> seen = new ArrayList<>();
    bus.subscribe(PortfolioChanged.class, e -> seen.add(e.version()));
    for (long i = 0; i < 1000; i++) {
      bus.publish(sequenced(0, i));
    }
    assertThat(seen).hasSize(1000).isSorted();
  }

  @Test
  void subscribe_supertypeAndAll_receiveMatchingEventsOnly() {
    List<DomainEvent> navs = new ArrayList<>();
    List<DomainEvent> all = new ArrayList<>();
    List<DomainEvent> investors = new ArrayList<>();
    bus.subscribe(NavPublished.class, navs::add);
    bus.subscribeAll(all::add);
    bus.subscribe(InvestorSignedUp.class, investors::add);
    NavPublished n = nav("1", "1");
    InvestorSignedUp s = signedUp("inv-1");
    bus.publish(n);
    bus.publish(s);
    assertThat(navs).containsExactly(n);
    assertThat(investors).containsExactly(s);
    assertThat(all).containsExactly(n, s);
  }

  @Test
  void publish_failingListener_othersStillReceiveAndHandlerIsTold() {
    List<String> failures = new CopyOnWriteArrayList<>();
    RuntimeException boom = new IllegalStateException("boom");
    try (InProcessEventBus b =
        InProcessEventBus.builder()
            .errorHandler(
                (event, sub, error) ->
                    failures.add(event.getClass().getSimpleName() + "/" + error.getMessage()))
            .build()) {
      List<String> received = new ArrayList<>();
      b.subscribe(NavPublished.class, e -> received.add("before"));
      Subscription failing =
          b.subscribe(
              NavPublished.class,
              e -> {
                throw boom;
              });
      b.subscribe(NavPublished.class, e -> received.add("after"));

      assertThatCode(() -> b.publish(nav("1", "1"))).doesNotThrowAnyException();
      b.publish(nav("1", "2"));

      assertThat(received).containsExactly("before", "after", "before", "after");
      assertThat(failures).containsExactly("NavPublished/boom", "NavPublished/boom");
      assertThat(failing.isActive()).isTrue();
      assertThat(b.metrics()).isEqualTo(new EventBusMetrics(2, 4, 2, 0));
    }
  }

  @Test
  void publish_handlerCancelsFailingSubscription_noFurtherDeliveries() {
    List<Integer> calls = new ArrayList<>();
    try (InProcessEventBus b =
        InProcessEventBus.builder().errorHandler((event, sub, error) -> sub.cancel()).build()) {
      b.subscribe(
          NavPublished.class,
          e -> {
            calls.add(1);
            throw new IllegalArgumentException("bad");
          });
      b.publish(nav("1", "1"));
      b.publish(nav("1", "2"));
      assertThat(calls).containsExactly(1);
      assertThat(b.subscriptionCount()).isZero();
    }
  }

  @Test
  void publish_throwingErrorHandler_isContained() {
    try (InProcessEventBus b =
        InProcessEventBus.builder()
            .errorHandler(
                (event, sub, error) -> {
                  throw new IllegalStateException("handler broken");
                })
            .build()) {
      List<Integer> after = new ArrayList<>();
      b.subscribe(
          NavPublished.class,
          e -> {
            throw new IllegalStateException("listener broken");
          });
      b.subscribe(NavPublished.class, e -> after.add(1));
      assertThatCode(() -> b.publish(nav("1", "1"))).doesNotThrowAnyException();
      assertThat(after).containsExactly(1);
    }
  }

  @Test
  void publish_assertionErrorInListener_isIsolatedToo() {
    List<Integer> after = new ArrayList<>();
    bus.subscribe(
        NavPublished.class,
        e -> {
          throw new AssertionError("listener assertion");
        });
    bus.subscribe(NavPublished.class, e -> after.add(1));
    bus.publish(nav("1", "1"));
    assertThat(after).containsExactly(1);
    assertThat(bus.metrics().failed()).isEqualTo(1);
  }

  @Test
  void subscribe_duringPublish_newListenerMissesTheCurrentEventButGetsTheNext() {
    List<String> late = new ArrayList<>();
    bus.subscribe(
        NavPublished.class,
        e -> {
          if (e.schemeCode().toString().equals("901")) {
            bus.subscribe(NavPublished.class, x -> late.add(x.schemeCode().toString()));
          }
        });
    bus.publish(nav("901", "1"));
    assertThat(late).isEmpty();
    bus.publish(nav("902", "1"));
    assertThat(late).containsExactly("902");
  }

  @Test
  void cancel_duringPublish_laterListenerIsNotCalled() {
    List<String> calls = new ArrayList<>();
    AtomicReference<Subscription> second = new AtomicReference<>();
    bus.subscribe(
        NavPublished.class,
        e -> {
          calls.add("first");
          second.get().cancel();
        });
    second.set(bus.subscribe(NavPublished.class, e -> calls.add("second")));
    bus.subscribe(NavPublished.class, e -> calls.add("third"));

    bus.publish(nav("1", "1"));

    assertThat(calls).containsExactly("first", "third");
    assertThat(second.get().isActive()).isFalse();
    assertThat(bus.subscriptionCount()).isEqualTo(2);
  }

  @Test
  void cancel_ownSubscriptionFromListener_receivesOnlyOnce() {
    List<Integer> calls = new ArrayList<>();
    AtomicReference<Subscription> self = new AtomicReference<>();
    self.set(
        bus.subscribe(
            NavPublished.class,
            e -> {
              calls.add(1);
              self.get().cancel();
            }));
    bus.publish(nav("1", "1"));
    bus.publish(nav("1", "2"));
    assertThat(calls).containsExactly(1);
  }

  @Test
  void subscription_closeAndCancelTwice_areIdempotent() {
    List<Integer> calls = new ArrayList<>();
    try (Subscription s = bus.subscribe(NavPublished.class, e -> calls.add(1))) {
      bus.publish(nav("1", "1"));
      s.cancel();
      s.cancel();
    }
    bus.publish(nav("1", "2"));
    assertThat(calls).containsExactly(1);
  }

  @Test
  void subscribe_sameListenerTwice_receivesTwice() {
    List<Integer> calls = new ArrayList<>();
    EventListener<NavPublished> listener = e -> calls.add(1);
    bus.subscribe(NavPublished.class, listener);
    bus.subscribe(NavPublished.class, listener);
    bus.publish(nav("1", "1"));
    assertThat(calls).hasSize(2);
  }

  @Test
  void publish_fromListener_isDeliveredAfterTheCurrentEventReachesEveryone() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    bus.subscribe(
        DomainEvent.class,
        e -> {
          first.add(e.getClass().getSimpleName());
          if (e instanceof NavPublished) {
            bus.publish(signedUp("inv-1"));
            // Queued, not yet delivered to anyone: this thread is inside a delivery.
            assertThat(second).isEmpty();
          }
        });
    bus.subscribe(DomainEvent.class, e -> second.add(e.getClass().getSimpleName()));

    bus.publish(nav("1", "1"));

    assertThat(first).containsExactly("NavPublished", "InvestorSignedUp");
    assertThat(second).containsExactly("NavPublished", "InvestorSignedUp");
  }

  @Test
  void publish_afterClose_throwsIllegalState() {
    bus.close();
    assertThat(bus.isClosed()).isTrue();
    assertThatThrownBy(() -> bus.publish(nav("1", "1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> bus.subscribe(NavPublished.class, e -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void close_twice_isIdempotentAndDeactivatesSubscriptions() {
    Subscription s = bus.subscribe(NavPublished.class, e -> {});
    bus.close();
    bus.close();
    assertThat(s.isActive()).isFalse();
    assertThat(bus.toString()).contains("closed");
  }

  @Test
  void close_fromListener_letsTheCurrentEventFinishThenRefusesPublish() {
    List<String> calls = new ArrayList<>();
    List<Throwable> nestedFailure = new ArrayList<>();
    bus.subscribe(
        NavPublished.class,
        e -> {
          calls.add("closer");
          bus.close();
          try {
            bus.publish(nav("2", "2"));
          } catch (IllegalStateException ex) {
            nestedFailure.add(ex);
          }
        });
    bus.subscribe(NavPublished.class, e -> calls.add("next"));
    bus.publish(nav("1", "1"));
    assertThat(calls).containsExactly("closer", "next");
    assertThat(nestedFailure).hasSize(1);
  }

  @Test
  void publish_null_throwsNullPointer() {
    assertThatThrownBy(() -> bus.publish(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void subscribe_nonEventTypeThroughRawTypes_throwsInvalidValue() {
    Class raw = String.class;
    assertThatThrownBy(() -> bus.subscribe(raw, e -> {}))
        .isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((InvalidValueException) t).field())
        .isEqualTo("type");
  }

  @Test
  void builder_asyncSettingsInSynchronousMode_throwsListingEveryProblem() {
    InProcessEventBus.Builder b =
        InProcessEventBus.builder()
            .executor(Runnable::run)
            .queueCapacity(8)
            .overflowPolicy(OverflowPolicy.BLOCK)
            .closeTimeout(Duration.ofSeconds(1))
            .parallelism(4);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll(
            "executor", "queueCapacity", "overflowPolicy", "closeTimeout", "parallelism");
  }

  @Test
  void builder_closeTimeoutWithHostExecutor_throws() {
    InProcessEventBus.Builder b =
        InProcessEventBus.builder()
            .mode(DeliveryMode.ASYNCHRONOUS)
            .executor(Runnable::run)
            .closeTimeout(Duration.ofSeconds(1));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builder_badValues_throwInvalidValue() {
    InProcessEventBus.Builder b = InProcessEventBus.builder();
    assertThatThrownBy(() -> b.queueCapacity(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> b.flowBufferSize(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> b.parallelism(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> b.closeTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> b.mode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void publish_concurrentPublishersAndSubscribers_noLostDeliveriesToStableListeners()
      throws Exception {
    List<PortfolioChanged> seen = Collections.synchronizedList(new ArrayList<>());
    bus.subscribe(PortfolioChanged.class, seen::add);
    int threads = 4;
    int perThread = 2000;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int p = t;
      workers.add(
          new Thread(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  bus.publish(sequenced(p, i));
                  // Churn: subscribe and cancel while others publish.
                  bus.subscribe(PortfolioChanged.class, e -> {}).cancel();
                }
              }));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join(Duration.ofSeconds(30).toMillis());
      assertThat(w.isAlive()).isFalse();
    }
    assertThat(seen).hasSize(threads * perThread);
    assertThat(bus.subscriptionCount()).isEqualTo(1);
    PerPublisherOrder.assertInOrder(seen, threads, perThread);
  }
}
