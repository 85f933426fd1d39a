package in.lumpsum.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Pan;
import in.lumpsum.core.investor.Preferences;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.FolioNumber;
import in.lumpsum.core.portfolio.Holding;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Lot;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.IsinField;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.store.spi.NavRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round-trip properties of the standard codec for every public model type: reading what was written
 * gives an equal value, and writing what was read gives the same JSON text (the format is stable).
 */
class JsonCodecPropertyTest {

  private final JsonCodec codec = JsonCodec.standard();

  /** Writes, reads back, and writes again: equal value, identical text. Returns the JSON. */
  private String assertRoundTrip(Object value, Class<?> type) {
    String json = codec.toJson(value);
    Object back = codec.fromJson(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(codec.toJson(back)).isEqualTo(json);
    return json;
  }

  @Property
  void schemeCode_roundTripsAsJsonNumber(@ForAll("schemeCodes") SchemeCode code) {
    assertThat(assertRoundTrip(code, SchemeCode.class)).isEqualTo(Integer.toString(code.value()));
  }

  @Property
  void isin_roundTripsAsJsonString(@ForAll("isins") Isin isin) {
    assertThat(assertRoundTrip(isin, Isin.class)).isEqualTo('"' + isin.value() + '"');
  }

  @Property
  void amc_roundTrips(@ForAll("amcs") Amc amc) {
    assertRoundTrip(amc, Amc.class);
  }

  @Property
  void money_roundTripsAsStringWithTwoDecimals(@ForAll("money") Money money) {
    String json = assertRoundTrip(money, Money.class);
    assertThat(json).isEqualTo('"' + money.amount().toPlainString() + '"');
    assertThat(codec.fromJson(json, Money.class).amount().scale()).isEqualTo(Money.SCALE);
  }

  @Property
  void units_roundTripAsStringWithThreeDecimals(@ForAll("units") Units units) {
    String json = assertRoundTrip(units, Units.class);
    assertThat(json).isEqualTo('"' + units.value().toPlainString() + '"');
    assertThat(codec.fromJson(json, Units.class).value().scale()).isEqualTo(Units.SCALE);
  }

  @Property
  void nav_roundTripsWithEveryDecimalUpToEight(@ForAll("navs") Nav nav) {
    String json = assertRoundTrip(nav, Nav.class);
    assertThat(json).isEqualTo('"' + nav.value().toPlainString() + '"');
    assertThat(codec.fromJson(json, Nav.class).value()).isEqualByComparingTo(nav.value());
  }

  @Property
  void nav_readFromJsonNumber_isExact(@ForAll("navs") Nav nav) {
    assertThat(codec.fromJson(nav.value().toPlainString(), Nav.class)).isEqualTo(nav);
  }

  @Property
  void enum_roundTripsByName(@ForAll("enums") Enum<?> value) {
    assertThat(assertRoundTrip(value, value.getDeclaringClass())).isEqualTo('"' + value.name() + '"');
  }

  @Property
  void schemeOption_roundTrips(@ForAll("schemeOptions") SchemeOption option) {
    assertRoundTrip(option, SchemeOption.class);
  }

  @Property
  void scheme_roundTrips(@ForAll("schemes") Scheme scheme) {
    String json = assertRoundTrip(scheme, Scheme.class);
    assertThat(json.contains("\"isinGrowthOrPayout\"")).isEqualTo(scheme.isinGrowthOrPayout().isPresent());
    assertThat(json.contains("\"category\"")).isEqualTo(scheme.category().isPresent());
  }

  @Property(tries = 200)
  void schemeList_roundTrips(@ForAll("schemeLists") List<Scheme> schemes) {
    String json = codec.toJson(schemes);
    List<Scheme> back = codec.listFromJson(json, Scheme.class);
    assertThat(back).isEqualTo(schemes);
    assertThat(codec.toJson(back)).isEqualTo(json);
  }

  @Property(tries = 200)
  void scheme_roundTripsThroughStreams(@ForAll("schemes") Scheme scheme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(scheme, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(codec.toJson(scheme));
    assertThat(codec.read(new ByteArrayInputStream(out.toByteArray()), Scheme.class)).isEqualTo(scheme);
  }

  @Property
  void isinField_roundTrips(@ForAll("isinFields") IsinField field) {
    assertRoundTrip(field, IsinField.class);
  }

  @Property
  void recordWithDatesAndOptionals_roundTrips(@ForAll("stamped") Stamped stamped) {
    String json = assertRoundTrip(stamped, Stamped.class);
    assertThat(json).contains("\"date\":\"" + stamped.date() + "\"")
        .contains("\"at\":\"" + stamped.at() + "\"")
        .doesNotContain("late", "label");
  }

  @Property(tries = 500)
  void sealedMember_roundTripsThroughTheSealedType(@ForAll("events") Event event) {
    String json = assertRoundTrip(event, Event.class);
    String typeId = event instanceof Memo ? "Memo" : event.getClass().getSimpleName();
    assertThat(json).startsWith("{\"type\":\"" + typeId + "\"");
    // Read into the member's own class too.
    Class<? extends Event> own = event instanceof Memo ? Memo.class : event.getClass();
    assertThat(codec.fromJson(json, own)).isEqualTo(event);
  }

  @Property(tries = 200)
  void sealedMemberList_roundTripsWrittenAsAPlainList(@ForAll("eventLists") List<Event> events) {
    // Written as a List<Object> at the root: each element still carries its type id.
    String json = codec.toJson(events);
    List<Event> back = codec.listFromJson(json, Event.class);
    assertThat(back).isEqualTo(events);
    assertThat(codec.toJson(back)).isEqualTo(json);
  }

  // Portfolio, investor, goal and store values (in.lumpsum.core.{portfolio,investor,goal,store.spi}):
  // mapped by the same conventions, with no registration.

  @Property
  void domainEnum_roundTripsByName(@ForAll("domainEnums") Enum<?> value) {
    assertThat(assertRoundTrip(value, value.getDeclaringClass())).isEqualTo('"' + value.name() + '"');
  }

  @Property
  void identifiers_roundTripAsJsonStrings(@ForAll("identifiers") Record id) {
    String json = assertRoundTrip(id, id.getClass());
    assertThat(json).startsWith("\"").endsWith("\"");
  }

  @Property
  void folioNumber_roundTripsUnmasked(@ForAll("folioNumbers") FolioNumber number) {
    // The JSON carries the number itself: toString() masks it, the JSON must not.
    assertThat(assertRoundTrip(number, FolioNumber.class)).isEqualTo('"' + number.value() + '"');
  }

  @Property
  void holdingRef_roundTrips(@ForAll("holdingRefs") HoldingRef ref) {
    assertRoundTrip(ref, HoldingRef.class);
    assertRoundTrip(ref.folio(), FolioKey.class);
  }

  @Property
  void lot_roundTrips(@ForAll("lots") Lot lot) {
    assertThat(assertRoundTrip(lot, Lot.class)).doesNotContain("\"holding\"");
  }

  @Property(tries = 500)
  void holding_roundTrips(@ForAll("holdings") Holding holding) {
    assertThat(assertRoundTrip(holding, Holding.class)).doesNotContain("\"ref\"");
  }

  @Property(tries = 500)
  void transaction_roundTrips(@ForAll("transactions") Transaction transaction) {
    String json = assertRoundTrip(transaction, Transaction.class);
    assertThat(json.contains("\"nav\"")).isEqualTo(transaction.nav().isPresent());
    assertThat(json).doesNotContain("\"holding\"");
  }

  @Property(tries = 300)
  void portfolio_roundTrips(@ForAll("portfolios") Portfolio portfolio) {
    // Derived views (holdings(), folios()) are not attributes and are not written.
    assertThat(assertRoundTrip(portfolio, Portfolio.class)).doesNotContain("\"holdings\"", "\"folios\"");
  }

  @Property(tries = 300)
  void goal_roundTrips(@ForAll("goals") Goal goal) {
    assertRoundTrip(goal, Goal.class);
  }

  @Property(tries = 300)
  void investor_roundTrips(@ForAll("investors") Investor investor) {
    assertRoundTrip(investor, Investor.class);
  }

  @Property
  void pan_roundTripsUnmasked(@ForAll("pans") Pan pan) {
    assertThat(assertRoundTrip(pan, Pan.class)).isEqualTo('"' + pan.value() + '"');
  }

  @Property(tries = 300)
  void preferences_roundTrip(@ForAll("preferences") Preferences preferences) {
    assertRoundTrip(preferences, Preferences.class);
  }

  @Property(tries = 300)
  void investorProfile_roundTrips(@ForAll("investorProfiles") InvestorProfile profile) {
    assertRoundTrip(profile, InvestorProfile.class);
  }

  @Property
  void navRecord_roundTrips(@ForAll("navRecords") NavRecord record) {
    assertRoundTrip(record, NavRecord.class);
  }

  @Property(tries = 300)
  void upsertResults_roundTrip(@ForAll("upsertResults") Record result) {
    assertRoundTrip(result, result.getClass());
  }

  // Domain events (in.lumpsum.core.event): the sealed DomainEvent, found through its permitted
  // subclasses with no registration.

  @Property
  void domainEvent_roundTripsThroughTheSealedInterface(@ForAll("domainEvents") DomainEvent event) {
    String json = assertRoundTrip(event, DomainEvent.class);
    assertThat(json).startsWith("{\"type\":\"" + event.getClass().getSimpleName() + "\",");
    assertThat(codec.fromJson(json, event.getClass())).isEqualTo(event);
  }

  @Property(tries = 200)
  void domainEventList_roundTrips(@ForAll("domainEventLists") List<DomainEvent> events) {
    String json = codec.toJson(events);
    List<DomainEvent> back = codec.listFromJson(json, DomainEvent.class);
    assertThat(back).isEqualTo(events);
    assertThat(codec.toJson(back)).isEqualTo(json);
  }

  @Provide
  Arbitrary<SchemeCode> schemeCodes() {
    return ModelArbitraries.schemeCodes();
  }

  @Provide
  Arbitrary<Isin> isins() {
    return ModelArbitraries.isins();
  }

  @Provide
  Arbitrary<Amc> amcs() {
    return ModelArbitraries.amcs();
  }

  @Provide
  Arbitrary<Money> money() {
    return ModelArbitraries.money();
  }

  @Provide
  Arbitrary<Units> units() {
    return ModelArbitraries.units();
  }

  @Provide
  Arbitrary<Nav> navs() {
    return ModelArbitraries.navs();
  }

  @Provide
  Arbitrary<Enum<?>> enums() {
    return ModelArbitraries.enums();
  }

  @Provide
  Arbitrary<SchemeOption> schemeOptions() {
    return ModelArbitraries.schemeOptions();
  }

  @Provide
  Arbitrary<Scheme> schemes() {
    return ModelArbitraries.schemes();
  }

  @Provide
  Arbitrary<List<Scheme>> schemeLists() {
    return ModelArbitraries.schemes().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<IsinField> isinFields() {
    return ModelArbitraries.isinFields();
  }

  @Provide
  Arbitrary<Stamped> stamped() {
    return ModelArbitraries.stamped();
  }

  @Provide
  Arbitrary<Event> events() {
    return ModelArbitraries.events();
  }

  @Provide
  Arbitrary<List<Event>> eventLists() {
    return ModelArbitraries.events().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Enum<?>> domainEnums() {
    return DomainArbitraries.enums();
  }

  @Provide
  Arbitrary<Record> identifiers() {
    return Arbitraries.oneOf(DomainArbitraries.investorIds(), DomainArbitraries.portfolioIds(),
        DomainArbitraries.transactionIds(), DomainArbitraries.goalIds());
  }

  @Provide
  Arbitrary<FolioNumber> folioNumbers() {
    return DomainArbitraries.folioNumbers();
  }

  @Provide
  Arbitrary<HoldingRef> holdingRefs() {
    return DomainArbitraries.holdingRefs();
  }

  @Provide
  Arbitrary<Lot> lots() {
    return DomainArbitraries.lots();
  }

  @Provide
  Arbitrary<Holding> holdings() {
    return DomainArbitraries.holdings();
  }

  @Provide
  Arbitrary<Transaction> transactions() {
    return DomainArbitraries.transactions();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return DomainArbitraries.portfolios();
  }

  @Provide
  Arbitrary<Goal> goals() {
    return DomainArbitraries.goals();
  }

  @Provide
  Arbitrary<Investor> investors() {
    return DomainArbitraries.investors();
  }

  @Provide
  Arbitrary<Pan> pans() {
    return DomainArbitraries.pans();
  }

  @Provide
  Arbitrary<Preferences> preferences() {
    return DomainArbitraries.preferences();
  }

  @Provide
  Arbitrary<InvestorProfile> investorProfiles() {
    return DomainArbitraries.investorProfiles();
  }

  @Provide
  Arbitrary<NavRecord> navRecords() {
    return DomainArbitraries.navRecords();
  }

  @Provide
  Arbitrary<Record> upsertResults() {
    return Arbitraries.oneOf(DomainArbitraries.navCorrections(), DomainArbitraries.navUpsertResults(),
        DomainArbitraries.schemeUpsertResults());
  }

  @Provide
  Arbitrary<DomainEvent> domainEvents() {
    return DomainArbitraries.domainEvents();
  }

  @Provide
  Arbitrary<List<DomainEvent>> domainEventLists() {
    return DomainArbitraries.domainEvents().list().ofMaxSize(6);
  }
}
