package in.lumpsum.calc.tax;

/**
 * The kind of a capital gain, which picks the rule that taxes it: a tax class and a term together.
 *
 * @since 0.1.0
 */
public enum GainKind {
  /** Short-term gain on equity-oriented units (section 111A; section 196 of the 2025 Act). */
  EQUITY_SHORT(Term.SHORT),
  /** Long-term gain on equity-oriented units (section 10(38) exempt, then 112A; section 198 of the 2025 Act). */
  EQUITY_LONG(Term.LONG),
  /** Gain on specified-fund units, deemed short-term (section 50AA; section 76 of the 2025 Act), at slab rates. */
  SPECIFIED_FUND(Term.SHORT),
  /** Short-term gain on other units, at the slab rates. */
  OTHER_SHORT(Term.SHORT),
  /** Long-term gain on other units (section 112; section 197 of the 2025 Act). */
  OTHER_LONG(Term.LONG);

  private final Term term;

  GainKind(Term term) {
    this.term = term;
  }

  /**
   * Returns whether gains of this kind are short-term or long-term.
   *
   * @return the term
   */
  public Term term() {
    return term;
  }

  /**
   * Returns the kind of a gain of a class and a term.
   *
   * @param taxClass the units' tax class
   * @param term the term; ignored for specified-fund units, always short-term
   * @return the kind
   */
  public static GainKind of(TaxClass taxClass, Term term) {
    return switch (taxClass) {
      case EQUITY_ORIENTED -> term == Term.SHORT ? EQUITY_SHORT : EQUITY_LONG;
      case SPECIFIED_FUND -> SPECIFIED_FUND;
      case OTHER -> term == Term.SHORT ? OTHER_SHORT : OTHER_LONG;
    };
  }
}
