package in.lumpsum.core.event;

import static in.lumpsum.core.event.TestEvents.nav;
import static in.lumpsum.core.event.TestEvents.sequenced;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Flow view, against the Reactive Streams rules it promises. */
@Timeout(60)
class FlowPublisherTest {

  private final List<Throwable> handled = new CopyOnWriteArrayList<>();
  private final InProcessEventBus bus =
      InProcessEventBus.builder()
          .flowBufferSize(4)
          .errorHandler((event, sub, error) -> handled.add(error))
          .build();

  @AfterEach
  void closeBus() {
    bus.close();
  }

  private RecordingSubscriber<NavPublished> subscribe(long initialRequest) {
    RecordingSubscriber<NavPublished> s = new RecordingSubscriber<>(initialRequest);
    bus.asPublisher(NavPublished.class).subscribe(s);
    return s;
  }

  private static List<String> codes(RecordingSubscriber<NavPublished> s) {
    List<String> out = new ArrayList<>();
    s.items.forEach(e -> out.add(e.schemeCode().toString()));
    return out;
  }

  @Test
  void request_demand_deliversOnlyWhatWasRequested() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    bus.publish(nav("1", "1"));
    bus.publish(nav("2", "1"));
    bus.publish(nav("3", "1"));
    assertThat(s.items).isEmpty();

    s.request(2);
    assertThat(codes(s)).containsExactly("1", "2");

    bus.publish(nav("4", "1"));
    assertThat(codes(s)).containsExactly("1", "2");

