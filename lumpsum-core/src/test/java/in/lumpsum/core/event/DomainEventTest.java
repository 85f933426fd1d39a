package in.lumpsum.core.event;

import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.scheme.SchemeCode;

import static in.lumpsum.core.event.TestEvents.AT;
import static in.lumpsum.core.event.TestEvents.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainEventTest {

  private static final Nav TEN = Nav.parse("10.0000");

  /** One valid instance of every permitted type. */
  static List<DomainEvent> oneOfEach() {
    return List.of(
        new NavPublished(SchemeCode.of(119551), DATE, TEN, AT),
        new NavCorrected(SchemeCode.of(119551), DATE, TEN, Nav.parse("10.1000"), AT),
        new SchemeAdded(SchemeCode.of(119551), "Aditya Birla Sun Life Banking & PSU Debt Fund", AT),
        new SchemeRenamed(SchemeCode.of(119551), "Old name", "New name", AT),
        new SchemeStale(SchemeCode.of(119551), DATE, 5, AT),
        new FeedFormatChanged("amfi", "8 columns", "6 columns", "", AT),
        new DataQualityAlert("119551", "nav-jump", "NAV moved 40% in a day", Severity.WARNING, AT),
        new GoalCreated(InvestorId.of("inv-1"), GoalId.of("goal-1"), "Retirement", Money.parse("10000000"), DATE, AT),
        new GoalReached(InvestorId.of("inv-1"), GoalId.of("goal-1"), Money.parse("10000001.50"), AT),
        new PortfolioChanged(InvestorId.of("inv-1"), PortfolioId.of("pf-1"), 0, "sip-instalment", AT),
        new RebalanceNeeded(InvestorId.of("inv-1"), PortfolioId.of("pf-1"), new BigDecimal("0.07"), "equity overweight", AT),
        new RiskAlert(InvestorId.of("inv-1"), "concentration", "", Severity.CRITICAL, AT),
        new InvestorSignedUp(InvestorId.of("inv-1"), AT));
  }

  @Test
  void permittedSubclasses_areRecordsCoveredByTheFixture() {
    Class<?>[] permitted = DomainEvent.class.getPermittedSubclasses();
    assertThat(permitted).hasSize(13).allMatch(Class::isRecord);
    assertThat(oneOfEach().stream().map(Object::getClass).toList())
        .containsExactlyInAnyOrder(permitted);
  }

  @Test
  void everyEvent_nullOccurredAt_throwsNamingTheField() throws Exception {
    for (DomainEvent valid : oneOfEach()) {
      Object[] args = componentValues(valid);
      RecordComponent[] components = valid.getClass().getRecordComponents();
      args[args.length - 1] = null;
      assertThat(components[components.length - 1].getName()).isEqualTo("occurredAt");
      assertThatThrownBy(() -> construct(valid.getClass(), args))
          .as(valid.getClass().getSimpleName())
          .isInstanceOf(InvalidValueException.class)
          .extracting(t -> ((InvalidValueException) t).field())
          .isEqualTo("occurredAt");
    }
  }

  @Test
  void everyEvent_anyNullComponent_throwsInvalidValue() throws Exception {
    for (DomainEvent valid : oneOfEach()) {
      RecordComponent[] components = valid.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType().isPrimitive()) {
          continue;
        }
        Object[] args = componentValues(valid);
        args[i] = null;
        String name = components[i].getName();
        assertThatThrownBy(() -> construct(valid.getClass(), args))
            .as(valid.getClass().getSimpleName() + "." + name)
            .isInstanceOf(InvalidValueException.class)
            .extracting(t -> ((InvalidValueException) t).field())
            .isEqualTo(name);
      }
    }
  }

  @Test
  void navPublished_zeroNav_throws() {
    assertThatThrownBy(() -> new NavPublished(SchemeCode.of(119551), DATE, Nav.of(BigDecimal.ZERO), AT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("nav: must be greater than zero (got '0')");
  }

  @Test
  void navPublished_missingSchemeCode_throws() {
    assertThatThrownBy(() -> new NavPublished(null, DATE, TEN, AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((InvalidValueException) t).field())
        .isEqualTo("schemeCode");
  }

  @Test
  void navCorrected_sameValueDifferentScale_throws() {
    assertThatThrownBy(() -> new NavCorrected(SchemeCode.of(119551), DATE, TEN, Nav.parse("10"), AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((InvalidValueException) t).field())
        .isEqualTo("newNav");
  }

  @Test
  void schemeRenamed_sameName_throws() {
    assertThatThrownBy(() -> new SchemeRenamed(SchemeCode.of(119551), "A", "A", AT))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void feedFormatChanged_sameLayout_throws() {
    assertThatThrownBy(() -> new FeedFormatChanged("amfi", "6 columns", "6 columns", "", AT))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void goalCreated_negativeTarget_throws() {
    assertThatThrownBy(
            () -> new GoalCreated(InvestorId.of("inv"), GoalId.of("g"), "Car", Money.parse("-1"), DATE, AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((InvalidValueException) t).field())
        .isEqualTo("targetAmount");
  }

  @Test
  void portfolioChanged_negativeVersion_throws() {
    assertThatThrownBy(() -> new PortfolioChanged(InvestorId.of("inv"), PortfolioId.of("pf"), -1, "x", AT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("version: must be zero or more (got '-1')");
  }

  @Test
  void rebalanceNeeded_driftAboveOne_throws() {
    assertThatThrownBy(() -> new RebalanceNeeded(InvestorId.of("inv"), PortfolioId.of("pf"), new BigDecimal("1.01"), "", AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((InvalidValueException) t).field())
        .isEqualTo("maxDrift");
  }

  @Test
  void rebalanceNeeded_driftBounds_accepted() {
    assertThat(new RebalanceNeeded(InvestorId.of("inv"), PortfolioId.of("pf"), BigDecimal.ZERO, "", AT).maxDrift()).isZero();
    assertThat(new RebalanceNeeded(InvestorId.of("inv"), PortfolioId.of("pf"), BigDecimal.ONE, "", AT).maxDrift())
        .isEqualTo(BigDecimal.ONE);
  }

  @Test
  void alerts_emptyDetail_accepted() {
    assertThat(new DataQualityAlert("s", "k", "", Severity.INFO, AT).detail()).isEmpty();
  }

  @Test
  void severity_declarationOrder_isUrgencyOrder() {
    assertThat(Severity.values())
        .containsExactly(Severity.INFO, Severity.WARNING, Severity.CRITICAL);
  }

  @Test
  void instanceofChain_coversEveryPermittedType() {
    // Stand-in for a pattern switch (Java 21): a chain over the sealed hierarchy names every type.
    for (DomainEvent e : oneOfEach()) {
      assertThat(category(e)).isNotEmpty();
    }
  }

  private static String category(DomainEvent e) {
    if (e instanceof NavPublished || e instanceof NavCorrected) {
      return "nav";
    } else if (e instanceof SchemeAdded || e instanceof SchemeRenamed
        || e instanceof SchemeStale) {
      return "scheme";
    } else if (e instanceof FeedFormatChanged || e instanceof DataQualityAlert) {
      return "data";
    } else if (e instanceof GoalCreated || e instanceof GoalReached) {
      return "goal";
    } else if (e instanceof PortfolioChanged || e instanceof RebalanceNeeded) {
      return "portfolio";
    } else if (e instanceof RiskAlert || e instanceof InvestorSignedUp) {
      return "investor";
    }
    return "";
  }

  private static Object[] componentValues(Object r) throws Exception {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(r);
    }
    return values;
  }

  private static Object construct(Class<?> type, Object[] args) throws Throwable {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void instantField_isTheOccurredAtOfTheInterface() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    DomainEvent e = new InvestorSignedUp(in.lumpsum.core.portfolio.InvestorId.of("inv-9"), at);
    assertThat(e.occurredAt()).isEqualTo(at);
  }
}
