package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionTest {

  private static final FolioKey FOLIO = FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89");

  private static Transaction.Builder tx(TransactionType type) {
    return Transaction.builder().id(TransactionId.of("t1")).schemeCode(SchemeCode.of(119551)).folio(FOLIO)
        .type(type).tradeDate(LocalDate.of(2025, 4, 1));
  }

  private static InvalidValueException invalid(Transaction.Builder b) {
    try {
      b.build();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("expected InvalidValueException");
  }

  @Test
  public void build_purchase_keepsEveryField() {
    Transaction t = tx(TransactionType.PURCHASE).amount(Money.ofRupees(5000)).units(Units.parse("499.975"))
        .nav(Nav.parse("10")).description("Purchase").build();

    assertThat(t.amount()).isEqualTo(Money.parse("5000.00"));
    assertThat(t.units()).isEqualTo(Units.parse("499.975"));
    assertThat(t.nav()).contains(Nav.parse("10"));
    assertThat(t.reverses()).isEmpty();
    assertThat(t.holding()).isEqualTo(HoldingRef.of(SchemeCode.of(119551), FOLIO));
  }

  /** The example of bad input: a negative purchase amount gets a clear error naming "amount". */
  @Test
  public void build_negativePurchaseAmount_throwsNamingAmount() {
    Transaction.Builder b = tx(TransactionType.PURCHASE).amount(Money.of(new BigDecimal("-5000")))
        .units(Units.parse("500")).nav(Nav.parse("10"));

    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidValueException.class)
        .isInstanceOf(LumpsumException.class)
        .hasMessage("amount: must not be negative: the type PURCHASE gives the direction (got '-5000.00')")
        .satisfies(e -> {
          InvalidValueException ive = (InvalidValueException) e;
          assertThat(ive.field()).isEqualTo("amount");
          assertThat(ive.rejectedValue()).isEqualTo("-5000.00");
        });
  }

  @Test
  public void build_zeroPurchaseAmount_throwsNamingAmount() {
    InvalidValueException e = invalid(tx(TransactionType.SIP_PURCHASE).amount(Money.ZERO));

    assertThat(e.field()).isEqualTo("amount");
    assertThat(e.getMessage()).contains("greater than zero for SIP_PURCHASE");
  }

  @Test
  public void build_negativeUnits_throwsNamingUnits() {
    InvalidValueException e = invalid(tx(TransactionType.REDEMPTION).amount(Money.ofRupees(100))
        .units(Units.parse("-10")));

    assertThat(e.field()).isEqualTo("units");
  }

  @Test
  public void build_purchaseWithNavButNoUnits_throwsNamingUnits() {
    InvalidValueException e = invalid(tx(TransactionType.PURCHASE).amount(Money.ofRupees(100))
        .nav(Nav.parse("10")));

    assertThat(e.field()).isEqualTo("units");
  }

  @Test
  public void build_purchaseNotYetAllotted_mayHaveNoUnitsOrNav() {
    Transaction t = tx(TransactionType.PURCHASE).amount(Money.ofRupees(100)).build();

    assertThat(t.units()).isEqualTo(Units.ZERO);
  }

  @Test
  public void build_amountNeedNotEqualUnitsTimesNav() {
    // 5000 less 0.005% stamp duty (0.25) buys 499.975 units at 10: amount != units x nav.
    Transaction t = tx(TransactionType.PURCHASE).amount(Money.ofRupees(5000)).units(Units.parse("499.975"))
        .nav(Nav.parse("10")).build();

    assertThat(t.units().valueAt(t.nav().orElseThrow())).isNotEqualTo(t.amount());
  }

  @ParameterizedTest
  @EnumSource(names = {"STAMP_DUTY", "STT", "TDS"})
  public void build_charge_hasAmountOnly(TransactionType type) {
    Transaction t = tx(type).amount(Money.parse("0.25")).build();
    assertThat(t.type().isCharge()).isTrue();

    assertThat(invalid(tx(type).amount(Money.parse("0.25")).units(Units.parse("1"))).field())
        .isEqualTo("units");
    assertThat(invalid(tx(type).amount(Money.parse("0.25")).nav(Nav.parse("10"))).field()).isEqualTo("nav");
    assertThat(invalid(tx(type).amount(Money.ZERO)).field()).isEqualTo("amount");
  }

  @Test
  public void build_idcwPayout_carriesNoUnits() {
    assertThat(tx(TransactionType.IDCW_PAYOUT).amount(Money.ofRupees(250)).nav(Nav.parse("21.5")).build()
        .units()).isEqualTo(Units.ZERO);
    assertThat(invalid(tx(TransactionType.IDCW_PAYOUT).amount(Money.ofRupees(250))
        .units(Units.parse("2"))).field()).isEqualTo("units");
  }

  @ParameterizedTest
  @EnumSource(names = {"MERGER_SWITCH_IN", "MERGER_SWITCH_OUT", "BONUS", "SEGREGATION"})
  public void build_unitsWithoutAmount_allowedForCorporateActions(TransactionType type) {
    Transaction t = tx(type).amount(Money.ZERO).units(Units.parse("12.345")).build();

    assertThat(t.amount().isZero()).isTrue();
  }

  @Test
  public void build_reversal_mustNameWhatItReverses() {
    Transaction t = tx(TransactionType.REVERSAL).amount(Money.ofRupees(1000)).units(Units.parse("99.995"))
        .reverses(TransactionId.of("t0")).build();
    assertThat(t.reverses()).contains(TransactionId.of("t0"));

    assertThat(invalid(tx(TransactionType.REVERSAL).amount(Money.ofRupees(1000))).field())
        .isEqualTo("reverses");
    assertThat(invalid(tx(TransactionType.REVERSAL).amount(Money.ofRupees(1000))
        .reverses(TransactionId.of("t1"))).getMessage()).contains("cannot reverse itself");
  }

  @Test
  public void build_reversesOnAnotherType_throwsNamingReverses() {
    assertThat(invalid(tx(TransactionType.PURCHASE).amount(Money.ofRupees(1))
        .reverses(TransactionId.of("t0"))).field()).isEqualTo("reverses");
  }

  @Test
  public void build_blankDescription_throwsNamingDescription() {
    assertThat(invalid(tx(TransactionType.PURCHASE).amount(Money.ofRupees(1)).description("  ")).field())
        .isEqualTo("description");
    assertThat(invalid(tx(TransactionType.PURCHASE).amount(Money.ofRupees(1))
        .description("x".repeat(501))).field()).isEqualTo("description");
  }

  @Test
  public void build_missingRequiredField_isBuilderMisuse() {
    assertThatThrownBy(() -> Transaction.builder().id(TransactionId.of("t")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("amount");
  }

  @Test
  public void toString_masksFolioNumber() {
    Transaction t = tx(TransactionType.PURCHASE).amount(Money.ofRupees(1)).build();

    assertThat(t.toString()).doesNotContain("1234567").contains("******7/89");
  }

  @Test
  public void equals_comparesAllFields() {
    Transaction a = tx(TransactionType.PURCHASE).amount(Money.parse("1.5")).build();
    Transaction b = tx(TransactionType.PURCHASE).amount(Money.parse("1.50")).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(tx(TransactionType.PURCHASE).amount(Money.parse("1.51")).build());
  }
}
