package in.lumpsum.core.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.LumpsumException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NavPointTest {

  private static final LocalDate DAY = LocalDate.of(2016, 6, 3);

  @Test
  void constructor_trailingZeros_keepsScale() {
    NavPoint point = new NavPoint(DAY, new BigDecimal("12.3400"));

    assertThat(point.nav().scale()).isEqualTo(4);
    assertThat(point.nav().toPlainString()).isEqualTo("12.3400");
  }

  @Test
  void constructor_trailingDot_keepsScaleZero() {
    NavPoint point = new NavPoint(DAY, new BigDecimal("10."));

    assertThat(point.nav()).isEqualTo(new BigDecimal("10"));
    assertThat(point.nav().scale()).isZero();
  }

  @Test
  void constructor_negativeScale_normalisesToScaleZero() {
    NavPoint point = new NavPoint(DAY, new BigDecimal("1E+3"));

    assertThat(point.nav().scale()).isZero();
    assertThat(point.nav().toString()).isEqualTo("1000");
  }

  @Test
  void constructor_eightDecimals_accepted() {
    assertThat(new NavPoint(DAY, new BigDecimal("0.00000001")).nav().scale()).isEqualTo(8);
  }

  @Test
  void constructor_nineDecimals_throwsNamingNav() {
    assertThatThrownBy(() -> new NavPoint(DAY, new BigDecimal("10.123456789")))
        .isInstanceOf(InvalidValueException.class)
        .isInstanceOf(LumpsumException.class)
        .hasMessageContaining("at most 8 decimals")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("nav");
  }

  @Test
  void constructor_zero_throwsNamingNav() {
    assertThatThrownBy(() -> new NavPoint(DAY, BigDecimal.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("positive")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("nav");
  }

  @Test
  void constructor_negative_throwsWithRejectedValue() {
    assertThatThrownBy(() -> new NavPoint(DAY, new BigDecimal("-1.50")))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).rejectedValue())
        .isEqualTo("-1.50");
  }

  @Test
  void constructor_navAtLimit_throws() {
    assertThatThrownBy(() -> new NavPoint(DAY, NavPoint.NAV_LIMIT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("less than 10000000000");
  }

  @Test
  void constructor_largestNavAtEightDecimals_accepted() {
    BigDecimal largest = new BigDecimal("9999999999.99999999");

    assertThat(new NavPoint(DAY, largest).nav()).isEqualTo(largest);
  }

  @Test
  void constructor_dateBefore1900_throwsNamingDate() {
    assertThatThrownBy(() -> new NavPoint(LocalDate.of(1899, 12, 31), BigDecimal.TEN))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("date");
  }

  @Test
  void constructor_dateAfter9999_throwsNamingDate() {
    assertThatThrownBy(() -> new NavPoint(LocalDate.of(10000, 1, 1), BigDecimal.TEN))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("date");
  }

  @Test
  void constructor_dateRangeEnds_accepted() {
    assertThat(new NavPoint(NavPoint.MIN_DATE, BigDecimal.ONE).date()).isEqualTo(NavPoint.MIN_DATE);
    assertThat(new NavPoint(NavPoint.MAX_DATE, BigDecimal.ONE).date()).isEqualTo(NavPoint.MAX_DATE);
  }

  @Test
  void constructor_nulls_throwNullPointer() {
    assertThatThrownBy(() -> new NavPoint(null, BigDecimal.TEN))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> new NavPoint(DAY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nav");
  }

  @Test
  void equals_differentScale_notEqual() {
    assertThat(NavPoint.of(DAY, "10.5")).isNotEqualTo(NavPoint.of(DAY, "10.50"));
    assertThat(NavPoint.of(DAY, "10.5")).isEqualTo(NavPoint.of(DAY, "10.5"));
  }

  @Test
  void of_text_parsesAtWrittenScale() {
    assertThat(NavPoint.of(DAY, "448.53").nav()).isEqualTo(new BigDecimal("448.53"));
    assertThat(NavPoint.of(DAY, "100.").nav().scale()).isZero();
    assertThat(NavPoint.of(DAY, " 12.3456 ").nav().scale()).isEqualTo(4);
  }

  @Test
  void of_notANumber_throwsNamingNav() {
    assertThatThrownBy(() -> NavPoint.of(DAY, "N.A."))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("decimal number")
        .extracting(e -> ((InvalidValueException) e).rejectedValue())
        .isEqualTo("N.A.");
  }
}
