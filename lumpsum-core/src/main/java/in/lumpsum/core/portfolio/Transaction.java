package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One transaction in one scheme and folio, as a registrar statement lists it.
 *
 * <p>The amount and units are never negative: the {@link TransactionType type} gives the direction
 * (see its sign convention). Build one with {@link #builder()}; {@code id}, {@code schemeCode},
 * {@code folio}, {@code type}, {@code tradeDate} and {@code amount} are required, units default to zero.
 * The builder checks the rules of each type and names the field at fault:
 * <ul>
 *   <li>{@code amount} is never negative, and is greater than zero for every type that
 *       {@linkplain TransactionType#requiresPositiveAmount() requires it} (a purchase of zero or negative
 *       rupees is rejected);
 *   <li>{@code units} are never negative; a type that moves units and carries a NAV has units greater
 *       than zero; payouts and charges carry no units;
 *   <li>charges (stamp duty, STT, TDS) carry no NAV;
 *   <li>a {@link TransactionType#REVERSAL} names the transaction it {@link #reverses() reverses}, and no
 *       other type does.
 * </ul>
 * The amount is not required to equal units × NAV: registrars deduct stamp duty before allotting, and
 * round units to three decimals.
 *
 * <p>Immutable and thread-safe. {@code toString} shows the folio number masked.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Transaction {

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  Transaction() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the transaction's identifier, unique within its portfolio.
   *
   * @return the id
   */
  public abstract TransactionId id();

  /**
   * Returns the scheme transacted.
   *
   * @return the AMFI scheme code
   */
  public abstract SchemeCode schemeCode();

  /**
   * Returns the folio the transaction belongs to.
   *
   * @return the folio
   */
  public abstract FolioKey folio();

  /**
   * Returns the kind of transaction, which gives the direction of its amount and units.
   *
   * @return the type
   */
  public abstract TransactionType type();

  /**
   * Returns the trade date: the date whose NAV applied, as the statement shows it.
   *
   * @return the trade date, an Indian calendar date
   */
  public abstract LocalDate tradeDate();

  /**
   * Returns the amount in rupees, never negative; see {@link TransactionType} for its direction.
   *
   * @return the gross amount of the line (for a purchase, what the investor paid, before stamp duty is
   *     deducted)
   */
  public abstract Money amount();

  /**
   * Returns the units allotted or extinguished, never negative; see {@link TransactionType} for their
   * direction.
   *
   * @return the units, three decimals; zero by default and for payouts and charges
   */
  @Value.Default
  public Units units() {
    return Units.ZERO;
  }

  /**
   * Returns the NAV applied, as the statement shows it.
   *
   * @return the NAV, or empty when the statement shows none (charges never have one)
   */
  public abstract Optional<Nav> nav();

  /**
   * Returns the transaction that this one reverses.
   *
   * @return the reversed transaction's id, present exactly when the type is
   *     {@link TransactionType#REVERSAL}
   */
  public abstract Optional<TransactionId> reverses();

  /**
   * Returns the statement's description of the line, such as {@code "SIP Purchase - Instalment 12/60"}.
   *
   * @return the description, not blank, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the holding this transaction belongs to.
   *
   * @return the scheme and folio
   */
  public HoldingRef holding() {
    return new HoldingRef(schemeCode(), folio());
  }

  @Value.Check
  void check() {
    TransactionType type = type();
    if (amount().signum() < 0) {
      throw new InvalidValueException("amount", amount(),
          "must not be negative: the type " + type + " gives the direction");
    }
    if (type.requiresPositiveAmount() && amount().isZero()) {
      throw new InvalidValueException("amount", amount(), "must be greater than zero for " + type);
    }
    if (units().signum() < 0) {
      throw new InvalidValueException("units", units(),
          "must not be negative: the type " + type + " gives the direction");
    }
    if (type.movesUnits() && nav().isPresent() && units().isZero()) {
      throw new InvalidValueException("units", units(),
          "must be greater than zero for " + type + " with a NAV");
    }
    if (!type.movesUnits() && type != TransactionType.REVERSAL && !units().isZero()) {
      throw new InvalidValueException("units", units(), type + " moves no units");
    }
    if (type.isCharge() && nav().isPresent()) {
      throw new InvalidValueException("nav", nav().get(), "a charge (" + type + ") has no NAV");
    }
    if (type == TransactionType.REVERSAL) {
      if (reverses().isEmpty()) {
        throw new InvalidValueException("reverses", "", "a REVERSAL must name the transaction it reverses");
      }
      if (reverses().get().equals(id())) {
        throw new InvalidValueException("reverses", reverses().get(), "a REVERSAL cannot reverse itself");
      }
    } else if (reverses().isPresent()) {
      throw new InvalidValueException("reverses", reverses().get(),
          "only a REVERSAL names a reversed transaction, not " + type);
    }
    if (description().isPresent()) {
      String d = description().get();
      if (d.isBlank()) {
        throw new InvalidValueException("description", d, "must not be blank; leave it empty instead");
      }
      if (d.length() > MAX_DESCRIPTION_LENGTH) {
        throw new InvalidValueException("description", d.substring(0, 20) + "...",
            "must be at most " + MAX_DESCRIPTION_LENGTH + " characters, not " + d.length());
      }
    }
  }

  /** Builds a {@link Transaction}. Not thread-safe. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}
