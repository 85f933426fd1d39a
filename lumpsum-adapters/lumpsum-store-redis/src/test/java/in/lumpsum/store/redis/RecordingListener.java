package in.lumpsum.store.redis;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.EventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records the events it receives, in order; thread-safe. */
final class RecordingListener implements EventListener<DomainEvent> {

  private final List<DomainEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(DomainEvent event) {
    events.add(event);
  }

  synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  synchronized long count(Predicate<DomainEvent> which) {
    return events.stream().filter(which).count();
  }

  synchronized boolean has(DomainEvent event) {
    return events.contains(event);
  }
}
