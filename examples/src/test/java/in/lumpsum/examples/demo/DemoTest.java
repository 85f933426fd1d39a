package in.lumpsum.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.calc.portfolio.PortfolioValuation;
import in.lumpsum.calc.portfolio.ValuedHolding;
import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.examples.cli.LumpsumCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), IndianTime.ZONE);

  @Test
  void run_valuesEverySampleHolding_andLabelsSampleData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PortfolioValuation v;
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      v = new Demo(lumpsum, out).run();
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(SampleData.LABEL).contains("Asha (sample investor)")
        .contains("Sample Nifty 50 Index Fund").contains("Total")
        .contains("SchemeAdded ×4").contains("PortfolioChanged ×2").contains("XIRR")
        .contains("Goal plan").contains("monthly SIP needed").contains("chance of success");

    assertThat(v.date()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(v.holdings()).hasSize(4);
    assertThat(v.missingNavs()).isZero();
    for (ValuedHolding h : v.holdings()) {
      // Each value is units × the NAV shown, and the gain is value less cost.
      Money expected = h.account().holding().units().valueAt(h.nav().orElseThrow().nav());
      assertThat(h.value()).isEqualTo(expected);
      assertThat(h.unrealisedGain()).isEqualTo(h.value().minus(h.cost()));
      assertThat(h.nav().orElseThrow().date()).isBeforeOrEqualTo(v.date());
    }
    assertThat(text).contains(Rupees.format(v.value()));
  }

  @Test
  void run_isReproducibleForTheSameDate() {
    assertThat(render()).isEqualTo(render());
  }

  @Test
  void cli_demoAsOf_exitsZero_andRejectsBadDate() {
    assertThat(LumpsumCli.run("demo", "--as-of", "2025-03-31")).isZero();
    assertThat(LumpsumCli.run("demo", "--as-of", "2025-02-30")).isEqualTo(2);
  }

  private static String render() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Demo(lumpsum, out).run();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
