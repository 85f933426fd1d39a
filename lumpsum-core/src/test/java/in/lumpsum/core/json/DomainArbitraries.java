package in.lumpsum.core.json;

import static in.lumpsum.core.json.ModelArbitraries.amcs;
import static in.lumpsum.core.json.ModelArbitraries.dates;
import static in.lumpsum.core.json.ModelArbitraries.decimals;
import static in.lumpsum.core.json.ModelArbitraries.instants;
import static in.lumpsum.core.json.ModelArbitraries.navs;
import static in.lumpsum.core.json.ModelArbitraries.schemeCodes;
import static in.lumpsum.core.json.ModelArbitraries.text;

import in.lumpsum.core.event.DataQualityAlert;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.FeedFormatChanged;
import in.lumpsum.core.event.GoalCreated;
import in.lumpsum.core.event.GoalReached;
import in.lumpsum.core.event.InvestorSignedUp;
import in.lumpsum.core.event.NavCorrected;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.PortfolioChanged;
import in.lumpsum.core.event.RebalanceNeeded;
import in.lumpsum.core.event.RiskAlert;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.event.SchemeStale;
import in.lumpsum.core.event.Severity;
import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.NotificationTopic;
import in.lumpsum.core.investor.Pan;
import in.lumpsum.core.investor.Preferences;
import in.lumpsum.core.investor.RiskProfile;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.FolioNumber;
import in.lumpsum.core.portfolio.Holding;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Lot;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.core.store.spi.UpsertOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid portfolio, investor, goal and store values, each respecting its type's checks,
 * for the JSON round-trip properties.
 */
final class DomainArbitraries {

