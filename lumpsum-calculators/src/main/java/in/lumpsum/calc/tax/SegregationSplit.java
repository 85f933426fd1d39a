package in.lumpsum.calc.tax;

import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the cost of units splits when a scheme segregates a credit-impaired holding into a segregated
 * portfolio.
 *
 * <p>Section 49(2AG) of the Income-tax Act, 1961 (Finance (No. 2) Act, 2019) gives the units of the
 * segregated portfolio the part of the original cost that the segregated portfolio's NAV bore to the
 * total NAV just after segregation; section 49(2AH) reduces the main portfolio's cost by as much; the
 * period of holding of the segregated units runs from the original units' acquisition (section 2(42A),
 * Explanation 1, as amended by the same Act). SEBI circular SEBI/HO/IMD/DF2/CIR/P/2018/160 of 28 December 2018 governs the
 * segregation itself.
 *
 * @param mainScheme the scheme whose units were split
 * @param segregatedShare the fraction of the cost that moves to the segregated units, from 0 to 1:
 *     NAV of the segregated portfolio ÷ (NAV of the main portfolio + NAV of the segregated portfolio)
 * @since 0.1.0
 */
public record SegregationSplit(SchemeCode mainScheme, BigDecimal segregatedShare) {

  /**
   * Creates a split.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public SegregationSplit {
    Objects.requireNonNull(mainScheme, "mainScheme");
    Objects.requireNonNull(segregatedShare, "segregatedShare");
    if (segregatedShare.signum() < 0 || segregatedShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("segregatedShare: must be from 0 to 1 (got "
          + segregatedShare.toPlainString() + ")");
    }
  }
}
