package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HoldingTest {

  private static final FolioKey FOLIO = FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89");
  private static final SchemeCode CODE = SchemeCode.of(119551);

  private static Lot lot(String units, String cost, String source) {
    return new Lot(CODE, FOLIO, LocalDate.of(2024, 1, 1), Units.parse(units), Money.parse(cost),
        TransactionId.of(source));
  }

  @Test
  public void build_withLotsThatAddUp_keepsThem() {
    Holding h = Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("15.5"))
        .cost(Money.parse("160")).addLots(lot("10", "100", "t1"), lot("5.5", "60", "t2")).build();

    assertThat(h.lots()).hasSize(2);
    assertThat(h.ref()).isEqualTo(HoldingRef.of(CODE, FOLIO));
  }

  @Test
  public void build_withoutLots_isAllowed() {
    assertThat(Holding.builder().scheme(CODE).folio(FOLIO).units(Units.ZERO).cost(Money.ZERO).build()
        .lots()).isEmpty();
  }

  @Test
  public void build_lotsNotAddingUp_throwsNamingField() {
    assertThatThrownBy(() -> Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("15"))
        .cost(Money.parse("160")).addLots(lot("10", "100", "t1"), lot("5.5", "60", "t2")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("units"));
    assertThatThrownBy(() -> Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("10"))
        .cost(Money.parse("99")).addLots(lot("10", "100", "t1")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cost"));
  }

  @Test
  public void build_lotOfAnotherHolding_throwsNamingLots() {
    Lot other = new Lot(SchemeCode.of(1), FOLIO, LocalDate.of(2024, 1, 1), Units.parse("1"), Money.ZERO,
        TransactionId.of("t9"));

    assertThatThrownBy(() -> Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("1"))
        .cost(Money.ZERO).addLots(other).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lots"));
  }

  @Test
  public void build_negativeUnitsOrCost_throws() {
    assertThatThrownBy(() -> Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("-1"))
        .cost(Money.ZERO).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Holding.builder().scheme(CODE).folio(FOLIO).units(Units.ZERO)
        .cost(Money.parse("-1")).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  public void lot_rejectsZeroUnitsAndNegativeCost_acceptsFreeBonusUnits() {
    assertThatThrownBy(() -> lot("0", "1", "t1")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("units"));
    assertThatThrownBy(() -> lot("1", "-1", "t1")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("cost"));
    assertThat(lot("3", "0", "bonus").cost().isZero()).isTrue();
  }
}
