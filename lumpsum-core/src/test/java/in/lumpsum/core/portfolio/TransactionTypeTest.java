package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TransactionTypeTest {

  @Test
  public void values_coverEveryRegistrarStatementKind() {
    assertThat(EnumSet.allOf(TransactionType.class)).extracting(Enum::name).contains(
        "PURCHASE", "SIP_PURCHASE", "REDEMPTION", "SWITCH_IN", "SWITCH_OUT", "MERGER_SWITCH_IN",
        "MERGER_SWITCH_OUT", "IDCW_PAYOUT", "IDCW_REINVESTMENT", "SEGREGATION", "REVERSAL", "STAMP_DUTY",
        "STT", "TDS");
  }

  @Test
  public void unitsEffect_addsOnInflowsAndTakesOnOutflows() {
    for (TransactionType t : EnumSet.of(TransactionType.PURCHASE, TransactionType.SIP_PURCHASE,
        TransactionType.SWITCH_IN, TransactionType.MERGER_SWITCH_IN, TransactionType.IDCW_REINVESTMENT,
        TransactionType.BONUS, TransactionType.SEGREGATION)) {
      assertThat(t.unitsEffect()).as(t.name()).isEqualTo(1);
    }
    for (TransactionType t : EnumSet.of(TransactionType.REDEMPTION, TransactionType.SWITCH_OUT,
        TransactionType.MERGER_SWITCH_OUT)) {
      assertThat(t.unitsEffect()).as(t.name()).isEqualTo(-1);
    }
    for (TransactionType t : EnumSet.of(TransactionType.IDCW_PAYOUT, TransactionType.REVERSAL,
        TransactionType.STAMP_DUTY, TransactionType.STT, TransactionType.TDS)) {
      assertThat(t.unitsEffect()).as(t.name()).isZero();
      assertThat(t.movesUnits()).as(t.name()).isFalse();
    }
  }

  @Test
  public void cashEffect_followsTheInvestorsPocket() {
    assertThat(TransactionType.PURCHASE.cashEffect()).isEqualTo(-1);
    assertThat(TransactionType.SIP_PURCHASE.cashEffect()).isEqualTo(-1);
    assertThat(TransactionType.REDEMPTION.cashEffect()).isEqualTo(1);
    assertThat(TransactionType.IDCW_PAYOUT.cashEffect()).isEqualTo(1);
    assertThat(TransactionType.SWITCH_IN.cashEffect()).isZero();
    assertThat(TransactionType.IDCW_REINVESTMENT.cashEffect()).isZero();
    assertThat(TransactionType.REVERSAL.cashEffect()).isZero();
  }

  @Test
  public void isCharge_onlyForStampDutySttAndTds() {
    assertThat(EnumSet.allOf(TransactionType.class).stream().filter(TransactionType::isCharge))
        .containsExactlyInAnyOrder(TransactionType.STAMP_DUTY, TransactionType.STT, TransactionType.TDS);
    for (TransactionType t : EnumSet.of(TransactionType.STAMP_DUTY, TransactionType.STT,
        TransactionType.TDS)) {
      assertThat(t.cashEffect()).isEqualTo(-1);
      assertThat(t.requiresPositiveAmount()).isTrue();
    }
  }
}
