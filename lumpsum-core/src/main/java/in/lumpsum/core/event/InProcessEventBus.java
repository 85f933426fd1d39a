package in.lumpsum.core.event;

import in.lumpsum.core.InvalidValueException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process {@link EventBus}: delivers events to listeners in the same JVM, synchronously on
 * the publisher's thread or asynchronously on an executor.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * try (InProcessEventBus bus = InProcessEventBus.builder().build()) {
 *   bus.subscribe(NavPublished.class, e -> cache.put(e.schemeCode(), e.nav()));
 *   bus.publish(new NavPublished("119551", date, nav, clock.instant()));
 * }
 * }</pre>
 *
 * <h2>Synchronous mode (the default)</h2>
 *
 * <p>{@link #publish} delivers the event on the caller's thread to every matching listener, in
 * subscription order, and returns when all have returned. An event published from inside a listener
 * on the same thread is queued and delivered, in order, once the current event has reached every
 * listener and before the outermost {@code publish} returns; the inner call returns at once. So every
 * listener sees one thread's events in the order they were published, even when listeners publish.
 * When several threads publish at once, a listener is called concurrently, once on each thread.
 *
 * <h2>Asynchronous mode</h2>
 *
 * <p>Each subscription has its own FIFO queue, bounded by {@link Builder#queueCapacity(int)}.
 * {@code publish} returns once the event is queued for every matching subscription. A subscription
 * with queued events waits on the bus's ready queue, where at most
 * {@link Builder#parallelism(int) parallelism} (by default two) worker tasks take it in turn and
 * deliver up to 64 of its events; a subscription is never drained by two workers at once. So every
 * listener sees one publisher's events in publication order, and however many subscriptions there
 * are, the executor gets only a few tasks. The workers run on the host's
 * {@link Builder#executor(Executor)} or, by default, on a pool that the bus owns: daemon threads
 * named {@code lumpsum-event-<bus>-<n>}, started on demand, ended after 30 s idle and shut down on
 * {@link #close()}. A full queue is handled by the {@link OverflowPolicy}. If the executor rejects a
 * worker task while no worker runs, the queued events are dropped, counted and logged.
 *
 * <h2>Failures</h2>
 *
 * <p>An exception thrown by a listener is caught; the other listeners still receive the event. The
 * bus logs it at WARN the first time for each subscription and at DEBUG after that, naming the event
 * type, the subscription and the listener class, never the event's fields (they can carry personal
 * data), and then calls the {@link ListenerErrorHandler}, if one was set. {@link VirtualMachineError}s
 * are not caught.
 *
 * <h2>Subscribing and cancelling</h2>
 *
 * <p>Safe at any time, from any thread, including from inside a listener. Listeners are held in
 * copy-on-write arrays; the matching listeners of each concrete event class are resolved once and
 * cached until the next change, so a publish is a loop over an array. A subscription made while an
 * event is being published may or may not receive it; once {@link Subscription#cancel()} returns, no
 * new delivery to that listener begins.
 *
 * <h2>Flow</h2>
 *
 * <p>{@link #asPublisher(Class)} gives a {@link Flow.Publisher} view of one event type, following the
 * Reactive Streams rules: see its documentation.
 *
 * <h2>Closing</h2>
 *
 * <p>{@link #close()} is idempotent. Afterwards {@link #publish} and {@link #subscribe} throw
 * {@link IllegalStateException} and every subscription reports itself inactive. Events whose
 * {@code publish} returned before {@code close()} began are still delivered; an event published
 * concurrently with {@code close()} may be delivered or dropped. Asynchronous mode with the owned pool
 * waits up to {@link Builder#closeTimeout(Duration)} for queued events to be delivered (not when
 * called from a listener of this bus), then interrupts the pool; with a host executor, {@code close()}
 * returns at once and the queued events are delivered by that executor. Flow subscribers receive
 * {@code onComplete} after their buffered events.
 *
 * <p>Thread-safety: every method is thread-safe.
 *
 * @since 0.1.0
 */
public final class InProcessEventBus implements EventBus {

  private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

  /** Events a worker delivers from one subscription before it turns to the next ready one. */
  private static final int BATCH = 64;

  /** Batches one worker task runs before it hands its thread back to the executor. */
  private static final int WORKER_BUDGET = 256;

  private static final int DEFAULT_QUEUE_CAPACITY = 1024;
  private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final int DEFAULT_PARALLELISM = 2;
  private static final AtomicInteger BUS_IDS = new AtomicInteger();

  private static final VarHandle SCHEDULED;
  private static final VarHandle FLAGS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      SCHEDULED = lookup.findVarHandle(Registration.class, "scheduled", boolean.class);
      FLAGS = lookup.findVarHandle(Registration.class, "flags", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final DeliveryMode mode;
  private final Executor executor;
  private final ExecutorService ownedPool;
  private final int queueCapacity;
  private final OverflowPolicy overflowPolicy;
  private final int flowBufferSize;
  private final ListenerErrorHandler errorHandler;
  private final Duration closeTimeout;
  private final int parallelism;

  // Asynchronous mode: subscriptions with queued events, and the worker tasks that drain them.
  private final ConcurrentLinkedQueue<Registration> ready = new ConcurrentLinkedQueue<>();
  private final AtomicInteger workers = new AtomicInteger();
  private final Worker worker = new Worker();

  private final Object lock = new Object();
  private volatile Registry registry = new Registry(new Registration[0]);
  private volatile boolean closed;
  private long nextSubscriptionId;

  private final ThreadLocal<Dispatch> dispatch = ThreadLocal.withInitial(Dispatch::new);
  private final AtomicBoolean handlerWarned = new AtomicBoolean();

  private final LongAdder published = new LongAdder();
  private final LongAdder delivered = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  private InProcessEventBus(Builder b) {
    this.mode = b.mode;
    this.queueCapacity = b.queueCapacity != null ? b.queueCapacity : DEFAULT_QUEUE_CAPACITY;
    this.overflowPolicy = b.overflowPolicy != null ? b.overflowPolicy : OverflowPolicy.DROP_NEWEST;
    this.flowBufferSize = b.flowBufferSize;
    this.errorHandler = b.errorHandler;
    this.closeTimeout = b.closeTimeout != null ? b.closeTimeout : DEFAULT_CLOSE_TIMEOUT;
    this.parallelism = b.parallelism != null ? b.parallelism : DEFAULT_PARALLELISM;
    if (mode == DeliveryMode.SYNCHRONOUS) {
      this.executor = null;
      this.ownedPool = null;
    } else if (b.executor != null) {
      this.executor = b.executor;
      this.ownedPool = null;
    } else {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              parallelism,
              parallelism,
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              new DaemonThreads(BUS_IDS.incrementAndGet()));
      pool.allowCoreThreadTimeOut(true);
      this.executor = pool;
      this.ownedPool = pool;
    }
  }

  /**
   * Starts building a bus. The defaults: {@link DeliveryMode#SYNCHRONOUS}, no error handler, a Flow
   * buffer of {@link Flow#defaultBufferSize()} events.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Publishes an event to every listener subscribed to its type or a supertype; see the class
   * documentation for each {@link DeliveryMode}.
   *
   * <p>In synchronous mode this returns after every listener has handled the event (or, when called
   * from inside a listener of this bus on the same thread, at once, the event being queued). In
   * asynchronous mode it returns once the event is queued, and may wait for room under
   * {@link OverflowPolicy#BLOCK}.
   *
   * @param event the event to publish
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalStateException if the bus is closed
   * @since 0.1.0
   */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("The event bus is closed; cannot publish");
    }
    published.increment();
    if (mode == DeliveryMode.ASYNCHRONOUS) {
      for (Registration r : registry.targets(event.getClass()).registrations) {
        if (!r.cancelled) {
          r.enqueue(event);
        }
      }
      return;
    }
    Dispatch d = dispatch.get();
    if (d.delivering) {
      // A listener publishing on this thread: deliver after the current event, so that every
      // listener sees this thread's events in publication order.
      d.pending.add(event);
      return;
    }
    d.delivering = true;
    try {
      deliverAll(event);
      DomainEvent next;
      while ((next = d.pending.poll()) != null) {
        deliverAll(next);
      }
    } finally {
      d.delivering = false;
      d.pending.clear();
    }
  }

  /**
   * Delivers one event to its listeners on this thread.
   *
   * <p>The loop touches only the listener array while the registry is unchanged. If a subscription
   * is added or cancelled meanwhile (the registry is replaced), it checks each remaining
   * subscription's cancelled flag, so that no delivery begins after {@code cancel()} returned: the
   * flag is written before the new registry is published.
   */
  private void deliverAll(DomainEvent event) {
    Registry snapshot = registry;
    Targets targets = snapshot.targets(event.getClass());
    EventListener<DomainEvent>[] listeners = targets.listeners;
    int n = listeners.length;
    int skipped = 0;
    boolean checkEach = false;
    int i = 0;
    while (i < n) {
      try {
        for (; i < n; i++) {
          if (checkEach || (checkEach = registry != snapshot)) {
            if (targets.registrations[i].cancelled) {
              skipped++;
              continue;
            }
          }
          listeners[i].onEvent(event);
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        skipped++;
        reportFailure(targets.registrations[i], event, e);
        i++;
      }
    }
    // One update per event, not per listener: a shared counter in the loop would dominate its cost.
    delivered.add(n - skipped);
  }

  /**
   * Subscribes a listener to the events of one type and its subtypes.
   *
   * <p>Deliveries follow subscription order in synchronous mode. Each call makes a new, independent
   * subscription, even for a listener already subscribed.
   *
   * @param <E> the event type
   * @param type the event type, such as {@code NavPublished.class}, or {@code DomainEvent.class} for
   *     every event
   * @param listener the listener
   * @return the subscription, active until cancelled or until the bus closes
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code type} is not a {@link DomainEvent} type (possible only
   *     through raw types)
   * @throws IllegalStateException if the bus is closed
   * @since 0.1.0
   */
  @Override
  public <E extends DomainEvent> Subscription subscribe(
      Class<E> type, EventListener<? super E> listener) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listener, "listener");
    if (!DomainEvent.class.isAssignableFrom(type)) {
      throw new InvalidValueException("type", type.getName(), "is not a DomainEvent type");
    }
    return register(type, listener, null);
  }

  /**
   * Returns a {@link Flow.Publisher} view of the events of one type and its subtypes.
   *
   * <p>Each {@link Flow.Publisher#subscribe subscribe} call makes a new bus subscription with a
   * buffer of {@link Builder#flowBufferSize(int)} events, and follows the Reactive Streams rules:
   *
   * <ul>
   *   <li>Events published after {@code subscribe} are buffered and handed to {@code onNext} only as
   *       far as the subscriber has {@code request}ed. Signals to one subscriber never overlap.
   *   <li>If the buffer is full when an event arrives, the subscription is cancelled, the buffered
   *       events are discarded and counted as dropped, and the subscriber receives {@code onError}
   *       with an {@link EventOverflowException} straight away.
   *   <li>{@code request(n)} with {@code n <= 0} cancels the subscription and signals
   *       {@code onError} with an {@link IllegalArgumentException} (rule 3.9).
   *   <li>{@code cancel()} stops the signals and releases the buffer; after it, {@code request} does
   *       nothing.
   *   <li>When the bus closes, the subscriber receives {@code onComplete} once it has been given the
   *       events buffered before. Subscribing to a closed bus gives {@code onSubscribe} then
   *       {@code onComplete}.
   *   <li>If {@code onNext} throws, the subscription is cancelled and the exception is reported
   *       like a listener's: logged, counted as failed and handed to the error handler (rule 2.13).
   *       If {@code onSubscribe} throws, the subscription is cancelled and the exception logged.
   * </ul>
   *
   * <p>Signals run on the thread that causes them: the publisher's thread (synchronous mode) or a
   * delivery thread (asynchronous mode) for new events, the caller's thread for {@code request} when
   * events are buffered, and the closing thread for {@code onComplete} in synchronous mode.
   *
   * @param <E> the event type
   * @param type the event type, or {@code DomainEvent.class} for every event
   * @return a publisher; it holds no resources until subscribed to
   * @throws NullPointerException if {@code type} is null
   * @throws InvalidValueException if {@code type} is not a {@link DomainEvent} type
   * @since 0.1.0
   */
  public <E extends DomainEvent> Flow.Publisher<E> asPublisher(Class<E> type) {
    Objects.requireNonNull(type, "type");
    if (!DomainEvent.class.isAssignableFrom(type)) {
      throw new InvalidValueException("type", type.getName(), "is not a DomainEvent type");
    }
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      new FlowBridge<E>(this, type, subscriber, flowBufferSize).start();
    };
  }

  /**
   * Tells whether {@link #close()} has been called.
   *
   * @return {@code true} once the bus is closed
   * @since 0.1.0
   */
  @Override
  public boolean isClosed() {
    return closed;
  }

  /**
   * Closes the bus; see the class documentation for what happens to queued events.
   *
   * <p>Idempotent. In asynchronous mode with the owned pool, waits up to the close timeout for
   * queued events to be delivered, unless called from a delivery thread of this bus; if the wait
   * times out, logs at WARN and interrupts the delivery threads. If the calling thread is interrupted
   * while it waits, the pool is interrupted too and the interrupt status is kept.
   *
   * @since 0.1.0
   */
  @Override
  public void close() {
    Registration[] all;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      all = registry.all;
    }
    for (Registration r : all) {
      r.busClosing();
    }
    if (ownedPool == null) {
      return;
    }
    ownedPool.shutdown();
    if (dispatch.get().delivering) {
      // Called from a listener: waiting for the pool would wait for this very thread.
      return;
    }
    try {
      if (!ownedPool.awaitTermination(closeTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        LOG.warn(
            "Event bus delivery threads still busy {} after close; interrupting them", closeTimeout);
        ownedPool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ownedPool.shutdownNow();
    }
  }

  /**
   * Returns a snapshot of this bus's counters.
   *
   * @return the counters since the bus was built
   * @since 0.1.0
   */
  public EventBusMetrics metrics() {
    return new EventBusMetrics(published.sum(), delivered.sum(), failed.sum(), dropped.sum());
  }

  /**
   * Returns the number of subscriptions not cancelled, including those of Flow subscribers.
   *
   * <p>A Flow subscription ends, and leaves this count, when it is cancelled or terminated; closing
   * the bus leaves the other subscriptions in the count.
   *
   * @return the number of subscriptions
   * @since 0.1.0
   */
  public int subscriptionCount() {
    return registry.all.length;
  }

  /**
   * Returns the delivery mode this bus was built with.
   *
   * @return the delivery mode
   * @since 0.1.0
   */
  public DeliveryMode mode() {
    return mode;
  }

  /**
   * Describes the bus for diagnostics: its mode, subscription count and whether it is closed.
   *
   * @return a description, without event data
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "InProcessEventBus["
        + mode
        + ", subscriptions="
        + registry.all.length
        + (closed ? ", closed]" : "]");
  }

  // ---------------------------------------------------------------- internals shared with FlowBridge

  @SuppressWarnings("unchecked")
  Registration register(Class<?> type, EventListener<?> listener, FlowBridge<?> flow) {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("The event bus is closed; cannot subscribe");
      }
      Registration r =
          new Registration(
              ++nextSubscriptionId, type, (EventListener<DomainEvent>) listener, flow);
      registry = registry.plus(r);
      return r;
    }
  }

  private void unregister(Registration r) {
    synchronized (lock) {
      registry = registry.minus(r);
    }
  }

  void addDropped(long n) {
    dropped.add(n);
  }

  /** Counts, logs and hands to the error handler one failed delivery. */
  void reportFailure(Registration r, DomainEvent event, Throwable error) {
    failed.increment();
    if (r.setOnce(Registration.FAILURE_WARNED)) {
      LOG.warn(
          "{} threw on a {} event; other listeners still received it. Later failures of this"
              + " subscription are logged at DEBUG",
          r,
          event.getClass().getSimpleName(),
          error);
    } else {
      LOG.debug("{} threw on a {} event", r, event.getClass().getSimpleName(), error);
    }
    if (errorHandler == null) {
      return;
    }
    try {
      errorHandler.onListenerError(event, r, error);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      if (handlerWarned.compareAndSet(false, true)) {
        LOG.warn("The ListenerErrorHandler threw; later failures are logged at DEBUG", e);
      } else {
        LOG.debug("The ListenerErrorHandler threw", e);
      }
    }
  }

  private void reportDrop(Registration r, DomainEvent event, String why) {
    dropped.increment();
    if (r.setOnce(Registration.DROP_WARNED)) {
      LOG.warn(
          "Dropped a {} event for {}: {}. Later drops for this subscription are logged at DEBUG",
          event.getClass().getSimpleName(),
          r,
          why);
    } else {
      LOG.debug("Dropped a {} event for {}: {}", event.getClass().getSimpleName(), r, why);
    }
  }

  /** Starts a worker task unless {@code parallelism} are already running. */
  private void startWorkerIfNeeded() {
    if (!tryAddWorker()) {
      return;
    }
    try {
      executor.execute(worker);
    } catch (RejectedExecutionException e) {
      workers.decrementAndGet();
      // Running workers will reach the ready subscriptions; with none, their events are lost.
      Registration r;
      while (workers.get() == 0 && (r = ready.poll()) != null) {
        r.discardQueued();
      }
    }
  }

  private boolean tryAddWorker() {
    for (; ; ) {
      int w = workers.get();
      if (w >= parallelism) {
        return false;
      }
      if (workers.compareAndSet(w, w + 1)) {
        return true;
      }
    }
  }

  /**
   * A delivery task: takes subscriptions off the ready queue in turn and drains a batch from each,
   * until the queue is empty. A subscription is on the ready queue at most once and is drained by
   * one worker at a time, so its events are delivered in queue order.
   */
  private final class Worker implements Runnable {
    @Override
    public void run() {
      Dispatch d = dispatch.get();
      boolean wasDelivering = d.delivering;
      d.delivering = true;
      boolean holdingSlot = true;
      int budget = WORKER_BUDGET;
      try {
        for (; ; ) {
          Registration r = ready.poll();
          if (r == null) {
            workers.decrementAndGet();
            holdingSlot = false;
            // A publisher that saw every slot taken relied on this re-check to see its subscription.
            if (ready.isEmpty() || !tryAddWorker()) {
              return;
            }
            holdingSlot = true;
            continue;
          }
          try {
            r.drainBatch();
          } finally {
            r.afterBatch();
          }
          if (--budget == 0 && !closed) {
            budget = WORKER_BUDGET;
            try {
              // Give the (possibly host's) thread back; a fresh task takes over this slot.
              executor.execute(this);
              holdingSlot = false;
              return;
            } catch (RejectedExecutionException e) {
              // Keep going on this thread rather than lose events.
            }
          }
        }
      } finally {
        d.delivering = wasDelivering;
        if (holdingSlot) {
          // Only on an Error from a listener: free the slot and let another worker carry on.
          workers.decrementAndGet();
          if (!ready.isEmpty()) {
            startWorkerIfNeeded();
          }
        }
      }
    }
  }

  /** Per-thread delivery state: whether this thread is inside a listener, and nested publishes. */
  private static final class Dispatch {
    boolean delivering;
    final ArrayDeque<DomainEvent> pending = new ArrayDeque<>();
  }

  /** An immutable list of registrations, with the matching registrations cached per event class. */
  private static final class Registry {
    final Registration[] all;
    final ConcurrentHashMap<Class<?>, Targets> byClass = new ConcurrentHashMap<>();

    Registry(Registration[] all) {
      this.all = all;
    }

    Targets targets(Class<?> eventClass) {
      Targets t = byClass.get(eventClass);
      // A stale Registry may still be filling its cache after a change; nobody reads it any more.
      return t != null ? t : byClass.computeIfAbsent(eventClass, this::match);
    }

    private Targets match(Class<?> eventClass) {
      List<Registration> out = new ArrayList<>();
      for (Registration r : all) {
        if (r.type.isAssignableFrom(eventClass)) {
          out.add(r);
        }
      }
      return new Targets(out.toArray(new Registration[0]));
    }

    Registry plus(Registration r) {
      Registration[] next = Arrays.copyOf(all, all.length + 1);
      next[all.length] = r;
      return new Registry(next);
    }

    Registry minus(Registration r) {
      for (int i = 0; i < all.length; i++) {
        if (all[i] == r) {
          Registration[] next = new Registration[all.length - 1];
          System.arraycopy(all, 0, next, 0, i);
          System.arraycopy(all, i + 1, next, i, all.length - i - 1);
          return new Registry(next);
        }
      }
      return this;
    }
  }

  /** The subscriptions matching one event class, with their listeners in a parallel array. */
  private static final class Targets {
    final Registration[] registrations;
    final EventListener<DomainEvent>[] listeners;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Targets(Registration[] registrations) {
      this.registrations = registrations;
      this.listeners = new EventListener[registrations.length];
      for (int i = 0; i < registrations.length; i++) {
        listeners[i] = registrations[i].listener;
      }
    }
  }

  /** One subscription: its listener and, in asynchronous mode, its queue. */
  final class Registration implements Subscription {
    final long id;
    final Class<?> type;
    final EventListener<DomainEvent> listener;
    final FlowBridge<?> flow;
    volatile boolean cancelled;

    // Asynchronous mode only.
    private final BlockingQueue<DomainEvent> queue;
    // Plain fields with VarHandles rather than Atomic* objects: with 10,000 subscriptions, fewer
    // objects keep the listeners closer together in memory, which the publish loop walks.
    private volatile boolean scheduled;
    private volatile boolean closing;
    private volatile int flags;

    static final int FAILURE_WARNED = 1;
    static final int DROP_WARNED = 2;
    static final int CLOSE_FIRED = 4;

    Registration(long id, Class<?> type, EventListener<DomainEvent> listener, FlowBridge<?> flow) {
      this.id = id;
      this.type = type;
      this.listener = listener;
      this.flow = flow;
      this.queue =
          mode == DeliveryMode.ASYNCHRONOUS ? new LinkedBlockingQueue<>(queueCapacity) : null;
    }

    /** Sets a flag bit; returns whether this call set it. */
    boolean setOnce(int bit) {
      for (; ; ) {
        int f = flags;
        if ((f & bit) != 0) {
          return false;
        }
        if (FLAGS.compareAndSet(this, f, f | bit)) {
          return true;
        }
      }
    }

    /** Delivers one event to the listener; returns whether it returned normally. */
    boolean deliver(DomainEvent event) {
      try {
        listener.onEvent(event);
        return true;
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        reportFailure(this, event, e);
        return false;
      }
    }

    void enqueue(DomainEvent event) {
      if (!queue.offer(event)) {
        if (overflowPolicy == OverflowPolicy.DROP_NEWEST) {
          reportDrop(this, event, "its queue of " + queueCapacity + " events is full");
          return;
        }
        if (dispatch.get().delivering) {
          reportDrop(this, event, "its queue is full and a listener cannot wait for itself");
          return;
        }
        try {
          queue.put(event);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          reportDrop(this, event, "the publisher was interrupted while waiting for room");
          return;
        }
      }
      schedule();
    }

    /** Puts this subscription on the ready queue, unless it is there or being drained. */
    private void schedule() {
      if (SCHEDULED.compareAndSet(this, false, true)) {
        ready.offer(this);
        startWorkerIfNeeded();
      }
    }

    /** Called by a worker after a batch: back on the ready queue if more work came meanwhile. */
    private void afterBatch() {
      scheduled = false;
      // A publisher that found 'scheduled' set relied on this check to see its event.
      if (hasWork() && SCHEDULED.compareAndSet(this, false, true)) {
        ready.offer(this);
      }
    }

    /** Drops the queued events because no worker can run; used when the executor rejects. */
    private void discardQueued() {
      DomainEvent lost;
      while ((lost = queue.poll()) != null) {
        reportDrop(this, lost, "the executor rejected the delivery task");
      }
      if (closing && setOnce(CLOSE_FIRED)) {
        fireClose();
      }
      afterBatch();
    }

    private void drainBatch() {
      DomainEvent event;
      for (int n = 0; n < BATCH && !cancelled && (event = queue.poll()) != null; n++) {
        if (deliver(event)) {
          delivered.increment();
        }
      }
      if (cancelled) {
        queue.clear();
      } else if (closing && queue.isEmpty() && setOnce(CLOSE_FIRED)) {
        fireClose();
      }
    }

    private boolean hasWork() {
      return !cancelled && (!queue.isEmpty() || (closing && (flags & CLOSE_FIRED) == 0));
    }

    /** Called once by {@link #close()}: after the queued events, tell a Flow bridge it is over. */
    void busClosing() {
      if (flow == null) {
        // A plain listener needs no signal; its queued events are delivered all the same.
        return;
      }
      if (queue == null) {
        if (setOnce(CLOSE_FIRED)) {
          fireClose();
        }
        return;
      }
      closing = true;
      schedule();
    }

    private void fireClose() {
      if (flow == null || cancelled) {
        return;
      }
      try {
        flow.busClosed();
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        LOG.warn("{} failed to complete on close", this, e);
      }
    }

    @Override
    public void cancel() {
      if (cancelled) {
        return;
      }
      cancelled = true;
      unregister(this);
      if (queue != null) {
        queue.clear();
      }
    }

    @Override
    public boolean isActive() {
      return !cancelled && !closed;
    }

    @Override
    public String toString() {
      String who =
          flow != null ? "Flow subscriber " + flow.subscriberClassName() : listener.getClass().getName();
      return "subscription #" + id + " to " + type.getSimpleName() + " (" + who + ")";
    }
  }

  /** Names the owned pool's threads and makes them daemons, so they never hold the JVM open. */
  private static final class DaemonThreads implements ThreadFactory {
    private final int busId;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(int busId) {
      this.busId = busId;
    }

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "lumpsum-event-" + busId + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * Builds an {@link InProcessEventBus}.
   *
   * <p>Not thread-safe; each {@link #build()} makes a new, independent bus. Settings that only make
   * sense in asynchronous mode are refused in synchronous mode, so that a forgotten
   * {@code mode(ASYNCHRONOUS)} is caught at {@code build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private DeliveryMode mode = DeliveryMode.SYNCHRONOUS;
    private Executor executor;
    private Integer queueCapacity;
    private OverflowPolicy overflowPolicy;
    private int flowBufferSize = Flow.defaultBufferSize();
    private ListenerErrorHandler errorHandler;
    private Duration closeTimeout;
    private Integer parallelism;

    private Builder() {}

    /**
     * Sets the delivery mode.
     *
     * @param mode {@link DeliveryMode#SYNCHRONOUS} (the default) or
     *     {@link DeliveryMode#ASYNCHRONOUS}
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     * @since 0.1.0
     */
    public Builder mode(DeliveryMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the executor that runs deliveries in asynchronous mode, instead of the bus's own pool.
     *
     * <p>The bus never shuts a host executor down. At most {@link #parallelism(int) parallelism} of
     * its tasks deliver events at a time; a task ends when no events are waiting, or after a while
     * submits a fresh task to take its place and returns, so as not to hold one of the host's
     * threads for long.
     *
     * @param executor the host's executor
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     * @since 0.1.0
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets how many delivery tasks may deliver events at once in asynchronous mode: the thread
     * count of the bus's own pool, or the most tasks delivering on a host executor at a time.
     *
     * <p>One subscription is drained by one task at a time whatever this number, so it bounds how
     * many listeners run concurrently, not the order.
     *
     * @param tasks the number of tasks; the default is 2
     * @return this builder
     * @throws InvalidValueException if {@code tasks} is less than 1
     * @since 0.1.0
     */
    public Builder parallelism(int tasks) {
      if (tasks < 1) {
        throw new InvalidValueException("parallelism", tasks, "must be at least 1");
      }
      this.parallelism = tasks;
      return this;
    }

    /**
     * Sets how many events each subscription can queue in asynchronous mode.
     *
     * @param capacity the capacity, in events; the default is 1024
     * @return this builder
     * @throws InvalidValueException if {@code capacity} is less than 1
     * @since 0.1.0
     */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new InvalidValueException("queueCapacity", capacity, "must be at least 1");
      }
      this.queueCapacity = capacity;
      return this;
    }

    /**
     * Sets what happens when a subscription's queue is full in asynchronous mode.
     *
     * @param policy the policy; the default is {@link OverflowPolicy#DROP_NEWEST}
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     * @since 0.1.0
     */
    public Builder overflowPolicy(OverflowPolicy policy) {
      this.overflowPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how many events each {@link Flow} subscriber can have buffered beyond its demand.
     *
     * @param size the buffer size, in events; the default is {@link Flow#defaultBufferSize()}
     * @return this builder
     * @throws InvalidValueException if {@code size} is less than 1
     * @since 0.1.0
     */
    public Builder flowBufferSize(int size) {
      if (size < 1) {
        throw new InvalidValueException("flowBufferSize", size, "must be at least 1");
      }
      this.flowBufferSize = size;
      return this;
    }

    /**
     * Sets the hook told of every listener failure, after the bus has logged it.
     *
     * @param handler the handler; by default there is none
     * @return this builder
     * @throws NullPointerException if {@code handler} is null
     * @since 0.1.0
     */
    public Builder errorHandler(ListenerErrorHandler handler) {
      this.errorHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Sets how long {@link InProcessEventBus#close()} waits for the bus's own pool to deliver the
     * queued events, in asynchronous mode without a host executor.
     *
     * @param timeout the longest wait; the default is 5 seconds; zero means do not wait
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws InvalidValueException if {@code timeout} is negative
     * @since 0.1.0
     */
    public Builder closeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new InvalidValueException("closeTimeout", timeout, "must not be negative");
      }
      this.closeTimeout = timeout;
      return this;
    }

    /**
     * Builds the bus. In asynchronous mode without a host executor, the bus owns a new pool.
     *
     * @return a new bus
     * @throws IllegalStateException if settings contradict the mode; the message lists every
     *     problem
     * @since 0.1.0
     */
    public InProcessEventBus build() {
      List<String> problems = new ArrayList<>();
      if (mode == DeliveryMode.SYNCHRONOUS) {
        String why = " applies only to DeliveryMode.ASYNCHRONOUS, but the mode is SYNCHRONOUS";
        if (executor != null) {
          problems.add("executor" + why);
        }
        if (queueCapacity != null) {
          problems.add("queueCapacity" + why);
        }
        if (overflowPolicy != null) {
          problems.add("overflowPolicy" + why);
        }
        if (closeTimeout != null) {
          problems.add("closeTimeout" + why);
        }
        if (parallelism != null) {
          problems.add("parallelism" + why);
        }
      } else if (executor != null && closeTimeout != null) {
        problems.add("closeTimeout applies only to the bus's own pool, but an executor was given");
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Invalid InProcessEventBus settings: " + String.join("; ", problems));
      }
      return new InProcessEventBus(this);
    }
  }
}
