package in.lumpsum.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** A Flow subscriber that records its signals and any breach of the signal rules it can see. */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {

  final List<T> items = new CopyOnWriteArrayList<>();
  final List<String> violations = new CopyOnWriteArrayList<>();
  final CountDownLatch terminated = new CountDownLatch(1);
  volatile Flow.Subscription subscription;
  volatile Throwable error;
  volatile boolean completed;

  private final long initialRequest;
  private final AtomicInteger inSignal = new AtomicInteger();
  private volatile BiConsumer<RecordingSubscriber<T>, T> onNextAction = (s, t) -> {};

  RecordingSubscriber(long initialRequest) {
    this.initialRequest = initialRequest;
  }

  RecordingSubscriber<T> onNext(BiConsumer<RecordingSubscriber<T>, T> action) {
    this.onNextAction = action;
    return this;
  }

  void request(long n) {
    subscription.request(n);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    enter("onSubscribe");
    try {
      if (subscription != null) {
        violations.add("onSubscribe twice");
      }
      subscription = s;
      if (initialRequest > 0) {
        s.request(initialRequest);
      }
    } finally {
      inSignal.decrementAndGet();
    }
  }

  @Override
  public void onNext(T item) {
    enter("onNext");
    try {
      if (terminated.getCount() == 0) {
        violations.add("onNext after a terminal signal");
      }
      items.add(item);
      onNextAction.accept(this, item);
    } finally {
      inSignal.decrementAndGet();
    }
  }

  @Override
  public void onError(Throwable throwable) {
    enter("onError");
    terminal();
    error = throwable;
    inSignal.decrementAndGet();
    terminated.countDown();
  }

  @Override
  public void onComplete() {
    enter("onComplete");
    terminal();
    completed = true;
    inSignal.decrementAndGet();
    terminated.countDown();
  }

  private void enter(String signal) {
    if (inSignal.getAndIncrement() != 0) {
      violations.add(signal + " overlapped another signal");
    }
    if (subscription == null && !signal.equals("onSubscribe")) {
      violations.add(signal + " before onSubscribe");
    }
  }

  private void terminal() {
    if (terminated.getCount() == 0) {
      violations.add("second terminal signal");
    }
  }
}
