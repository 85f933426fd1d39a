package in.lumpsum.funds.feed;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.EventListener;
import in.lumpsum.core.event.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An event bus for tests that keeps every event published, in order, on the publishing thread. */
final class RecordingBus implements EventBus {

  final List<DomainEvent> events = new ArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    events.add(event);
  }

  @Override
  public <E extends DomainEvent> Subscription subscribe(Class<E> type,
      EventListener<? super E> listener) {
    throw new UnsupportedOperationException("recording only");
  }

  @Override
  public boolean isClosed() {
    return false;
  }

  @Override
  public void close() {}

  <E extends DomainEvent> List<E> of(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  Map<String, Integer> counts() {
    Map<String, Integer> m = new TreeMap<>();
    events.forEach(e -> m.merge(e.getClass().getSimpleName(), 1, Integer::sum));
    return m;
  }

  void clear() {
    events.clear();
  }
}
