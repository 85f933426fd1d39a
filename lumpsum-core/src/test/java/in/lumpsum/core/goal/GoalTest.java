package in.lumpsum.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalTest {

  private static Goal.Builder goal() {
    return Goal.builder().id(GoalId.of("g1")).investorId(InvestorId.of("alice")).name("Education")
        .targetAmount(Money.ofRupees(2_500_000)).targetDate(LocalDate.of(2040, 6, 1))
        .inflation(new BigDecimal("0.08")).priority(GoalPriority.ESSENTIAL)
        .createdOn(LocalDate.of(2026, 1, 15));
  }

  private static String fieldOf(Goal.Builder b) {
    try {
      b.build();
    } catch (InvalidValueException e) {
      return e.field();
    }
    throw new AssertionError("expected InvalidValueException");
  }

  @Test
  public void build_keepsFieldsAndLinkedHoldings() {
    HoldingRef ref = HoldingRef.of(SchemeCode.of(119551), FolioKey.of(Amc.of("HDFC Mutual Fund"), "123/4"));

    Goal g = goal().addLinkedHoldings(ref).build();

    assertThat(g.linkedHoldings()).containsExactly(ref);
    assertThat(g.priority()).isEqualTo(GoalPriority.ESSENTIAL);
    assertThat(g.inflation()).isEqualTo(new BigDecimal("0.08"));
  }

  @Test
  public void build_inflation_isKeptWithoutTrailingZeros() {
    assertThat(goal().inflation(new BigDecimal("0.0600")).build().inflation())
        .isEqualTo(new BigDecimal("0.06"));
    assertThat(goal().inflation(new BigDecimal("0.0600")).build())
        .isEqualTo(goal().inflation(new BigDecimal("0.06")).build());
    assertThat(goal().inflation(new BigDecimal("0.00")).build().inflation()).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  public void build_invalidFields_nameTheField() {
    assertThat(fieldOf(goal().targetAmount(Money.ZERO))).isEqualTo("targetAmount");
    assertThat(fieldOf(goal().targetAmount(Money.ofRupees(-5)))).isEqualTo("targetAmount");
    assertThat(fieldOf(goal().inflation(new BigDecimal("6")))).isEqualTo("inflation");
    assertThat(fieldOf(goal().inflation(new BigDecimal("-0.01")))).isEqualTo("inflation");
    assertThat(fieldOf(goal().targetDate(LocalDate.of(2026, 1, 15)))).isEqualTo("targetDate");
    assertThat(fieldOf(goal().name(" "))).isEqualTo("name");
  }

  @Test
  public void build_missingInflation_isBuilderMisuse() {
    assertThatThrownBy(() -> Goal.builder().id(GoalId.of("g")).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  public void goalId_validates() {
    assertThat(GoalId.of(" g1 ").value()).isEqualTo("g1");
    assertThatThrownBy(() -> GoalId.of("a b")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("goalId"));
    assertThat(GoalId.random()).isNotEqualTo(GoalId.random());
  }

  @Test
  public void priority_declaredMostImportantFirst() {
    assertThat(GoalPriority.values())
        .containsExactly(GoalPriority.ESSENTIAL, GoalPriority.IMPORTANT, GoalPriority.ASPIRATIONAL);
  }
}
