package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * The option of a scheme plan: growth, IDCW payout or reinvestment with its frequency, or bonus.
 *
 * <p>{@link #parse(String)} reads the free text that AMFI's {@code Option} column (from August 2026) and
 * scheme names hold, which is not consistent: {@code Growth}, {@code Growth Option}, {@code GROWTH},
 * {@code IDCW (Income Distribution CUM Capital Withdrawal)}, {@code Dividend Reinvestment},
 * {@code MONTHLY DCW Payout} (sic), {@code Daily IDCW Reinvest}.
 *
 * @param type what the option does with surplus
 * @param frequency how often it distributes; {@link IdcwFrequency#NONE} exactly when the type is
 *     growth or bonus
 * @since 0.1.0
 */
public record SchemeOption(OptionType type, IdcwFrequency frequency) {

  /** The growth option. */
  public static final SchemeOption GROWTH = new SchemeOption(OptionType.GROWTH, IdcwFrequency.NONE);

  /**
   * Creates an option.
   *
   * @param type what the option does with surplus
   * @param frequency how often it distributes
   * @throws InvalidValueException if a growth or bonus option has a frequency, or an IDCW option has
   *     {@code NONE}
   */
  public SchemeOption {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(frequency, "frequency");
    if (type.isIdcw() == (frequency == IdcwFrequency.NONE)) {
      throw new InvalidValueException("frequency", frequency,
          type.isIdcw() ? "an IDCW option needs a frequency (UNSPECIFIED if none is stated)"
              : "a " + type + " option has no distribution frequency");
    }
  }

  /**
   * Returns an IDCW option.
   *
   * @param type {@code IDCW_PAYOUT} or {@code IDCW_REINVESTMENT}
   * @param frequency the frequency, or {@code UNSPECIFIED}
   * @return the option
   */
  public static SchemeOption idcw(OptionType type, IdcwFrequency frequency) {
    return new SchemeOption(type, frequency);
  }

  /**
   * Parses an option from free text.
   *
   * @param text the option text, such as {@code "Growth Option"} or {@code "Monthly IDCW Payout"}
   * @return the option
   * @throws InvalidValueException if the text names no option
   */
  public static SchemeOption parse(String text) {
    return find(text).orElseThrow(() -> new InvalidValueException("option", text,
        "is not a known option (growth, IDCW or dividend payout/reinvestment, bonus)"));
  }

  /**
   * Finds an option in free text such as a scheme name; the last option word wins, as names put the
   * option at the end ({@code "... Fund - Direct Plan - Growth"}).
   *
   * @param text the text to search, possibly null
   * @return the option it names, or empty when it names none
   */
  public static Optional<SchemeOption> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String w = Text.words(text);
    boolean idcw = Text.hasWord(w, "idcw") || Text.hasWord(w, "dcw") || Text.hasWord(w, "dividend")
        || Text.hasWord(w, "div") || w.contains("income distribution");
    boolean reinvest = w.contains("reinvest") || Text.hasWord(w, "re investment")
        || Text.hasWord(w, "reinv");
    boolean payout = Text.hasWord(w, "payout") || Text.hasWord(w, "pay out")
        || Text.hasWord(w, "transfer");
    if (idcw || (reinvest && !Text.hasWord(w, "growth")) || payout) {
      OptionType type = reinvest && !payout ? OptionType.IDCW_REINVESTMENT : OptionType.IDCW_PAYOUT;
      return Optional.of(new SchemeOption(type, frequency(w)));
    }
    if (Text.hasWord(w, "growth") || Text.hasWord(w, "gr") || Text.hasWord(w, "cumulative")
        || Text.hasWord(w, "accumulation")) {
      return Optional.of(GROWTH);
    }
    if (Text.hasWord(w, "bonus")) {
      return Optional.of(new SchemeOption(OptionType.BONUS, IdcwFrequency.NONE));
    }
    return Optional.empty();
  }

  private static IdcwFrequency frequency(String w) {
    if (Text.hasWord(w, "daily")) {
      return IdcwFrequency.DAILY;
    }
    if (Text.hasWord(w, "weekly")) {
      return IdcwFrequency.WEEKLY;
    }
    if (Text.hasWord(w, "fortnightly")) {
      return IdcwFrequency.FORTNIGHTLY;
    }
    if (Text.hasWord(w, "monthly")) {
      return IdcwFrequency.MONTHLY;
    }
    if (Text.hasWord(w, "quarterly")) {
      return IdcwFrequency.QUARTERLY;
    }
    if (w.contains("half yearly") || w.contains("halfyearly") || w.contains("semi annual")) {
      return IdcwFrequency.HALF_YEARLY;
    }
    if (Text.hasWord(w, "annual") || Text.hasWord(w, "yearly")) {
      return IdcwFrequency.ANNUAL;
    }
    return IdcwFrequency.UNSPECIFIED;
  }

  /** Returns a short label such as {@code GROWTH} or {@code IDCW_PAYOUT/MONTHLY}. */
  @Override
  public String toString() {
    return frequency == IdcwFrequency.NONE ? type.name() : type + "/" + frequency;
  }
}
