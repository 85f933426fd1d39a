package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.HoldingRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transactions matched for tax up to a date: every sale split into lots, the lots still open, the STT
 * paid, and notes on what could not be done exactly.
 *
 * @param lines every lot of every redemption and switch out, in date order
 * @param openLots the lots held on the date, by holding in the order holdings first appear, oldest lot
 *     first
 * @param sttPaid STT charged, by financial year (not deductible; reported for the record)
 * @param notes what the engine assumed, such as a grandfathered lot without a fair market value, in the
 *     order met
 * @since 0.1.0
 */
public record TaxLedger(List<GainLine> lines, Map<HoldingRef, List<TaxLot>> openLots,
    Map<FinancialYear, Money> sttPaid, List<TaxNote> notes) {

  /**
   * Creates a ledger.
   *
   * @throws NullPointerException if a component is null
   */
  public TaxLedger {
    lines = List.copyOf(lines);
    openLots = Collections.unmodifiableMap(new LinkedHashMap<>(openLots));
    sttPaid = Collections.unmodifiableMap(new LinkedHashMap<>(sttPaid));
    notes = List.copyOf(notes);
  }

  /**
   * Returns the lines of sales within a financial year.
   *
   * @param year the year
   * @return its lines, in date order
   */
  public List<GainLine> linesIn(FinancialYear year) {
    return lines.stream().filter(l -> year.contains(l.saleDate())).toList();
  }

  /**
   * Returns the notes that matter to a year: those dated in it, and earlier ones that shaped the lots.
   *
   * @param year the year
   * @return the notes, in the order met
   */
  public List<TaxNote> notesFor(FinancialYear year) {
    return notes.stream().filter(n -> year.contains(n.date()) || (n.shapesLots() && n.date().isBefore(year.start())))
        .toList();
  }

  /**
   * Returns the open lots of one holding.
   *
   * @param holding the holding
   * @return its lots, oldest first; empty when none
   */
  public List<TaxLot> lots(HoldingRef holding) {
    return openLots.getOrDefault(holding, List.of());
  }
}
