package in.lumpsum.core.event;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one {@link Flow.Subscriber} to an {@link InProcessEventBus}: a bus listener that buffers
 * events and hands them on as far as the subscriber's demand allows.
 *
 * <p>Signals are serialised by a work-in-progress counter: whichever thread moves it from zero runs
 * the drain loop, and other threads only leave work for it. The counter starts at one so that no
 * signal can overtake {@code onSubscribe}. Once a terminal state is reached the counter is never
 * released, so no further signal can happen.
 */
final class FlowBridge<E extends DomainEvent> implements EventListener<E>, Flow.Subscription {

  private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

  private final InProcessEventBus bus;
  private final Class<E> type;
  private final Flow.Subscriber<? super E> subscriber;
  private final int capacity;

  private final ConcurrentLinkedQueue<E> buffer = new ConcurrentLinkedQueue<>();
  private final AtomicInteger buffered = new AtomicInteger();
  private final AtomicLong requested = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger(1);
  private final AtomicReference<Throwable> error = new AtomicReference<>();
  private volatile boolean done;
  private volatile boolean cancelled;
  private volatile InProcessEventBus.Registration registration;

  FlowBridge(
      InProcessEventBus bus, Class<E> type, Flow.Subscriber<? super E> subscriber, int capacity) {
    this.bus = bus;
    this.type = type;
    this.subscriber = subscriber;
    this.capacity = capacity;
  }

  /** Registers on the bus, calls {@code onSubscribe}, then releases the drain loop. */
  void start() {
    try {
      registration = bus.register(type, this, this);
    } catch (IllegalStateException closedBus) {
      cancelled = true;
      try {
        subscriber.onSubscribe(NoSubscription.INSTANCE);
        subscriber.onComplete();
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        LOG.warn("Flow subscriber {} threw on a closed bus", subscriberClassName(), e);
      }
      return;
    }
    try {
      subscriber.onSubscribe(this);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Rule 2.13: the subscription is considered cancelled.
      cancelled = true;
      registration.cancel();
      buffer.clear();
      LOG.warn("Flow subscriber {} threw from onSubscribe; cancelled", subscriberClassName(), e);
      return;
    }
    drainLoop(1);
  }

  String subscriberClassName() {
    return subscriber.getClass().getName();
  }

  @Override
  public void onEvent(E event) {
    if (done || cancelled) {
      return;
    }
    if (buffered.incrementAndGet() > capacity) {
      buffered.decrementAndGet();
      bus.addDropped(1);
      fail(new EventOverflowException(type.getSimpleName(), capacity));
      return;
    }
    buffer.offer(event);
    drain();
  }

  /** Called by the bus once the events queued before it closed have reached this bridge. */
  void busClosed() {
    done = true;
    drain();
  }

  @Override
  public void request(long n) {
    if (cancelled) {
      return; // Rule 3.6.
    }
    if (n <= 0) {
      fail(new IllegalArgumentException("Rule 3.9: request(n) needs n > 0, got " + n));
      return;
    }
    long current;
    long next;
    do {
      current = requested.get();
      if (current == Long.MAX_VALUE) {
        break;
      }
      next = current + n;
      if (next < 0) {
        next = Long.MAX_VALUE; // Rule 3.17: demand past Long.MAX_VALUE is unbounded.
      }
    } while (!requested.compareAndSet(current, next));
    drain();
  }

  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    detach();
    if (wip.getAndIncrement() == 0) {
      clearBuffer();
    }
  }

  private void fail(Throwable e) {
    if (error.compareAndSet(null, e)) {
      done = true;
      detach();
      drain();
    }
  }

  private void detach() {
    InProcessEventBus.Registration r = registration;
    if (r != null) {
      r.cancel();
    }
  }

  private int clearBuffer() {
    int n = 0;
    while (buffer.poll() != null) {
      n++;
    }
    buffered.addAndGet(-n);
    return n;
  }

  private void drain() {
    if (wip.getAndIncrement() == 0) {
      drainLoop(1);
    }
  }

  private void drainLoop(int missed) {
    for (; ; ) {
      if (cancelled) {
        clearBuffer();
        return;
      }
      Throwable e = error.get();
      if (e != null) {
        bus.addDropped(clearBuffer());
        cancelled = true;
        signal(() -> subscriber.onError(e), "onError");
        return;
      }
      long r = requested.get();
      long emitted = 0;
      while (emitted != r) {
        if (cancelled || error.get() != null) {
          break;
        }
        boolean d = done;
        E item = buffer.poll();
        if (item == null) {
          if (d) {
            complete();
            return;
          }
          break;
        }
        buffered.decrementAndGet();
        try {
          subscriber.onNext(item);
        } catch (VirtualMachineError x) {
          throw x;
        } catch (Throwable x) {
          // Rule 2.13: the subscription is considered cancelled; report it like a listener's failure.
          cancelled = true;
          detach();
          clearBuffer();
          InProcessEventBus.Registration reg = registration;
          if (reg != null) {
            bus.reportFailure(reg, item, x);
          }
          return;
        }
        emitted++;
      }
      if (cancelled || error.get() != null) {
        continue;
      }
      if (emitted == r && done && buffer.isEmpty()) {
        complete();
        return;
      }
      if (emitted != 0 && r != Long.MAX_VALUE) {
        requested.addAndGet(-emitted);
      }
      missed = wip.addAndGet(-missed);
      if (missed == 0) {
        return;
      }
    }
  }

  private void complete() {
    cancelled = true;
    detach();
    signal(subscriber::onComplete, "onComplete");
  }

  private void signal(Runnable terminal, String name) {
    try {
      terminal.run();
    } catch (VirtualMachineError x) {
      throw x;
    } catch (Throwable x) {
      LOG.warn("Flow subscriber {} threw from {}", subscriberClassName(), name, x);
    }
  }

  /** The subscription given to a subscriber of a closed bus: it does nothing. */
  private enum NoSubscription implements Flow.Subscription {
    INSTANCE;

    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  }
}
