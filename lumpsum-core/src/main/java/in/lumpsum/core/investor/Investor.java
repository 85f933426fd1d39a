package in.lumpsum.core.investor;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.portfolio.InvestorId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An account in the host application: an investor, an advisor, an operator, or several at once.
 *
 * <p>Build one with {@link #builder()}; {@code id}, {@code displayName} and {@code createdAt} are
 * required (lumpsum reads no clock: the host says when), roles default to {@link Role#USER}. An
 * investor may be assigned an advisor, another investor holding {@link Role#ADVISOR}; stores check
 * that the advisor exists and holds that role.
 *
 * <p>Immutable and thread-safe. {@code toString} omits the name and e-mail address.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Investor {

  /** The longest display name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest e-mail address accepted (RFC 5321 path limit). */
  public static final int MAX_EMAIL_LENGTH = 254;

  Investor() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the investor's identifier.
   *
   * @return the id
   */
  public abstract InvestorId id();

  /**
   * Returns the name to show the investor by.
   *
   * @return the name, not blank
   */
  public abstract String displayName();

  /**
   * Returns the investor's e-mail address.
   *
   * @return the address, or empty if not given
   */
  public abstract Optional<String> email();

  /**
   * Returns the investor's roles.
   *
   * @return the roles, at least one; {@link Role#USER} by default
   */
  @Value.Default
  public Set<Role> roles() {
    return EnumSet.of(Role.USER);
  }

  /**
   * Returns when the account was created, as the host's clock said.
   *
   * @return the instant of creation
   */
  public abstract Instant createdAt();

  /**
   * Returns the advisor assigned to this investor.
   *
   * @return the advisor's id, or empty if none is assigned
   */
  public abstract Optional<InvestorId> advisor();

  /**
   * Tells whether the investor holds a role.
   *
   * @param role the role
   * @return true if held
   */
  public boolean hasRole(Role role) {
    return roles().contains(Objects.requireNonNull(role, "role"));
  }

  /**
   * Returns a copy with an advisor assigned. Stores check the advisor; use
   * {@code InvestorStore.assignAdvisor} to persist.
   *
   * @param advisor the advisor's id
   * @return the new investor
   * @throws InvalidValueException if the advisor is this investor
   */
  public Investor withAdvisor(InvestorId advisor) {
    return builder().from(this).advisor(Objects.requireNonNull(advisor, "advisor")).build();
  }

  /**
   * Returns a copy with no advisor.
   *
   * @return the new investor
   */
  public Investor withoutAdvisor() {
    return builder().from(this).advisor(Optional.empty()).build();
  }

  @Value.Check
  void check() {
    if (displayName().isBlank()) {
      throw new InvalidValueException("displayName", displayName(), "must not be blank");
    }
    if (displayName().length() > MAX_NAME_LENGTH) {
      throw new InvalidValueException("displayName", "(" + displayName().length() + " characters)",
          "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    if (email().isPresent()) {
      String e = email().get();
      int at = e.indexOf('@');
      if (e.length() > MAX_EMAIL_LENGTH || at <= 0 || at != e.lastIndexOf('@')
          || at == e.length() - 1 || e.chars().anyMatch(Character::isWhitespace)) {
        throw new InvalidValueException("email", maskEmail(e),
            "must be one address such as name@example.com, at most " + MAX_EMAIL_LENGTH + " characters");
      }
    }
    if (roles().isEmpty()) {
      throw new InvalidValueException("roles", roles(), "must hold at least one role");
    }
    if (advisor().filter(id()::equals).isPresent()) {
      throw new InvalidValueException("advisor", advisor().get(), "an investor cannot advise themself");
    }
  }

  /** Returns the id, roles, advisor and creation instant; never the name or e-mail address. */
  @Override
  public String toString() {
    return "Investor{id=" + id() + ", roles=" + roles() + ", advisor=" + advisor().map(Object::toString)
        .orElse("none") + ", createdAt=" + createdAt() + "}";
  }

  // The error names the field without echoing a whole personal address.
  private static String maskEmail(String e) {
    return e.isEmpty() ? "" : e.charAt(0) + "***";
  }

  /** Builds an {@link Investor}. Not thread-safe. */
  public static final class Builder extends ImmutableInvestor.Builder {
    Builder() {}
  }
}
