package in.lumpsum.core;

import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.GoalCreated;
import in.lumpsum.core.event.InProcessEventBus;
import in.lumpsum.core.event.InvestorSignedUp;
import in.lumpsum.core.event.PortfolioChanged;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.Stores;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of lumpsum: the parts a host chose, wired together.
 *
 * <p>Build one with {@link #builder()}; every part has an embedded default, so
 * {@code Lumpsum.builder().build()} runs in memory with a synchronous in-process event bus and the
 * system clock in {@code Asia/Kolkata}. A host replaces any part: its own {@link Clock} (tests use a
 * fixed one), {@link Stores} on PostgreSQL or Redis, an {@link EventBus} that spans processes. Modules
 * other than core add their parts as components ({@link Builder#component(Class, Object)}) and find
 * them with {@link #component(Class)}, so that core knows nothing of them.
 *
 * <p>Besides the parts, {@code Lumpsum} offers the few operations that must keep a store and the
 * events in step: recording transactions publishes {@link PortfolioChanged}, registering schemes
 * publishes {@link SchemeAdded} and {@link SchemeRenamed}, and so on. Reading goes straight to the
 * stores.
 *
 * <p>Thread-safe. Closing it closes the event bus if lumpsum created it; stores and buses the host
 * supplied stay the host's to close.
 *
 * @since 0.1.0
 */
public final class Lumpsum implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Lumpsum.class);

  /** How often {@link #record} retries a write that lost a race with another writer. */
  static final int MAX_RETRIES = 64;

  private final Clock clock;
  private final Stores stores;
  private final EventBus events;
  private final boolean ownsEvents;
  private final JsonCodec json;
  private final Map<Class<?>, Object> components;

  private Lumpsum(Builder b) {
    this.clock = b.clock;
    this.stores = b.stores;
    this.ownsEvents = b.events == null;
    this.events = ownsEvents ? InProcessEventBus.builder().build() : b.events;
    this.json = b.json;
    this.components = Map.copyOf(b.components);
  }

  /**
   * Returns a builder whose defaults are embedded and in memory.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the clock every part of lumpsum reads time from.
   *
   * @return the host's clock, or the system clock in {@code Asia/Kolkata} by default
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns today's date in India by {@link #clock()}.
   *
   * @return today in {@code Asia/Kolkata}
   */
  public LocalDate today() {
    return IndianTime.today(clock);
  }

  /**
   * Returns the stores.
   *
   * @return the five stores, in memory by default
   */
  public Stores stores() {
    return stores;
  }

  /**
   * Returns the event bus.
   *
   * @return the host's bus, or a synchronous in-process bus by default
   */
  public EventBus events() {
    return events;
  }

  /**
   * Returns the JSON codec for lumpsum's models.
   *
   * @return the host's codec, or {@link JsonCodec#standard()} by default
   */
  public JsonCodec json() {
    return json;
  }

  /**
   * Returns a component that a module or the host added.
   *
   * @param <T> the component's type
   * @param type the type it was added under
   * @return the component, or empty if none was added under that type
   */
  public <T> Optional<T> component(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(type.cast(components.get(type)));
  }

  /**
   * Stores schemes, publishing {@link SchemeAdded} for each new code and {@link SchemeRenamed} for each
   * known code whose name changed. A scheme keeps its identity, its code, across renames.
   *
   * @param schemes the schemes; when a code occurs twice the last one counts
   * @return the codes inserted and updated, and the count unchanged
   * @throws in.lumpsum.core.store.StoreException if the store fails; then nothing is published
   */
  public SchemeUpsertResult registerSchemes(Collection<Scheme> schemes) {
    Objects.requireNonNull(schemes, "schemes");
    SchemeStore store = stores.schemes();
    Map<SchemeCode, Scheme> given = new LinkedHashMap<>();
    Map<SchemeCode, String> oldNames = new HashMap<>();
    for (Scheme s : schemes) {
      given.put(s.code(), s);
      store.find(s.code()).ifPresent(old -> oldNames.putIfAbsent(s.code(), old.name()));
    }
    SchemeUpsertResult result = store.putAll(given.values());
    for (SchemeCode code : result.inserted()) {
      events.publish(new SchemeAdded(code, given.get(code).name(), clock.instant()));
    }
    for (SchemeCode code : result.updated()) {
      String oldName = oldNames.get(code);
      String newName = given.get(code).name();
      if (oldName != null && !oldName.equals(newName)) {
        events.publish(new SchemeRenamed(code, oldName, newName, clock.instant()));
      }
    }
    return result;
  }

  /**
   * Saves a new investor and publishes {@link InvestorSignedUp}.
   *
   * @param investor the investor
   * @return the investor as stored
   * @throws in.lumpsum.core.store.AlreadyExistsException if an investor with that id exists
   */
  public Investor signUp(Investor investor) {
    Objects.requireNonNull(investor, "investor");
    if (stores.investors().find(investor.id()).isPresent()) {
      throw new in.lumpsum.core.store.AlreadyExistsException("investor", investor.id().value());
    }
    Investor saved = stores.investors().save(investor);
    events.publish(new InvestorSignedUp(saved.id(), clock.instant()));
    return saved;
  }

  /**
   * Creates a portfolio and publishes {@link PortfolioChanged}.
   *
   * @param portfolio the new portfolio, at version 0
   * @return the portfolio as stored
   * @throws in.lumpsum.core.store.AlreadyExistsException if a portfolio with that id exists
   */
  public Portfolio createPortfolio(Portfolio portfolio) {
    Portfolio created = stores.portfolios().create(portfolio);
    events.publish(new PortfolioChanged(created.owner(), created.id(),
        created.version(), "created", clock.instant()));
    return created;
  }

  /**
   * Appends transactions to a portfolio and publishes {@link PortfolioChanged}.
   *
   * <p>The append is one write: all the transactions or none. When another writer changed the
   * portfolio meanwhile, the append is retried on the newer version, so concurrent recorders lose
   * nothing.
   *
   * @param id the portfolio
   * @param transactions the transactions to add, with ids new to the portfolio
   * @return the portfolio after the append
   * @throws NotFoundException if there is no such portfolio
   * @throws InvalidValueException if a transaction id is already in the portfolio
   * @throws in.lumpsum.core.store.VersionConflictException if the write lost the race too often
   */
  public Portfolio record(PortfolioId id, List<Transaction> transactions) {
    Objects.requireNonNull(id, "id");
    List<Transaction> added = List.copyOf(transactions);
    Portfolio updated = stores.portfolios().update(id, p -> p.plusTransactions(added), MAX_RETRIES);
    events.publish(new PortfolioChanged(updated.owner(), updated.id(),
        updated.version(), added.size() + " transaction(s) recorded", clock.instant()));
    return updated;
  }

  /**
   * Saves a new goal and publishes {@link GoalCreated}.
   *
   * @param goal the goal
   * @return the goal as stored
   */
  public Goal createGoal(Goal goal) {
    Goal saved = stores.goals().save(goal);
    events.publish(new GoalCreated(saved.investorId(), saved.id(), saved.name(),
        saved.targetAmount(), saved.targetDate(), clock.instant()));
    return saved;
  }

  /** Closes the event bus if lumpsum created it. Idempotent. */
  @Override
  public void close() {
    if (ownsEvents) {
      events.close();
    }
    LOG.debug("lumpsum closed");
  }

  /**
   * Builds a {@link Lumpsum}. Not thread-safe. Every part is optional: what is not set gets its
   * embedded default at {@link #build()}.
   */
  public static final class Builder {

    private Clock clock = IndianTime.systemClock();
    private Stores stores;
    private EventBus events;
    private JsonCodec json = JsonCodec.standard();
    private final Map<Class<?>, Object> components = new HashMap<>();

    private Builder() {}

    /**
     * Sets the clock every part reads time from.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the stores.
     *
     * @param stores the stores; default {@link Stores#inMemory()}
     * @return this builder
     */
    public Builder stores(Stores stores) {
      this.stores = Objects.requireNonNull(stores, "stores");
      return this;
    }

    /**
     * Sets the event bus. The host keeps ownership: {@link Lumpsum#close()} leaves it open.
     *
     * @param events the bus; default a synchronous {@link InProcessEventBus} owned by lumpsum
     * @return this builder
     */
    public Builder events(EventBus events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Sets the JSON codec.
     *
     * @param json the codec; default {@link JsonCodec#standard()}
     * @return this builder
     */
    public Builder json(JsonCodec json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Adds a component, such as a NAV source or a calculator configuration, under a type.
     *
     * @param <T> the type
     * @param type the type to find it by
     * @param component the component
     * @return this builder
     * @throws IllegalStateException if a component is already added under that type
     */
    public <T> Builder component(Class<T> type, T component) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(component, "component");
      if (components.putIfAbsent(type, type.cast(component)) != null) {
        throw new IllegalStateException("a component is already added under " + type.getName());
      }
      return this;
    }

    /**
     * Builds the entry point.
     *
     * @return a new {@link Lumpsum}
     */
    public Lumpsum build() {
      if (stores == null) {
        stores = Stores.inMemory();
      }
      return new Lumpsum(this);
    }
  }
}
