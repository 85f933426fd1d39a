package in.lumpsum.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks that a listener saw each publisher's sequence complete and in order. */
final class PerPublisherOrder {

  private PerPublisherOrder() {}

  static void assertInOrder(List<PortfolioChanged> seen, int publishers, int perPublisher) {
    List<List<Long>> byPublisher = new ArrayList<>();
    for (int p = 0; p < publishers; p++) {
      byPublisher.add(new ArrayList<>());
    }
    for (PortfolioChanged e : List.copyOf(seen)) {
      byPublisher.get(TestEvents.publisherOf(e)).add(e.version());
    }
    for (int p = 0; p < publishers; p++) {
      List<Long> expected = new ArrayList<>();
      for (long i = 0; i < perPublisher; i++) {
        expected.add(i);
      }
      assertThat(byPublisher.get(p)).as("publisher %d", p).isEqualTo(expected);
    }
  }
}
