package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnsTest {

  private static Money rupees(String amount) {
    return Money.parse(amount);
  }

  @Test
  void cagr_usesCalendarDaysOver365_notTradingRows() {
    // NAV 10 to 20 from 2015-01-01 to 2020-01-01: 1,826 calendar days (two leap days).
    LocalDate from = LocalDate.of(2015, 1, 1);
    LocalDate to = LocalDate.of(2020, 1, 1);
    double cagr = Returns.cagr(new BigDecimal("10"), new BigDecimal("20"), from, to);

    assertThat(cagr).isCloseTo(Math.pow(2, 365.0 / 1826) - 1, within(1e-15));
    assertThat(cagr).isCloseTo(0.148611, within(5e-7));
    // About 1,235 NAV rows over those five years divided by 252 would claim 4.90 years and
    // 15.2%: the error a row count makes.
    assertThat(Math.pow(2, 252.0 / 1235) - 1).isGreaterThan(cagr + 0.003);
  }

  @Test
  void cagr_overloads_agree_andTotalLossIsMinusOne() {
    LocalDate from = LocalDate.of(2021, 3, 31);
    LocalDate to = LocalDate.of(2024, 3, 31);
    double decimal = Returns.cagr(new BigDecimal("1000"), new BigDecimal("1331"), from, to);

    assertThat(Returns.cagr(rupees("1000"), rupees("1331"), from, to)).isEqualTo(decimal);
    assertThat(Returns.cagr(1000.0, 1331.0, from, to)).isEqualTo(decimal);
    // 1,096 days including 29 Feb 2024: a little under 10% a year.
    assertThat(decimal).isCloseTo(Math.pow(1.331, 365.0 / 1096) - 1, within(1e-15));
    assertThat(Returns.cagr(1000.0, 0.0, from, to)).isEqualTo(-1.0);
  }

  @Test
  void cagr_rejectsBadInput() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    assertThatThrownBy(() -> Returns.cagr(0.0, 10.0, day, day.plusDays(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("startValue:");
    assertThatThrownBy(() -> Returns.cagr(10.0, 11.0, day, day))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("endDate:");
    assertThatThrownBy(() -> Returns.cagr(new BigDecimal("-1"), BigDecimal.TEN, day,
        day.plusDays(9))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void absoluteReturn_isPointToPoint() {
    assertThat(Returns.absoluteReturn(rupees("50000"), rupees("61250"))).isCloseTo(0.225,
        within(1e-15));
    assertThat(Returns.absoluteReturn(new BigDecimal("10.0000"), new BigDecimal("9.5")))
        .isCloseTo(-0.05, within(1e-15));
    assertThatThrownBy(() -> Returns.absoluteReturn(Money.ZERO, rupees("1")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void annualise_calendarDays() {
    // +10% over 2023-01-01..2025-01-01 (731 days) is 4.88% a year.
    double annual = Returns.annualise(0.10, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(annual).isCloseTo(Math.pow(1.1, 365.0 / 731) - 1, within(1e-15));
  }

  /**
   * A textbook case: 100 invested; it grows to 110; the investor adds 100 (so 210); it falls to
   * 189. Sub-period returns +10% and -10%: the time-weighted return is 1.1 * 0.9 - 1 = -1%,
   * whatever the investor did. The money-weighted return is worse (-6.2% a year): more money was
   * in during the fall.
   */
  @Test
  void timeWeighted_ignoresTheInvestorsTiming_moneyWeighted_doesNot() {
    List<Valuation> valuations = List.of(
        Valuation.of(LocalDate.of(2023, 1, 1), Money.ZERO, rupees("100")),
        Valuation.of(LocalDate.of(2023, 7, 1), rupees("110"), rupees("100")),
        Valuation.of(LocalDate.of(2024, 1, 1), rupees("189")));

    assertThat(Returns.timeWeightedReturn(valuations)).isCloseTo(-0.01, within(1e-15));
    assertThat(Returns.annualisedTimeWeightedReturn(valuations))
        .isCloseTo(Math.pow(0.99, 365.0 / 365) - 1, within(1e-15));
    double mwr = Returns.moneyWeightedReturn(valuations).rateOrThrow();
    // -100 on 1 Jan, -100 on 1 Jul (181 days), +189 on 1 Jan next year (365 days).
    double check = Xirr.xnpv(mwr, List.of(CashFlow.of(LocalDate.of(2023, 1, 1), -100),
        CashFlow.of(LocalDate.of(2023, 7, 1), -100), CashFlow.of(LocalDate.of(2024, 1, 1), 189)));
    assertThat(check).isCloseTo(0, within(1e-9));
    assertThat(mwr).isLessThan(-0.05).isGreaterThan(-0.08);
  }

  @Test
  void moneyWeighted_ofFlowsAndTodaysValue_isTheirXirr() {
    List<CashFlow> sip = List.of(
        CashFlow.paid(LocalDate.of(2024, 1, 5), rupees("5000")),
        CashFlow.paid(LocalDate.of(2024, 2, 5), rupees("5000")),
        CashFlow.paid(LocalDate.of(2024, 3, 5), rupees("5000")));
    XirrResult mwr = Returns.moneyWeightedReturn(sip, LocalDate.of(2024, 12, 31),
        rupees("16500"));

    List<CashFlow> all = new java.util.ArrayList<>(sip);
    all.add(CashFlow.of(LocalDate.of(2024, 12, 31), 16500));
    assertThat(mwr.rateOrThrow()).isEqualTo(Xirr.DEFAULT.xirr(all).rateOrThrow());
  }

  @Test
  void timeWeighted_rejectsUnorderedDates_andEmptyPeriods() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    assertThatThrownBy(() -> Returns.timeWeightedReturn(List.of(
        Valuation.of(day, rupees("100")), Valuation.of(day, rupees("101")))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("dates must increase");
    assertThatThrownBy(() -> Returns.timeWeightedReturn(List.of(
        Valuation.of(day, Money.ZERO), Valuation.of(day.plusDays(1), rupees("5")))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no return is defined");
    assertThatThrownBy(() -> Returns.timeWeightedReturn(List.of(Valuation.of(day, rupees("1")))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Valuation.of(day, rupees("-1")))
        .isInstanceOf(InvalidValueException.class);
  }
}
