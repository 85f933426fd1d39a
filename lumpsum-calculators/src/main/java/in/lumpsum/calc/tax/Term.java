package in.lumpsum.calc.tax;

/**
 * Whether a capital gain is short-term or long-term.
 *
 * @since 0.1.0
 */
public enum Term {
  /** From a short-term capital asset (Income-tax Act, 1961, s. 2(42A); Income-tax Act, 2025, s. 2(101)). */
  SHORT,
  /** From a long-term capital asset: one that is not short-term. */
  LONG
}
