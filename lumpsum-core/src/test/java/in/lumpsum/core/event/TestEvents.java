package in.lumpsum.core.event;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Sample events with a fixed clock, shared by the event tests. */
final class TestEvents {

  static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), IST);
  static final Instant AT = CLOCK.instant();
  static final LocalDate DATE = LocalDate.of(2026, 11, 27);

  private TestEvents() {}

  static NavPublished nav(String schemeCode, String nav) {
    return new NavPublished(SchemeCode.parse(schemeCode), DATE, Nav.parse(nav), AT);
  }

  /** An event that identifies its publisher and its place in that publisher's sequence. */
  static PortfolioChanged sequenced(int publisher, long seq) {
    return new PortfolioChanged(InvestorId.of("pub-" + publisher), PortfolioId.of("pf"), seq, "test", AT);
  }

  static int publisherOf(PortfolioChanged e) {
    return Integer.parseInt(e.investorId().value().substring("pub-".length()));
  }

  static InvestorSignedUp signedUp(String id) {
    return new InvestorSignedUp(InvestorId.of(id), AT);
  }
}
