package in.lumpsum.core.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvestorProfileTest {

  private static InvestorProfile.Builder profile() {
    return InvestorProfile.builder().investorId(InvestorId.of("alice")).riskProfile(RiskProfile.MODERATE)
        .horizonYears(10);
  }

  @Test
  public void build_defaultsPreferences() {
    InvestorProfile p = profile().build();

    assertThat(p.preferences()).isEqualTo(Preferences.defaults());
    assertThat(p.preferences().preferredPlan()).isEqualTo(Plan.DIRECT);
    assertThat(p.preferences().wantsElss()).isFalse();
    assertThat(p.preferences().notifications()).isEmpty();
  }

  @Test
  public void build_taxSlabRate_isKeptWithoutTrailingZeros() {
    InvestorProfile a = profile().taxSlabRate(new BigDecimal("0.300")).build();
    InvestorProfile b = profile().taxSlabRate(new BigDecimal("0.3")).build();

    assertThat(a.taxSlabRate()).contains(new BigDecimal("0.3"));
    assertThat(a).isEqualTo(b);
    assertThat(profile().taxSlabRate(new BigDecimal("1.00")).build().taxSlabRate())
        .contains(BigDecimal.ONE);
  }

  @Test
  public void build_outOfRange_throwsNamingField() {
    assertThatThrownBy(() -> profile().taxSlabRate(new BigDecimal("30")).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("taxSlabRate"));
    assertThatThrownBy(() -> profile().horizonYears(-1).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("horizonYears"));
    assertThatThrownBy(() -> profile().annualIncome(Money.ofRupees(-1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("annualIncome"));
    assertThatThrownBy(() -> profile().dateOfBirth(LocalDate.of(1850, 1, 1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("dateOfBirth"));
  }

  @Test
  public void toString_omitsPersonalData() {
    String s = profile().pan(Pan.parse("ABCPE1234F")).dateOfBirth(LocalDate.of(1990, 6, 1))
        .annualIncome(Money.ofRupees(1_800_000)).build().toString();

    assertThat(s).contains("alice", "MODERATE").doesNotContain("1234", "1990", "1800000");
  }

  @Test
  public void preferences_recordChoices() {
    Preferences p = Preferences.builder().preferredPlan(Plan.REGULAR).addExcludedAmcs(Amc.of("X Mutual Fund"))
        .wantsElss(true).addNotifications(NotificationTopic.SIP_REMINDERS).build();

    assertThat(p.wants(NotificationTopic.SIP_REMINDERS)).isTrue();
    assertThat(p.wants(NotificationTopic.NAV_ALERTS)).isFalse();
    assertThat(p.excludedAmcs()).containsExactly(Amc.of("X  Mutual Fund"));
  }

  @Test
  public void riskProfile_ordersAndMapsToRiskometer() {
    assertThat(RiskProfile.AGGRESSIVE.isAtLeast(RiskProfile.MODERATE)).isTrue();
    assertThat(RiskProfile.CONSERVATIVE.isAtLeast(RiskProfile.MODERATE)).isFalse();
    int previous = 0;
    for (RiskProfile r : RiskProfile.values()) {
      assertThat(r.highestRiskometerLevel()).isBetween(1, 6).isGreaterThan(previous);
      previous = r.highestRiskometerLevel();
    }
  }
}
