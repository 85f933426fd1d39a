package in.lumpsum.funds.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeLineageStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.store.spi.NavRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemeDirectoryTest {

  private static final Amc KAVERI = Amc.of("Kaveri Mutual Fund");
  private static final Amc NARMADA = Amc.of("Narmada Mutual Fund");
  private static final LocalDate FRI = LocalDate.of(2026, 8, 14);

  private final InMemorySchemeStore schemes = new InMemorySchemeStore();
  private final InMemoryNavStore navs = new InMemoryNavStore();
  private final SchemeDirectory directory = SchemeDirectory.of(schemes, navs, StalenessPolicy.of(3, 20));

  private static String isin(int n) {
    String body = String.format("INF9KV02%03d", n);
    return body + Isin.checkDigit(body);
  }

  private static Scheme scheme(int code, Amc amc, String name, Plan plan, SchemeOption option,
      SebiCategory category, int isin) {
    return Scheme.builder().code(SchemeCode.of(code)).amc(amc).name(name).plan(plan).option(option)
        .category(category).isinGrowthOrPayout(Isin.parse(isin(isin)))
        .isinReinvestment(Isin.parse(isin(isin + 1))).build();
  }

  @BeforeEach
  void load() {
    schemes.putAll(List.of(
        scheme(900201, KAVERI, "Kaveri Flexi Cap Fund - Direct Plan - Growth", Plan.DIRECT,
            SchemeOption.GROWTH, SebiCategory.FLEXI_CAP, 10),
        scheme(900202, KAVERI, "Kaveri Flexi Cap Fund - Regular Plan - IDCW", Plan.REGULAR,
            SchemeOption.idcw(OptionType.IDCW_PAYOUT, in.lumpsum.core.scheme.IdcwFrequency.MONTHLY),
            SebiCategory.FLEXI_CAP, 20),
        scheme(900203, KAVERI, "Kaveri Liquid Fund", Plan.DIRECT, SchemeOption.GROWTH,
            SebiCategory.LIQUID, 30),
        scheme(900204, KAVERI, "Kaveri Liquid Plus Arbitrage Fund of Funds", Plan.DIRECT,
            SchemeOption.GROWTH, SebiCategory.FOF_DOMESTIC, 40),
        scheme(900205, NARMADA, "Narmada Large & Midcap Fund - Direct - Growth", Plan.DIRECT,
            SchemeOption.GROWTH, SebiCategory.LARGE_AND_MID_CAP, 50),
        scheme(900206, NARMADA, "Narmada Gilt Fund", Plan.REGULAR, SchemeOption.GROWTH,
            SebiCategory.GILT, 60)));
    navs.upsert(List.of(
        NavRecord.of(SchemeCode.of(900201), FRI, Nav.parse("10")),
        NavRecord.of(SchemeCode.of(900202), FRI.minusDays(3), Nav.parse("10")),
        NavRecord.of(SchemeCode.of(900203), FRI.minusDays(60), Nav.parse("10"))));
  }

  @Test
  void lookup_byCodeEitherIsinOrText() {
    assertThat(directory.find(SchemeCode.of(900203))).map(Scheme::name).contains("Kaveri Liquid Fund");
    assertThat(directory.findByIsin(Isin.parse(isin(30)))).map(s -> s.code().value()).contains(900203);
    assertThat(directory.findByIsin(Isin.parse(isin(31)))).map(s -> s.code().value()).contains(900203);
    assertThat(directory.lookup(" 900205 ")).map(s -> s.code().value()).contains(900205);
    assertThat(directory.lookup(isin(51).toLowerCase())).map(s -> s.code().value()).contains(900205);
    assertThat(directory.lookup("999999")).isEmpty();
    assertThatThrownBy(() -> directory.lookup("INF-not-an-isin"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(directory.size()).isEqualTo(6);
  }

  @Test
  void search_forgivesCasePunctuationAndNoise() {
    assertThat(codes(directory.search(SchemeQuery.of("KAVERI flexi-cap FUND plan")))).containsExactlyInAnyOrder(
        900201, 900202);
    assertThat(codes(directory.search(SchemeQuery.of("large and mid cap")))).containsExactly(900205);
    assertThat(codes(directory.search(SchemeQuery.of("midcap")))).containsExactly(900205);
    assertThat(directory.search(SchemeQuery.of("kaveri zzz"))).isEmpty();
  }

  @Test
  void search_ranksExactAndShorterNamesFirst() {
    assertThat(codes(directory.search(SchemeQuery.of("kaveri liquid")))).containsExactly(900203, 900204);
    assertThat(codes(directory.search(SchemeQuery.of("liq")))).containsExactly(900203, 900204);
    // "direct growth" match the plan and option, not only the name.
    assertThat(codes(directory.search(SchemeQuery.of("flexi direct growth")))).containsExactly(900201);
    assertThat(codes(directory.search(SchemeQuery.of("flexi monthly idcw")))).containsExactly(900202);
  }

  @Test
  void search_filters() {
    assertThat(codes(directory.search(SchemeQuery.of("").withAmc("narmada")))).containsExactly(900206,
        900205);
    assertThat(codes(directory.search(SchemeQuery.of("flexi").withPlan(Plan.REGULAR))))
        .containsExactly(900202);
    assertThat(codes(directory.search(SchemeQuery.of("kaveri").withOption(OptionType.IDCW_PAYOUT))))
        .containsExactly(900202);
    assertThat(codes(directory.search(SchemeQuery.of("").withCategory(SebiCategory.GILT))))
        .containsExactly(900206);
    assertThat(directory.search(SchemeQuery.of("").withLimit(2))).hasSize(2);
    assertThatThrownBy(() -> SchemeQuery.of("x").withLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void search_seesSchemesChangedInTheStore() {
    assertThat(directory.search(SchemeQuery.of("gilt"))).hasSize(1);
    schemes.put(Scheme.builder().from(schemes.find(SchemeCode.of(900206)).orElseThrow())
        .name("Narmada Government Securities Fund").build());
    assertThat(directory.search(SchemeQuery.of("gilt"))).isEmpty();
    assertThat(codes(directory.search(SchemeQuery.of("government")))).containsExactly(900206);
  }

  @Test
  void lineage_recordsRenamesInOrder() {
    SchemeCode c = SchemeCode.of(900206);
    directory.recordNameChange(new NameChange(c, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI));
    directory.recordNameChange(new NameChange(c, "Narmada G-Sec Fund", "Narmada Gilt Fund", FRI.plusDays(3)));
    assertThat(directory.lineage(c)).extracting(NameChange::newName)
        .containsExactly("Narmada G-Sec Fund", "Narmada Gilt Fund");
    assertThat(directory.lineage(SchemeCode.of(900201))).isEmpty();
    assertThat(directory.allNameChanges()).hasSize(2);
    assertThatThrownBy(() -> new NameChange(c, "A", "A", FRI)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lineage_sameRenameTwice_isRecordedOnce() {
    SchemeCode c = SchemeCode.of(900206);
    NameChange change = new NameChange(c, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI);
    directory.recordNameChange(change);
    directory.recordNameChange(new NameChange(c, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI));
    assertThat(directory.lineage(c)).containsExactly(change);
  }

  @Test
  void lineage_isByDateThenOrderRecorded_andAllByCode() {
    SchemeCode a = SchemeCode.of(900201);
    SchemeCode b = SchemeCode.of(900206);
    NameChange bLate = new NameChange(b, "Narmada G-Sec Fund", "Narmada Gilt Fund", FRI.plusDays(3));
    NameChange bEarly = new NameChange(b, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI);
    NameChange aOnly = new NameChange(a, "Kaveri Flexi Cap", "Kaveri Flexi Cap Fund", FRI.plusDays(5));
    directory.recordNameChange(bLate);
    directory.recordNameChange(aOnly);
    directory.recordNameChange(bEarly);
    assertThat(directory.lineage(b)).containsExactly(bEarly, bLate);
    assertThat(directory.allNameChanges()).containsExactly(aOnly, bEarly, bLate);
  }

  @Test
  void lineage_inAStore_outlivesTheDirectory() {
    InMemorySchemeLineageStore store = new InMemorySchemeLineageStore();
    SchemeCode c = SchemeCode.of(900206);
    NameChange change = new NameChange(c, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI);
    SchemeDirectory.of(schemes, navs, StalenessPolicy.of(3, 20), store).recordNameChange(change);

    assertThat(store.lineage(c))
        .containsExactly(new SchemeRename(c, "Narmada Gilt Fund", "Narmada G-Sec Fund", FRI));
    // A restart: a new directory over the same store sees the rename.
    SchemeDirectory restarted = SchemeDirectory.of(schemes, navs, StalenessPolicy.of(3, 20), store);
    assertThat(restarted.lineage(c)).containsExactly(change);
    assertThat(restarted.allNameChanges()).containsExactly(change);
    // The default directory keeps its lineage to itself.
    assertThat(directory.lineage(c)).isEmpty();
  }

  @Test
  void of_nullLineageStore_isRefusedNamingIt() {
    assertThatThrownBy(() -> SchemeDirectory.of(schemes, navs, StalenessPolicy.DEFAULT, null))
        .isInstanceOf(NullPointerException.class).hasMessage("lineage");
  }

  @Test
  void health_staleAndDeadByBusinessDays() {
    LocalDate wed = FRI.plusDays(5);
    // Fri -> Wed: Mon, Tue, Wed = 3 business days.
    assertThat(directory.health(SchemeCode.of(900201), wed)).hasValueSatisfying(h -> {
      assertThat(h.businessDaysWithoutNav()).isEqualTo(3);
      assertThat(h.status()).isEqualTo(SchemeStatus.STALE);
      assertThat(h.lastNavDate()).contains(FRI);
    });
    assertThat(directory.health(SchemeCode.of(900201), FRI.plusDays(3)).orElseThrow().status())
        .isEqualTo(SchemeStatus.ACTIVE);
    assertThat(directory.health(SchemeCode.of(900203), FRI).orElseThrow().status())
        .isEqualTo(SchemeStatus.DEAD);
    assertThat(directory.health(SchemeCode.of(900206), FRI).orElseThrow().status())
        .isEqualTo(SchemeStatus.NO_NAV);
    assertThat(directory.health(SchemeCode.of(1), FRI)).isEmpty();
    assertThat(directory.unhealthy(FRI)).extracting(h -> h.scheme().code().value())
        .containsExactly(900202, 900203, 900204, 900205, 900206);
  }

  @Test
  void stalenessPolicy_businessDaysSkipWeekendsAndHolidays() {
    StalenessPolicy p = StalenessPolicy.of(3, 20);
    LocalDate mon = FRI.plusDays(3);
    assertThat(p.businessDaysBetween(FRI, mon)).isEqualTo(1);
    assertThat(p.businessDaysBetween(FRI, FRI.plusDays(1))).isZero();
    assertThat(p.businessDaysBetween(FRI, FRI)).isZero();
    assertThat(p.businessDaysBetween(mon, FRI)).isZero();
    assertThat(p.businessDaysBetween(FRI, FRI.plusDays(28))).isEqualTo(20);
    // 15 August (Independence Day) is a Saturday in 2026; make Monday 17th a holiday.
    StalenessPolicy h = p.withHolidays(Set.of(mon, FRI.plusDays(1)));
    assertThat(h.businessDaysBetween(FRI, mon)).isZero();
    assertThat(h.businessDaysBetween(FRI, mon.plusDays(1))).isEqualTo(1);
    assertThat(h.isBusinessDay(mon)).isFalse();
    assertThat(h.isBusinessDay(mon.plusDays(1))).isTrue();
    for (int days = 0; days < 40; days++) {
      int walked = 0;
      for (LocalDate d = FRI.plusDays(1); !d.isAfter(FRI.plusDays(days)); d = d.plusDays(1)) {
        walked += h.isBusinessDay(d) ? 1 : 0;
      }
      assertThat(h.businessDaysBetween(FRI, FRI.plusDays(days))).as("days %d", days).isEqualTo(walked);
    }
    assertThatThrownBy(() -> StalenessPolicy.of(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("staleAfter");
    assertThatThrownBy(() -> StalenessPolicy.of(5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadAfter");
  }

  private static List<Integer> codes(List<SearchHit> hits) {
    return hits.stream().map(h -> h.scheme().code().value()).toList();
  }
}
