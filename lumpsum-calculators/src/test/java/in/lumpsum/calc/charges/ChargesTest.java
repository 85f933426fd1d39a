package in.lumpsum.calc.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargesTest {

  private static final LocalDate JULY_2020 = LocalDate.of(2020, 7, 1);

  @Test
  void stampDuty_boundary_zeroBeforeFirstJuly2020() {
    assertThat(StampDuty.DEFAULT.rateOn(JULY_2020.minusDays(1))).isEqualByComparingTo("0");
    assertThat(StampDuty.DEFAULT.rateOn(JULY_2020)).isEqualByComparingTo("0.00005");
    assertThat(StampDuty.DEFAULT.rateOn(LocalDate.of(2026, 3, 31))).isEqualByComparingTo("0.00005");
    assertThat(StampDuty.DEFAULT.schedule().rates().get(0).source()).contains("Finance Act, 2019");
  }

  @Test
  void stampDuty_onLakh_isFiveRupees() {
    // Published example (fi.money FAQ, "why is the invested value less"): ₹1 lakh pays ₹5 and
    // ₹99,995 is invested.
    assertThat(StampDuty.DEFAULT.includedIn(Money.ofRupees(100_000), JULY_2020))
        .isEqualTo(Money.parse("5.00"));
    assertThat(StampDuty.DEFAULT.onNet(Money.ofRupees(99_995), JULY_2020)).isEqualTo(Money.parse("5.00"));
    assertThat(StampDuty.DEFAULT.includedIn(Money.ofRupees(100_000), JULY_2020.minusDays(1)))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void stampDuty_afterTransactionCharge_publishedExample() {
    // STCA Global, "Stamp duty on mutual funds from 1st of July 2020": ₹1,00,100 invested with a ₹100
    // platform charge pays ₹5 of duty, and 9,999.50 units are allotted at a NAV of 10.
    Money afterCharge = Money.parse("100100").minus(Money.parse("100"));
    Money duty = StampDuty.DEFAULT.includedIn(afterCharge, JULY_2020);
    assertThat(duty).isEqualTo(Money.parse("5.00"));
    assertThat(Units.allotted(afterCharge.minus(duty), Nav.parse("10")))
        .isEqualTo(Units.parse("9999.5"));
  }

  @Test
  void stampDuty_sipOfFiveHundred_roundsToPaise() {
    // 500 × 0.00005 / 1.00005 = 0.0249987..., rounds to 0.02.
    assertThat(StampDuty.DEFAULT.includedIn(Money.ofRupees(500), JULY_2020)).isEqualTo(Money.parse("0.02"));
  }

  @Test
  void stt_equityOnly_fromJune2013() {
    LocalDate june2013 = SecuritiesTransactionTax.EFFECTIVE_FROM;
    Money value = Money.ofRupees(1_000_000);
    assertThat(SecuritiesTransactionTax.DEFAULT.on(value, june2013, true)).isEqualTo(Money.parse("10.00"));
    assertThat(SecuritiesTransactionTax.DEFAULT.on(value, june2013, false)).isEqualTo(Money.ZERO);
    assertThat(SecuritiesTransactionTax.DEFAULT.on(value, june2013.minusDays(1), true)).isEqualTo(Money.ZERO);
  }

  @Test
  void stt_onTheRepurchasePrice_afterExitLoad() {
    // Finance (No. 2) Act, 2004, s. 99: the value of a sale of units to the mutual fund is the
    // price at which it repurchases them. ₹10,00,000 of units redeemed within a year under a 1%
    // load: load 10,000.00, repurchase value 9,90,000.00, STT 0.001% × 9,90,000 = 9.90 (10.00 on
    // the value before load).
    LocalDate redeemed = LocalDate.of(2024, 3, 1);
    Money value = Money.ofRupees(1_000_000);
    Money load = ExitLoadSchedule.of(ExitLoadTier.days(365, new BigDecimal("0.01")))
        .load(value, redeemed.minusDays(100), redeemed);
    assertThat(load).isEqualTo(Money.parse("10000.00"));
    assertThat(SecuritiesTransactionTax.DEFAULT.on(value.minus(load), redeemed, true))
        .isEqualTo(Money.parse("9.90"));
  }

  @Test
  void rateSchedule_overlap_rejected() {
    DatedRate a = new DatedRate(LocalDate.of(2020, 1, 1), java.util.Optional.of(LocalDate.of(2021, 1, 1)),
        BigDecimal.ONE, "a");
    DatedRate b = DatedRate.from(LocalDate.of(2020, 6, 1), BigDecimal.ONE, "b");
    assertThatThrownBy(() -> RateSchedule.of(a, b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
    DatedRate c = DatedRate.from(LocalDate.of(2021, 1, 1), BigDecimal.TEN, "c");
    RateSchedule s = RateSchedule.of(c, a);
    assertThat(s.on(LocalDate.of(2020, 12, 31)).orElseThrow().source()).isEqualTo("a");
    assertThat(s.on(LocalDate.of(2021, 1, 1)).orElseThrow().source()).isEqualTo("c");
    assertThat(s.on(LocalDate.of(2019, 12, 31))).isEmpty();
  }

  @Test
  void exitLoad_oneYearInDays_inclusiveBoundary() {
    ExitLoadSchedule s = ExitLoadSchedule.of(ExitLoadTier.days(365, new BigDecimal("0.01")));
    LocalDate allotted = LocalDate.of(2024, 1, 1);
    assertThat(s.rate(allotted, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("0.01");
    assertThat(s.rate(allotted, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("0");
    assertThat(s.freeFrom(allotted)).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(s.load(Money.ofRupees(50_000), allotted, allotted)).isEqualTo(Money.parse("500.00"));
  }

  @Test
  void exitLoad_monthsAndTiers_firstCoveringTierApplies() {
    ExitLoadSchedule s = ExitLoadSchedule.of(ExitLoadTier.months(12, new BigDecimal("0.01")),
        ExitLoadTier.months(24, new BigDecimal("0.005")));
    LocalDate allotted = LocalDate.of(2023, 2, 28);
    assertThat(s.rate(allotted, LocalDate.of(2024, 2, 28))).isEqualByComparingTo("0.01");
    assertThat(s.rate(allotted, LocalDate.of(2024, 2, 29))).isEqualByComparingTo("0.005");
    assertThat(s.rate(allotted, LocalDate.of(2025, 2, 28))).isEqualByComparingTo("0.005");
    assertThat(s.rate(allotted, LocalDate.of(2025, 3, 1))).isEqualByComparingTo("0");
    assertThat(s.freeFrom(allotted)).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void exitLoad_liquidGraded_perSebiCircular() {
    LocalDate allotted = LocalDate.of(2024, 5, 6);
    ExitLoadSchedule s = ExitLoadSchedule.LIQUID_2020;
    assertThat(s.rate(allotted, allotted.plusDays(1))).isEqualByComparingTo("0.00007");
    assertThat(s.rate(allotted, allotted.plusDays(6))).isEqualByComparingTo("0.000045");
    assertThat(s.rate(allotted, allotted.plusDays(7))).isEqualByComparingTo("0");
    // ₹10 lakh redeemed on day 1: 0.0070% = ₹70.
    assertThat(s.load(Money.ofRupees(1_000_000), allotted, allotted.plusDays(1))).isEqualTo(Money.parse("70.00"));
  }

  @Test
  void exitLoad_badInput_rejected() {
    assertThatThrownBy(() -> ExitLoadSchedule.of(ExitLoadTier.months(12, BigDecimal.ONE),
        ExitLoadTier.days(300, BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increasing");
    assertThatThrownBy(() -> ExitLoadTier.days(0, BigDecimal.ONE)).hasMessageContaining("within");
    assertThatThrownBy(() -> ExitLoadTier.days(1, new BigDecimal("-0.01"))).hasMessageContaining("rate");
    assertThatThrownBy(() -> ExitLoadSchedule.NONE.rate(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("before allotment");
  }

  @Test
  void exitLoad_inForce_latestEffectiveOnOrBeforeAllotment() {
    ExitLoadSchedule old = new ExitLoadSchedule(LocalDate.of(2018, 1, 1),
        List.of(ExitLoadTier.months(12, new BigDecimal("0.01"))));
    ExitLoadSchedule later = new ExitLoadSchedule(LocalDate.of(2022, 4, 1),
        List.of(ExitLoadTier.days(90, new BigDecimal("0.005"))));
    assertThat(ExitLoadSchedule.inForce(List.of(later, old), LocalDate.of(2022, 3, 31))).contains(old);
    assertThat(ExitLoadSchedule.inForce(List.of(later, old), LocalDate.of(2022, 4, 1))).contains(later);
    assertThat(ExitLoadSchedule.inForce(List.of(later, old), LocalDate.of(2017, 12, 31))).isEmpty();
    assertThat(ExitLoadSchedule.NONE.freeFrom(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
  }
}
