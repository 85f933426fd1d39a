package in.lumpsum.core.investor;

import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Plan;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An investor's standing choices that recommendations and notifications honour.
 *
 * <p>Build one with {@link #builder()}; every field has a default: direct plans, no excluded fund
 * houses, no ELSS, no notifications. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Preferences {

  private static final Preferences DEFAULTS = builder().build();

  Preferences() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the preferences with every field at its default.
   *
   * @return the default preferences
   */
  public static Preferences defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the plan the investor prefers to buy.
   *
   * @return the plan; {@link Plan#DIRECT} by default, as it carries no distributor commission
   */
  @Value.Default
  public Plan preferredPlan() {
    return Plan.DIRECT;
  }

  /**
   * Returns the fund houses whose schemes the investor does not want recommended.
   *
   * @return the excluded fund houses, possibly none
   */
  public abstract Set<Amc> excludedAmcs();

  /**
   * Tells whether the investor wants tax-saving ELSS schemes (deductible under section 80C of the
   * Income-tax Act, 1961, in the old tax regime) considered.
   *
   * @return true to consider ELSS; false by default
   */
  @Value.Default
  public boolean wantsElss() {
    return false;
  }

  /**
   * Returns the notifications the investor opted in to.
   *
   * @return the topics, possibly none (the default: nothing is sent without consent)
   */
  public abstract Set<NotificationTopic> notifications();

  /**
   * Tells whether the investor opted in to a kind of notification.
   *
   * @param topic the kind of notification
   * @return true if opted in
   */
  public boolean wants(NotificationTopic topic) {
    return notifications().contains(topic);
  }

  /** Builds {@link Preferences}. Not thread-safe. */
  public static final class Builder extends ImmutablePreferences.Builder {
    Builder() {}
  }
}
