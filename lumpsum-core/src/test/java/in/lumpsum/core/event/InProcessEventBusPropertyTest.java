package in.lumpsum.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of subscribe, cancel and publish, checked against a model: a listener
 * receives exactly the matching events published while it was subscribed, in publication order.
 */
class InProcessEventBusPropertyTest {

  private static final List<Class<? extends DomainEvent>> TYPES =
      List.of(NavPublished.class, InvestorSignedUp.class, DomainEvent.class);

  /** One listener under test and what the model says it should receive. */
  private static final class Probe {
    final Class<? extends DomainEvent> type;
    final Subscription subscription;
    final List<DomainEvent> received;
    final List<DomainEvent> expected = new ArrayList<>();
    boolean cancelled;

    Probe(Class<? extends DomainEvent> type, Subscription subscription, List<DomainEvent> received) {
      this.type = type;
      this.subscription = subscription;
      this.received = received;
    }
  }

  @Property(tries = 300)
  void synchronousBus_deliversExactlyTheModel(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 9) Integer> ops) {
    InProcessEventBus bus = InProcessEventBus.builder().build();
    List<Probe> probes = run(bus, ops);
    for (Probe p : probes) {
      assertThat(p.received).isEqualTo(p.expected);
    }
  }

  @Property(tries = 60)
  void asynchronousBus_deliversTheModelOrAPrefixOnceCancelled(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 9) Integer> ops) {
    InProcessEventBus bus =
        InProcessEventBus.builder()
            .mode(DeliveryMode.ASYNCHRONOUS)
            .overflowPolicy(OverflowPolicy.BLOCK)
            .build();
    List<Probe> probes = run(bus, ops);
    for (Probe p : probes) {
      if (p.cancelled) {
        // Events queued but not yet delivered when cancel() returned are discarded.
        assertThat(p.received).hasSizeLessThanOrEqualTo(p.expected.size());
        assertThat(p.received).isEqualTo(p.expected.subList(0, p.received.size()));
      } else {
        assertThat(p.received).isEqualTo(p.expected);
      }
    }
  }

  /** Applies the operations, then closes the bus (which, asynchronously, drains the queues). */
  private static List<Probe> run(InProcessEventBus bus, List<Integer> ops) {
    List<Probe> probes = new ArrayList<>();
    int seq = 0;
    for (int op : ops) {
      if (op <= 2) {
        Class<? extends DomainEvent> type = TYPES.get(op);
        List<DomainEvent> received = new CopyOnWriteArrayList<>();
        Subscription s = bus.subscribe(type, received::add);
        probes.add(new Probe(type, s, received));
      } else if (op == 3) {
        for (Probe p : probes) {
          if (!p.cancelled) {
            p.subscription.cancel();
            p.cancelled = true;
            break;
          }
        }
      } else {
        seq++;
        DomainEvent e =
            op % 2 == 0
                ? TestEvents.nav(String.valueOf(seq + 1), "1")
                : TestEvents.signedUp("inv-" + seq);
        for (Probe p : probes) {
          if (!p.cancelled && p.type.isInstance(e)) {
            p.expected.add(e);
          }
        }
        bus.publish(e);
      }
    }
    bus.close();
    return probes;
  }
}
