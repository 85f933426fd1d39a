package in.lumpsum.calc.tax;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.calc.portfolio.FifoAccounting;
import in.lumpsum.calc.portfolio.HoldingAccount;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CapitalGainsEnginePropertyTest {

  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(TaxFixtures.A, SchemeTaxProfile.EQUITY));
  private static final LocalDate START = LocalDate.of(2019, 4, 1);

  /**
   * Purchases of 1 to 500 units at 10 to 500 rupees a unit every 30 days, and after each a redemption
   * of a share of what is held: units, cost and proceeds are conserved, and the gains agree with the
   * portfolio accounting's realised gain.
   */
  @Property(tries = 200)
  void fifo_conservesUnitsCostAndProceeds(@ForAll @Size(min = 1, max = 25) List<@IntRange(min = 1, max = 500) Integer> buys,
      @ForAll @Size(min = 25, max = 25) List<@IntRange(min = 0, max = 100) Integer> sellPercents,
      @ForAll @IntRange(min = 10, max = 500) int price) {
    List<Transaction> txs = new ArrayList<>();
    Units held = Units.ZERO;
    Units bought = Units.ZERO;
    Money cost = Money.ZERO;
    Money proceeds = Money.ZERO;
    for (int i = 0; i < buys.size(); i++) {
      String date = START.plusDays(30L * i).toString();
      Units u = Units.of(BigDecimal.valueOf(buys.get(i)).add(new BigDecimal("0.123")));
      Money amount = Money.of(u.value().multiply(BigDecimal.valueOf(price + i)));
      txs.add(TaxFixtures.buy("b" + i, TaxFixtures.A, date, amount.toString(), u.toString()));
      held = held.plus(u);
      bought = bought.plus(u);
      cost = cost.plus(amount);
      Units sold = Units.of(held.value().multiply(BigDecimal.valueOf(sellPercents.get(i)))
          .movePointLeft(2));
      if (sold.signum() > 0) {
        Money value = Money.of(sold.value().multiply(BigDecimal.valueOf(price + 2L * i)));
        txs.add(TaxFixtures.sell("s" + i, TaxFixtures.A, START.plusDays(30L * i + 15).toString(),
            value.toString(), sold.toString()));
        held = held.minus(sold);
        proceeds = proceeds.plus(value);
      }
    }
    LocalDate end = START.plusYears(3);
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(txs, INPUTS, end);
    Units soldUnits = Units.ZERO;
    Money soldCost = Money.ZERO;
    Money saleValues = Money.ZERO;
    Money gains = Money.ZERO;
    for (GainLine l : ledger.lines()) {
      soldUnits = soldUnits.plus(l.units());
      soldCost = soldCost.plus(l.actualCost());
      saleValues = saleValues.plus(l.saleValue());
      gains = gains.plus(l.gain());
    }
    Units openUnits = Units.ZERO;
    Money openCost = Money.ZERO;
    for (TaxLot lot : ledger.lots(new HoldingRef(TaxFixtures.A, TaxFixtures.FOLIO))) {
      openUnits = openUnits.plus(lot.units());
      openCost = openCost.plus(lot.cost());
    }
    assertThat(soldUnits.plus(openUnits)).isEqualTo(bought);
    assertThat(openUnits).isEqualTo(held);
    assertThat(soldCost.plus(openCost)).isEqualTo(cost);
    assertThat(saleValues).isEqualTo(proceeds);
    // Acquired from April 2019: no grandfathering or indexation, so the gains are proceeds less FIFO cost.
    HoldingAccount account = FifoAccounting.DEFAULT.account(txs, end).get(0);
    assertThat(gains).isEqualTo(account.realisedGain());
    assertThat(openCost).isEqualTo(account.holding().cost());
  }
}
