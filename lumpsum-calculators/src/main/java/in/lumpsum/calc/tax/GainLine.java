package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.TransactionId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One lot's part of a redemption or switch out, as a capital-gains statement lists it.
 *
 * @param holding the scheme and folio sold from
 * @param transaction the redemption or switch out
 * @param lotSource the transaction that allotted the lot
 * @param saleDate the transfer date
 * @param acquiredOn the acquisition date for tax (carried across mergers)
 * @param units the units of this lot sold
 * @param saleValue their share of the redemption amount (the full value of consideration: after exit
 *     load, before STT, which is not deductible)
 * @param actualCost their cost of acquisition, stamp duty included
 * @param fairMarketValue their value on 31 January 2018, when grandfathering applies and it is known
 * @param indexedCost the indexed cost, when indexation applies
 * @param deductibleCost the cost deducted: grandfathered, indexed or actual
 * @param taxClass how the units are taxed
 * @param term short or long
 * @param rule the section and rate
 * @param gain sale value less deductible cost; negative for a loss
 * @since 0.1.0
 */
public record GainLine(HoldingRef holding, TransactionId transaction, TransactionId lotSource,
    LocalDate saleDate, LocalDate acquiredOn, Units units, Money saleValue, Money actualCost,
    Optional<Money> fairMarketValue, Optional<Money> indexedCost, Money deductibleCost, TaxClass taxClass,
    Term term, TaxRule rule, Money gain) {

  /**
   * Creates a line.
   *
   * @throws NullPointerException if a component is null
   */
  public GainLine {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(lotSource, "lotSource");
    Objects.requireNonNull(saleDate, "saleDate");
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(saleValue, "saleValue");
    Objects.requireNonNull(actualCost, "actualCost");
    Objects.requireNonNull(fairMarketValue, "fairMarketValue");
    Objects.requireNonNull(indexedCost, "indexedCost");
    Objects.requireNonNull(deductibleCost, "deductibleCost");
    Objects.requireNonNull(taxClass, "taxClass");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(gain, "gain");
  }

  /**
   * Returns the kind of gain.
   *
   * @return the rule's kind
   */
  public GainKind kind() {
    return rule.kind();
  }

  /**
   * Tells whether the cost was grandfathered.
   *
   * @return true when a fair market value of 31 January 2018 was used
   */
  public boolean grandfathered() {
    return fairMarketValue.isPresent();
  }
}