    s.request(10);
    assertThat(codes(s)).containsExactly("1", "2", "3", "4");
    bus.publish(nav("5", "1"));
    assertThat(codes(s)).containsExactly("1", "2", "3", "4", "5");
    assertThat(s.violations).isEmpty();
  }

  @Test
  void subscribe_onlyMatchingTypes_areDelivered() {
    RecordingSubscriber<NavPublished> s = subscribe(Long.MAX_VALUE);
    bus.publish(TestEvents.signedUp("inv-1"));
    bus.publish(nav("1", "1"));
    assertThat(codes(s)).containsExactly("1");
  }

  @Test
  void cancel_stopsSignalsAndReleasesTheBusSubscription() {
    RecordingSubscriber<NavPublished> s = subscribe(Long.MAX_VALUE);
    assertThat(bus.subscriptionCount()).isEqualTo(1);
    bus.publish(nav("1", "1"));
    s.subscription.cancel();
    s.subscription.cancel();
    bus.publish(nav("2", "1"));
    s.request(5); // Rule 3.6: no effect after cancel.
    assertThat(codes(s)).containsExactly("1");
    assertThat(bus.subscriptionCount()).isZero();
    assertThat(s.terminated.getCount()).isEqualTo(1);
  }

  @Test
  void cancel_fromOnNext_stopsAfterThatItem() {
    RecordingSubscriber<NavPublished> s =
        subscribe(0).onNext((sub, item) -> sub.subscription.cancel());
    bus.publish(nav("1", "1"));
    bus.publish(nav("2", "1"));
    s.request(Long.MAX_VALUE);
    assertThat(codes(s)).containsExactly("1");
  }

  @Test
  void close_completesAfterTheBufferedItemsAreRequested() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    bus.publish(nav("1", "1"));
    bus.publish(nav("2", "1"));
    bus.close();
    assertThat(s.completed).isFalse();

    s.request(1);
    assertThat(codes(s)).containsExactly("1");
    assertThat(s.completed).isFalse();

    s.request(1);
    assertThat(codes(s)).containsExactly("1", "2");
    assertThat(s.completed).isTrue();
    assertThat(s.violations).isEmpty();
  }

  @Test
  void close_nothingBuffered_completesWithoutDemand() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    bus.close();
    assertThat(s.completed).isTrue();
    assertThat(s.error).isNull();
  }

  @Test
  void subscribe_closedBus_getsOnSubscribeThenOnComplete() {
    bus.close();
    RecordingSubscriber<NavPublished> s = subscribe(3);
    assertThat(s.subscription).isNotNull();
    assertThat(s.completed).isTrue();
    assertThat(s.violations).isEmpty();
  }

  @Test
  void overflow_bufferFull_signalsEventOverflowAndCountsDrops() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    for (int i = 1; i <= 5; i++) {
      bus.publish(nav(String.valueOf(i + 1), "1")); // The buffer holds 4; the fifth overflows.
    }
    assertThat(s.error)
        .isInstanceOf(EventOverflowException.class)
        .hasMessageContaining("NavPublished");
    assertThat(((EventOverflowException) s.error).capacity()).isEqualTo(4);
    assertThat(s.items).isEmpty();
    assertThat(bus.metrics().dropped()).isEqualTo(5);
    assertThat(bus.subscriptionCount()).isZero();
    s.request(10);
    assertThat(s.items).isEmpty();
    assertThat(s.violations).isEmpty();
  }

  @Test
  void request_zero_signalsIllegalArgumentPerRule39() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    s.request(0);
    assertThat(s.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
    assertThat(bus.subscriptionCount()).isZero();
    bus.publish(nav("1", "1"));
    assertThat(s.items).isEmpty();
  }

  @Test
  void request_negative_signalsIllegalArgumentEvenWithBufferedItems() {
    RecordingSubscriber<NavPublished> s = subscribe(0);
    bus.publish(nav("1", "1"));
    s.request(-1);
    assertThat(s.error).isInstanceOf(IllegalArgumentException.class);
    assertThat(s.items).isEmpty();
    assertThat(s.violations).isEmpty();
  }

  @Test
  void request_pastLongMax_staysUnbounded() {
    RecordingSubscriber<NavPublished> s = subscribe(Long.MAX_VALUE);
    s.request(Long.MAX_VALUE);
    for (int i = 0; i < 10; i++) {
      bus.publish(nav(String.valueOf(i + 1), "1"));
    }
    assertThat(s.items).hasSize(10);
    assertThat(s.error).isNull();
  }

  @Test
  void request_oneAtATimeFromOnNext_doesNotRecurse() {
    InProcessEventBus big = InProcessEventBus.builder().flowBufferSize(10_000).build();
    try {
      List<Integer> depths = new ArrayList<>();
      RecordingSubscriber<NavPublished> s = new RecordingSubscriber<>(0);
      s.onNext(
          (sub, item) -> {
            depths.add(Thread.currentThread().getStackTrace().length);
            sub.request(1);
          });
      big.asPublisher(NavPublished.class).subscribe(s);
      for (int i = 0; i < 5_000; i++) {
        big.publish(nav(String.valueOf(i + 1), "1"));
      }
      s.request(1);
      assertThat(s.items).hasSize(5_000);
      assertThat(depths.get(depths.size() - 1) - depths.get(0)).isLessThan(10);
    } finally {
      big.close();
    }
  }

  @Test
  void onNext_throwing_cancelsAndIsReportedLikeAListener() {
    RecordingSubscriber<NavPublished> s =
        subscribe(Long.MAX_VALUE)
            .onNext(
                (sub, item) -> {
                  throw new IllegalStateException("subscriber broken");
                });
    bus.publish(nav("1", "1"));
    bus.publish(nav("2", "1"));
    assertThat(codes(s)).containsExactly("1");
    assertThat(handled).singleElement().extracting(Throwable::getMessage)
        .isEqualTo("subscriber broken");
    assertThat(bus.subscriptionCount()).isZero();
    assertThat(bus.metrics().failed()).isEqualTo(1);
  }

  @Test
  void onSubscribe_throwing_cancels() {
    Flow.Subscriber<NavPublished> rude =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            throw new IllegalStateException("rude");
          }

          @Override
          public void onNext(NavPublished item) {}

          @Override
          public void onError(Throwable throwable) {}

          @Override
          public void onComplete() {}
        };
    bus.asPublisher(NavPublished.class).subscribe(rude);
    assertThat(bus.subscriptionCount()).isZero();
  }

  @Test
  void subscribe_nullSubscriber_throwsNullPointerPerRule19() {
    Flow.Publisher<NavPublished> p = bus.asPublisher(NavPublished.class);
    assertThatThrownBy(() -> p.subscribe(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void asynchronousBus_severalPublishers_inOrderWithoutOverlapThenComplete() throws Exception {
    int publishers = 3;
    int perPublisher = 2_000;
    InProcessEventBus async =
        InProcessEventBus.builder()
            .mode(DeliveryMode.ASYNCHRONOUS)
            .overflowPolicy(OverflowPolicy.BLOCK)
            .queueCapacity(32)
            .build();
    RecordingSubscriber<PortfolioChanged> s = new RecordingSubscriber<>(Long.MAX_VALUE);
    async.asPublisher(PortfolioChanged.class).subscribe(s);
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < publishers; p++) {
      int publisher = p;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < perPublisher; i++) {
                  async.publish(sequenced(publisher, i));
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(SECONDS.toMillis(30));
    }
    async.close(); // Completion follows every event published before.
    assertThat(s.terminated.await(30, SECONDS)).isTrue();
    assertThat(s.completed).isTrue();
    assertThat(s.violations).isEmpty();
    PerPublisherOrder.assertInOrder(s.items, publishers, perPublisher);
  }

  @Test
  void asynchronousBus_requestFromAnotherThread_deliversBufferedItems() throws Exception {
    InProcessEventBus async = InProcessEventBus.builder().mode(DeliveryMode.ASYNCHRONOUS).build();
    RecordingSubscriber<NavPublished> s = new RecordingSubscriber<>(0);
    async.asPublisher(NavPublished.class).subscribe(s);
    async.publish(nav("1", "1"));
    async.publish(nav("2", "1"));
    async.close(); // Waits until both reached the Flow buffer, then completes after them.
    assertThat(s.items).isEmpty();
    s.request(2);
    assertThat(s.terminated.await(30, SECONDS)).isTrue();
    assertThat(codes(s)).containsExactly("1", "2");
    assertThat(s.completed).isTrue();
  }
}
