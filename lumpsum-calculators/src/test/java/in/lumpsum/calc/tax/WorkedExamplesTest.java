package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples published elsewhere, with their figures; each test names its source. */
class WorkedExamplesTest {

  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY));
  private static final TaxOptions NO_CESS = new TaxOptions(Optional.empty(), Optional.empty(), false,
      ExemptionOrder.HIGHER_RATE_FIRST, Money.ZERO, Money.ZERO);

  @Test
  void stoxntax_2025_longTermGainOf2LakhSoldAugust2024() {
    // stoxntax.in, "Long term capital gain on sale of equity mutual funds and shares" (20 September 2025),
    // section 6: sold in August 2024 with a long-term gain of ₹2.0 lakh; exemption ₹1.25 lakh; taxable
    // ₹0.75 lakh; tax at 12.5% = ₹9,375 (before cess and surcharge).
    CapitalGainsStatement s = CapitalGainsStatement.of(List.of(buy("p", A, "2022-01-10", "100000", "1000"),
        sell("s", A, "2024-08-12", "300000", "1000")), INPUTS, NO_CESS, FinancialYear.parse("2024-25"));
    SectionTotal t = s.sections().get(0);
    assertThat(t.gains()).isEqualTo(Money.ofRupees(200_000));
    assertThat(t.exempt()).isEqualTo(Money.ofRupees(125_000));
    assertThat(t.taxable()).isEqualTo(Money.ofRupees(75_000));
    assertThat(s.totalTax()).contains(Money.ofRupees(9_375));
  }

  @Test
  void cbdtFaq_2018_scenariosOneToFour_throughTheStatement() {
    // CBDT, "FAQs on taxation of long term capital gains on transfer of equity shares, units of an equity
    // oriented fund" (4 February 2018), the four scenarios of its grandfathering answer: acquired on 1 January 2017 at ₹100, transferred on or after
    // 1 April 2018. Gains 50, 0, 50 and a loss of 50 (the loss is long-term and sets off the gains).
    TaxInputs inputs = INPUTS.withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("200"))));
    List<GainLine> lines = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2017-01-01", "100", "1"),
        sell("s", A, "2018-04-02", "250", "1")), inputs, LocalDate.of(2019, 3, 31)).lines();
    assertThat(lines.get(0).gain()).isEqualTo(Money.parse("50"));
    lines = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2017-01-01", "100", "1"),
        sell("s", A, "2018-04-02", "150", "1")), inputs, LocalDate.of(2019, 3, 31)).lines();
    assertThat(lines.get(0).gain()).isEqualTo(Money.ZERO);
    lines = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2017-01-01", "100", "1"),
        sell("s", A, "2018-04-02", "50", "1")), inputs, LocalDate.of(2019, 3, 31)).lines();
    assertThat(lines.get(0).gain()).isEqualTo(Money.parse("-50"));
    TaxInputs lowFmv = INPUTS.withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("50"))));
    lines = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2017-01-01", "100", "1"),
        sell("s", A, "2018-04-02", "150", "1")), lowFmv, LocalDate.of(2019, 3, 31)).lines();
    assertThat(lines.get(0).gain()).isEqualTo(Money.parse("50"));
  }
}
