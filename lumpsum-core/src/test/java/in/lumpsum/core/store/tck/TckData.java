package in.lumpsum.core.store.tck;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Fixtures shared by the store contracts: small, valid domain values built from a few arguments.
 *
 * <p>Every value is fixed (no clock, no randomness) so that a failing contract test reproduces.
 */
public final class TckData {

  /** A fund house. */
  public static final Amc HDFC = Amc.of("HDFC Mutual Fund");

  /** Another fund house. */
  public static final Amc PPFAS = Amc.of("PPFAS Mutual Fund");

  /** A folio at {@link #HDFC}. */
  public static final FolioKey FOLIO = FolioKey.of(HDFC, "1234567/89");

  /** An investor. */
  public static final InvestorId ALICE = InvestorId.of("alice");

  /** Another investor. */
  public static final InvestorId BOB = InvestorId.of("bob");

  /** A scheme code. */
  public static final SchemeCode CODE_1 = SchemeCode.of(119551);

  /** Another scheme code. */
  public static final SchemeCode CODE_2 = SchemeCode.of(122639);

  /** The instant every fixture investor was created. */
  public static final Instant CREATED_AT = Instant.parse("2026-01-15T04:30:00Z");

  /** The date every fixture goal was created. */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  private TckData() {}

  /**
   * Returns a valid ISIN made from a nine-character national code.
   *
   * @param nine nine upper-case letters or digits after {@code IN}
   * @return the ISIN with its check digit
   */
  public static Isin isin(String nine) {
    String first11 = "IN" + nine;
    return new Isin(first11 + Isin.checkDigit(first11));
  }

  /**
   * Returns a direct-growth scheme of {@link #HDFC} with no ISIN.
   *
   * @param code the scheme code
   * @param name the scheme name
   * @return the scheme
   */
  public static Scheme scheme(int code, String name) {
    return Scheme.builder().code(SchemeCode.of(code)).name(name).amc(HDFC).plan(Plan.DIRECT).build();
  }

  /**
   * Returns a NAV record.
   *
   * @param code the scheme code
   * @param date the date, ISO text
   * @param nav the NAV, decimal text
   * @return the record
   */
  public static NavRecord nav(int code, String date, String nav) {
    return NavRecord.of(SchemeCode.of(code), LocalDate.parse(date), Nav.parse(nav));
  }

  /**
   * Returns a purchase of {@link #CODE_1} in {@link #FOLIO}.
   *
   * @param id the transaction id
   * @return a purchase of 1000 rupees at NAV 10 for 99.995 units (stamp duty deducted)
   */
  public static Transaction purchase(String id) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(CODE_1).folio(FOLIO)
        .type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2025, 4, 1)).amount(Money.ofRupees(1000))
        .units(Units.parse("99.995")).nav(Nav.parse("10")).build();
  }

  /**
   * Returns purchases with the given ids.
   *
   * @param ids the transaction ids
   * @return the purchases, in order
   */
  public static java.util.List<Transaction> purchases(String... ids) {
    return Arrays.stream(ids).map(TckData::purchase).toList();
  }

  /**
   * Returns a new portfolio at version 0.
   *
   * @param id the portfolio id
   * @param owner the owner
   * @param txIds ids of purchases it starts with
   * @return the portfolio
   */
  public static Portfolio portfolio(String id, InvestorId owner, String... txIds) {
    return Portfolio.builder().id(PortfolioId.of(id)).owner(owner).name("Portfolio " + id)
        .transactions(purchases(txIds)).build();
  }

  /**
   * Returns a goal created {@link #TODAY}.
   *
   * @param id the goal id
   * @param investor the investor
   * @param targetDate the target date, ISO text
   * @return a goal of 10 lakh rupees at 6% inflation
   */
  public static Goal goal(String id, InvestorId investor, String targetDate) {
    return Goal.builder().id(GoalId.of(id)).investorId(investor).name("Goal " + id)
        .targetAmount(Money.ofRupees(1_000_000)).targetDate(LocalDate.parse(targetDate))
        .inflation(new BigDecimal("0.06")).priority(GoalPriority.IMPORTANT).createdOn(TODAY).build();
  }

  /**
   * Returns an investor created at {@link #CREATED_AT}.
   *
   * @param id the investor id
   * @param roles the roles; {@link Role#USER} when none are given
   * @return the investor
   */
  public static Investor investor(String id, Role... roles) {
    Investor.Builder b = Investor.builder().id(InvestorId.of(id)).displayName("Investor " + id)
        .createdAt(CREATED_AT);
    if (roles.length > 0) {
      b.roles(Arrays.asList(roles));
    }
    return b.build();
  }
}