  private static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2060, 12, 31);

  /** Printable ASCII without the space, and a few non-ASCII letters: what identifiers may hold. */
  private static final String ID_CHARS;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = '!'; c <= '~'; c++) {
      b.append(c);
    }
    ID_CHARS = b.append("éअ₹").toString();
  }

  private DomainArbitraries() {}

  static Arbitrary<Enum<?>> enums() {
    return Arbitraries.oneOf(Arbitraries.of(TransactionType.class), Arbitraries.of(GoalPriority.class),
        Arbitraries.of(Role.class), Arbitraries.of(RiskProfile.class),
        Arbitraries.of(NotificationTopic.class), Arbitraries.of(UpsertOutcome.class),
        Arbitraries.of(Severity.class));
  }

  /** Identifier text: no spaces or control characters, up to 128 characters; UUIDs among them. */
  private static Arbitrary<String> idText() {
    return Arbitraries.oneOf(
        ModelArbitraries.over(ID_CHARS, 1, 128),
        Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString()));
  }

  static Arbitrary<InvestorId> investorIds() {
    return idText().map(InvestorId::of);
  }

  static Arbitrary<PortfolioId> portfolioIds() {
    return idText().map(PortfolioId::of);
  }

  static Arbitrary<TransactionId> transactionIds() {
    return idText().map(TransactionId::of);
  }

  static Arbitrary<GoalId> goalIds() {
    return idText().map(GoalId::of);
  }

  /** Folio numbers as registrars print them, sometimes in lower case (normalised by the type). */
  static Arbitrary<FolioNumber> folioNumbers() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> tail =
        ModelArbitraries.over(ModelArbitraries.UPPER_ALPHANUMERIC + "abcdefghijklmnopqrstuvwxyz/-", 0, 17);
    return Combinators.combine(digits, tail).as((d, t) -> d + t).map(FolioNumber::of);
  }

  static Arbitrary<FolioKey> folioKeys() {
    return Combinators.combine(amcs(), folioNumbers()).as(FolioKey::new);
  }

  static Arbitrary<HoldingRef> holdingRefs() {
    return Combinators.combine(schemeCodes(), folioKeys()).as(HoldingRef::new);
  }

  private static Arbitrary<Units> positiveUnits() {
    return decimals(3, true).map(Units::of);
  }

  private static Arbitrary<Money> nonNegativeMoney() {
    return decimals(2, true).map(d -> Money.of(d.subtract(BigDecimal.valueOf(1, 2))));
  }

  private static Arbitrary<Money> positiveMoney() {
    return decimals(2, true).map(Money::of);
  }

  static Arbitrary<Lot> lots() {
    return Combinators.combine(holdingRefs(), lotParts()).as(DomainArbitraries::lot);
  }

  /** A lot's date, units, cost and source, to be attached to a holding. */
  private static Arbitrary<List<Object>> lotParts() {
    return Combinators.combine(dates(FIRST_DATE, LAST_DATE), positiveUnits(), nonNegativeMoney(),
            transactionIds())
        .as(List::<Object>of);
  }

  private static Lot lot(HoldingRef ref, List<Object> parts) {
    return new Lot(ref.scheme(), ref.folio(), (LocalDate) parts.get(0), (Units) parts.get(1),
        (Money) parts.get(2), (TransactionId) parts.get(3));
  }

  /** Holdings without lots, and holdings whose units and cost are the sums of their lots. */
  static Arbitrary<Holding> holdings() {
    Arbitrary<Units> units = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Units.ZERO)), Tuple.of(4, positiveUnits()));
    Arbitrary<Holding> bare = Combinators.combine(holdingRefs(), units, nonNegativeMoney())
        .as((ref, u, cost) -> Holding.builder().scheme(ref.scheme()).folio(ref.folio())
            .units(u).cost(cost).build());
    Arbitrary<Holding> withLots = Combinators.combine(holdingRefs(),
            lotParts().list().ofMinSize(1).ofMaxSize(4))
        .as((ref, parts) -> {
          List<Lot> lots = parts.stream().map(p -> lot(ref, p)).toList();
          return Holding.builder().scheme(ref.scheme()).folio(ref.folio())
              .units(lots.stream().map(Lot::units).reduce(Units.ZERO, Units::plus))
              .cost(lots.stream().map(Lot::cost).reduce(Money.ZERO, Money::plus))
              .lots(lots).build();
        });
    // The lists of lots multiply the edge cases into thousands: random values cover them.
    return Arbitraries.oneOf(bare, withLots.withoutEdgeCases());
  }

  /** Transactions of every type, each with the amount, units, NAV and reversal its type allows. */
  static Arbitrary<Transaction> transactions() {
    // One arbitrary per type, built once: jqwik keeps its generators with the arbitrary.
    List<Arbitrary<Transaction>> perType = new java.util.ArrayList<>();
    for (TransactionType type : TransactionType.values()) {
      perType.add(transactionsOf(type));
    }
    return Arbitraries.oneOf(perType);
  }

  private static Arbitrary<Transaction> transactionsOf(TransactionType type) {
    Arbitrary<Money> amount = type.requiresPositiveAmount() ? positiveMoney() : nonNegativeMoney();
    Arbitrary<Optional<in.lumpsum.core.money.Nav>> nav =
        type.isCharge() ? Arbitraries.just(Optional.empty()) : navs().optional(0.7);
    Arbitrary<Units> units = type.movesUnits() || type == TransactionType.REVERSAL
        ? positiveUnits() : Arbitraries.just(Units.ZERO);
    Arbitrary<Optional<TransactionId>> reverses = type == TransactionType.REVERSAL
        ? transactionIds().map(Optional::of) : Arbitraries.just(Optional.empty());
    Arbitrary<Transaction.Builder> builders = Builders.withBuilder(Transaction::builder)
        .use(transactionIds()).in((b, v) -> b.id(v))
        .use(schemeCodes()).in((b, v) -> b.schemeCode(v))
        .use(folioKeys()).in((b, v) -> b.folio(v))
        .use(dates(FIRST_DATE, LAST_DATE)).in((b, v) -> b.tradeDate(v))
        .use(amount).in((b, v) -> b.amount(v))
        .use(units.optional(0.9)).in((b, v) -> {
          v.ifPresent(b::units);
          return b;
        })
        .use(nav).in((b, v) -> b.nav(v))
        .use(reverses).in((b, v) -> b.reverses(v))
        .use(text(500).optional(0.5)).in((b, v) -> b.description(v))
        .build(b -> b.type(type));
    // A reversal of itself, and a NAV without units, are the type's own rejections.
    return builders.filter(DomainArbitraries::builds).map(Transaction.Builder::build);
  }

  private static boolean builds(Transaction.Builder b) {
    try {
      b.build();
      return true;
    } catch (RuntimeException invalid) {
      return false;
    }
  }

  static Arbitrary<Portfolio> portfolios() {
    return Builders.withBuilder(Portfolio::builder)
        .use(portfolioIds()).in((b, v) -> b.id(v))
        .use(investorIds()).in((b, v) -> b.owner(v))
        .use(text(200)).in((b, v) -> b.name(v))
        .use(Arbitraries.longs().between(0, Long.MAX_VALUE).optional(0.8)).in((b, v) -> {
          v.ifPresent(b::version);
          return b;
        })
        .use(transactions().list().ofMaxSize(4).uniqueElements(Transaction::id))
        .in((b, v) -> b.transactions(v))
        .build(Portfolio.Builder::build);
  }

  static Arbitrary<Goal> goals() {
    return Builders.withBuilder(Goal::builder)
        .use(goalIds()).in((b, v) -> b.id(v))
        .use(investorIds()).in((b, v) -> b.investorId(v))
        .use(text(200)).in((b, v) -> b.name(v))
        .use(positiveMoney()).in((b, v) -> b.targetAmount(v))
        .use(Combinators.combine(dates(FIRST_DATE, LAST_DATE), Arbitraries.integers().between(1, 20_000))
            .as((created, days) -> List.of(created, created.plusDays(days))))
        .in((b, v) -> b.createdOn(v.get(0)).targetDate(v.get(1)))
        // Any scale: the goal strips trailing zeros, and the JSON keeps what it holds.
        .use(fractions()).in((b, v) -> b.inflation(v))
        .use(Arbitraries.of(GoalPriority.class)).in((b, v) -> b.priority(v))
        .use(holdingRefs().set().ofMaxSize(3)).in((b, v) -> b.linkedHoldings(v))
        .build(Goal.Builder::build);
  }

  /** Fractions from 0 to 1 with up to six decimals and trailing zeros. */
  private static Arbitrary<BigDecimal> fractions() {
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, 3))
        .as((millionths, zeros) -> BigDecimal.valueOf(millionths, 6).setScale(6 + zeros));
  }

  static Arbitrary<Investor> investors() {
    Arbitrary<String> emails = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withChars(".+_").ofMinLength(1).ofMaxLength(20),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20))
        .as((user, domain) -> user + "@" + domain + ".in");
    return Builders.withBuilder(Investor::builder)
        .use(investorIds()).in((b, v) -> b.id(v))
        .use(text(200)).in((b, v) -> b.displayName(v))
        .use(emails.optional(0.6)).in((b, v) -> b.email(v))
        .use(Arbitraries.of(Role.class).set().ofMinSize(1).optional(0.7)).in((b, v) -> {
          v.ifPresent(b::roles);
          return b;
        })
        .use(instants(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z")))
        .in((b, v) -> b.createdAt(v))
        .use(investorIds().optional(0.3)).in((b, v) -> b.advisor(v))
        .build(b -> b)
        .filter(b -> {
          try {
            b.build();
            return true;
          } catch (RuntimeException selfAdvised) {
            return false;
          }
        })
        .map(Investor.Builder::build);
  }

  static Arbitrary<Pan> pans() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(5),
            Arbitraries.strings().numeric().ofLength(4),
            Arbitraries.chars().range('A', 'Z'))
        .as((letters, digits, last) -> Pan.parse(letters + digits + last));
  }

  static Arbitrary<Preferences> preferences() {
    return Builders.withBuilder(Preferences::builder)
        .use(Arbitraries.of(Plan.class).optional(0.7)).in((b, v) -> {
          v.ifPresent(b::preferredPlan);
          return b;
        })
        .use(amcs().set().ofMaxSize(3)).in((b, v) -> b.excludedAmcs(v))
        .use(Arbitraries.of(true, false).optional(0.7)).in((b, v) -> {
          v.ifPresent(b::wantsElss);
          return b;
        })
        .use(Arbitraries.of(NotificationTopic.class).set()).in((b, v) -> b.notifications(v))
        .build(Preferences.Builder::build);
  }

  static Arbitrary<InvestorProfile> investorProfiles() {
    return Builders.withBuilder(InvestorProfile::builder)
        .use(investorIds()).in((b, v) -> b.investorId(v))
        .use(dates(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 1)).optional(0.6))
        .in((b, v) -> b.dateOfBirth(v))
        .use(pans().optional(0.5)).in((b, v) -> b.pan(v))
        .use(nonNegativeMoney().optional(0.5)).in((b, v) -> b.annualIncome(v))
        .use(fractions().optional(0.5)).in((b, v) -> b.taxSlabRate(v))
        .use(Arbitraries.of(RiskProfile.class)).in((b, v) -> b.riskProfile(v))
        .use(Arbitraries.integers().between(0, InvestorProfile.MAX_HORIZON_YEARS))
        .in((b, v) -> b.horizonYears(v))
        .use(preferences().optional(0.5)).in((b, v) -> {
          v.ifPresent(b::preferences);
          return b;
        })
        .build(InvestorProfile.Builder::build);
  }

  static Arbitrary<NavRecord> navRecords() {
    return Combinators.combine(schemeCodes(), dates(FIRST_DATE, LAST_DATE), navs()).as(NavRecord::new);
  }

  static Arbitrary<NavCorrection> navCorrections() {
    return Combinators.combine(schemeCodes(), dates(FIRST_DATE, LAST_DATE), navs(), navs())
        .filter((code, date, previous, current) -> !previous.equals(current))
        .as(NavCorrection::new);
  }

  static Arbitrary<NavUpsertResult> navUpsertResults() {
    return Combinators.combine(Arbitraries.integers().greaterOrEqual(0),
            navCorrections().list().ofMaxSize(3), Arbitraries.integers().greaterOrEqual(0))
        .as(NavUpsertResult::new);
  }

  static Arbitrary<SchemeUpsertResult> schemeUpsertResults() {
    return Combinators.combine(schemeCodes().list().ofMaxSize(4), schemeCodes().list().ofMaxSize(4),
            Arbitraries.integers().greaterOrEqual(0))
        .as(SchemeUpsertResult::new);
  }

  /** Every kind of domain event, with valid values. */
  static Arbitrary<DomainEvent> domainEvents() {
    Arbitrary<Instant> at =
        instants(Instant.parse("2006-04-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
    Arbitrary<LocalDate> dates = dates(FIRST_DATE, LAST_DATE);
    Arbitrary<SchemeCode> codes = schemeCodes();
    Arbitrary<String> words = text(60);
    Arbitrary<String> details = Arbitraries.oneOf(Arbitraries.just(""), text(200));
    Arbitrary<Money> positive = ModelArbitraries.money().filter(m -> m.signum() > 0);
    Arbitrary<Severity> severities = Arbitraries.of(Severity.class);
    List<Arbitrary<? extends DomainEvent>> kinds = List.of(
        Combinators.combine(codes, dates, navs(), at).as(NavPublished::new),
        Combinators.combine(codes, dates, navs(), navs(), at)
            .filter((c, d, o, n, t) -> !o.equals(n)).as(NavCorrected::new),
        Combinators.combine(codes, words, at).as(SchemeAdded::new),
        Combinators.combine(codes, words, words, at).filter((c, o, n, t) -> !o.equals(n))
            .as(SchemeRenamed::new),
        Combinators.combine(codes, dates, Arbitraries.integers().between(1, 10_000), at)
            .as(SchemeStale::new),
        Combinators.combine(words, words, words, details, at).filter((s, o, n, d, t) -> !o.equals(n))
            .as(FeedFormatChanged::new),
        Combinators.combine(words, words, details, severities, at).as(DataQualityAlert::new),
        Combinators.combine(investorIds(), goalIds(), words, positive, dates, at).as(GoalCreated::new),
        Combinators.combine(investorIds(), goalIds(), positive, at).as(GoalReached::new),
        Combinators.combine(investorIds(), portfolioIds(), Arbitraries.longs().greaterOrEqual(0), words,
            at).as(PortfolioChanged::new),
        Combinators.combine(investorIds(), portfolioIds(), fractions(), details, at)
            .as(RebalanceNeeded::new),
        Combinators.combine(investorIds(), words, details, severities, at).as(RiskAlert::new),
        Combinators.combine(investorIds(), at).as(InvestorSignedUp::new));
    return Arbitraries.oneOf(kinds);
  }
}
