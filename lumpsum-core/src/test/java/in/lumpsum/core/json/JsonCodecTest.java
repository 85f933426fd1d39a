package in.lumpsum.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.RiskAlert;
import in.lumpsum.core.event.Severity;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Pan;
import in.lumpsum.core.investor.RiskProfile;
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
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.IsinField;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The JSON format of the standard codec, shown on examples, and its errors. */
class JsonCodecTest {

  private static final JsonCodec CODEC = JsonCodec.standard();

  /** AMFI 119551, with both ISIN columns filled. */
  private static final Scheme BANKING_PSU_IDCW = Scheme.builder()
      .code(SchemeCode.of(119551))
      .name("Aditya Birla Sun Life Banking & PSU Debt Fund - DIRECT - IDCW")
      .amc(Amc.of("Aditya Birla Sun Life Mutual Fund"))
      .isinGrowthOrPayout(Isin.parse("INF209KA12Z1"))
      .isinReinvestment(Isin.parse("INF209KA13Z9"))
      .plan(Plan.DIRECT)
      .option(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED))
      .category(SebiCategory.BANKING_AND_PSU)
      .structure(SchemeStructure.OPEN_ENDED)
      .build();

  private static final String BANKING_PSU_IDCW_JSON = "{\"code\":119551,"
      + "\"name\":\"Aditya Birla Sun Life Banking & PSU Debt Fund - DIRECT - IDCW\","
      + "\"amc\":\"Aditya Birla Sun Life Mutual Fund\","
      + "\"isinGrowthOrPayout\":\"INF209KA12Z1\","
      + "\"isinReinvestment\":\"INF209KA13Z9\","
      + "\"plan\":\"DIRECT\","
      + "\"option\":{\"type\":\"IDCW_PAYOUT\",\"frequency\":\"UNSPECIFIED\"},"
      + "\"category\":\"BANKING_AND_PSU\","
      + "\"structure\":\"OPEN_ENDED\"}";

  private static final String MINIMAL_JSON =
      "{\"code\":100027,\"name\":\"Grindlays Super Saver Income Fund-GSSIF-Half Yearly Dividend\","
          + "\"amc\":\"IDFC Mutual Fund\"}";

  @Test
  void standard_isOneSharedInstance() {
    assertThat(JsonCodec.standard()).isSameAs(JsonCodec.standard());
  }

  @Nested
  class SchemeFormat {

    @Test
    void toJson_scheme_writesEveryAttributeInDeclarationOrder() {
      assertThat(CODEC.toJson(BANKING_PSU_IDCW)).isEqualTo(BANKING_PSU_IDCW_JSON);
    }

    @Test
    void fromJson_scheme_readsItBack() {
      assertThat(CODEC.fromJson(BANKING_PSU_IDCW_JSON, Scheme.class)).isEqualTo(BANKING_PSU_IDCW);
    }

    @Test
    void toJson_schemeWithoutOptionals_omitsThemAndWritesDefaults() {
      Scheme scheme = CODEC.fromJson(MINIMAL_JSON, Scheme.class);

      assertThat(CODEC.toJson(scheme)).isEqualTo("{\"code\":100027,"
          + "\"name\":\"Grindlays Super Saver Income Fund-GSSIF-Half Yearly Dividend\","
          + "\"amc\":\"IDFC Mutual Fund\",\"plan\":\"REGULAR\","
          + "\"option\":{\"type\":\"GROWTH\",\"frequency\":\"NONE\"},\"structure\":\"OPEN_ENDED\"}");
    }

    @Test
    void fromJson_missingDefaultedAttributes_takeTheirDefaults() {
      Scheme scheme = CODEC.fromJson(MINIMAL_JSON, Scheme.class);

      assertThat(scheme.plan()).isEqualTo(Plan.REGULAR);
      assertThat(scheme.option()).isEqualTo(SchemeOption.GROWTH);
      assertThat(scheme.structure()).isEqualTo(SchemeStructure.OPEN_ENDED);
      assertThat(scheme.isinGrowthOrPayout()).isEmpty();
      assertThat(scheme.category()).isEmpty();
    }

    @Test
    void fromJson_nullProperties_readAsAbsent() {
      String json = "{\"code\":100027,\"name\":\"n\",\"amc\":\"IDFC Mutual Fund\","
          + "\"isinGrowthOrPayout\":null,\"plan\":null,\"category\":null}";

      Scheme scheme = CODEC.fromJson(json, Scheme.class);

      assertThat(scheme.isinGrowthOrPayout()).isEmpty();
      assertThat(scheme.plan()).isEqualTo(Plan.REGULAR);
      assertThat(scheme.category()).isEmpty();
    }

    @Test
    void fromJson_unknownProperties_areIgnoredForForwardCompatibility() {
      String json = "{\"code\":119551,\"launched\":\"2013-01-01\",\"name\":\"n\","
          + "\"amc\":\"Aditya Birla Sun Life Mutual Fund\",\"riskometer\":{\"level\":5,\"tags\":[1,2]},"
          + "\"option\":{\"type\":\"GROWTH\",\"frequency\":\"NONE\",\"since\":2021}}";

      Scheme scheme = CODEC.fromJson(json, Scheme.class);

      assertThat(scheme.code()).isEqualTo(SchemeCode.of(119551));
      assertThat(scheme.option()).isEqualTo(SchemeOption.GROWTH);
    }

    @Test
    void toJson_schemeName_isEscaped() {
      Scheme scheme = Scheme.builder().code(SchemeCode.of(1)).name("Quote \" backslash \\ tab \t ₹ 😀")
          .amc(Amc.of("A")).build();

      String json = CODEC.toJson(scheme);

      assertThat(json).contains("\"name\":\"Quote \\\" backslash \\\\ tab \\t ₹ 😀\"");
      assertThat(CODEC.fromJson(json, Scheme.class)).isEqualTo(scheme);
    }
  }

  @Nested
  class ScalarFormat {

    @Test
    void toJson_singleValueRecords_areScalars() {
      assertThat(CODEC.toJson(SchemeCode.of(119551))).isEqualTo("119551");
      assertThat(CODEC.toJson(Isin.parse("INF179K01BE2"))).isEqualTo("\"INF179K01BE2\"");
      assertThat(CODEC.toJson(Amc.of("  HDFC   Mutual Fund "))).isEqualTo("\"HDFC Mutual Fund\"");
    }

    @Test
    void toJson_decimals_areStringsKeepingTheirScale() {
      assertThat(CODEC.toJson(Money.parse("1234.5"))).isEqualTo("\"1234.50\"");
      assertThat(CODEC.toJson(Money.ofRupees(-7))).isEqualTo("\"-7.00\"");
      assertThat(CODEC.toJson(Units.parse("12.5"))).isEqualTo("\"12.500\"");
      assertThat(CODEC.toJson(Nav.parse("123.4567"))).isEqualTo("\"123.4567\"");
      assertThat(CODEC.toJson(Nav.parse("1000.12345678"))).isEqualTo("\"1000.12345678\"");
    }

    @Test
    void toJson_nav_writesTheDigitsItHoldsInPlainNotation() {
      assertThat(CODEC.toJson(Nav.parse("10.0000"))).isEqualTo("\"10\"");
      assertThat(CODEC.toJson(Nav.parse("0.00000001"))).isEqualTo("\"0.00000001\"");
      assertThat(CODEC.toJson(Nav.parse("1500"))).isEqualTo("\"1500\"");
    }

    @Test
    void fromJson_decimalsAsJsonNumbers_areReadExactly() {
      assertThat(CODEC.fromJson("1234.5", Money.class)).isEqualTo(Money.parse("1234.50"));
      assertThat(CODEC.fromJson("0.1", Nav.class).value()).isEqualTo(new BigDecimal("0.1"));
      assertThat(CODEC.fromJson("1e3", Units.class)).isEqualTo(Units.parse("1000"));
      assertThat(CODEC.fromJson("123.45678912", Nav.class).value())
          .isEqualTo(new BigDecimal("123.45678912"));
    }

    @Test
    void fromJson_moneyWithMorePaise_roundsAsTheConstructorDoes() {
      assertThat(CODEC.fromJson("\"10.005\"", Money.class)).isEqualTo(Money.parse("10.01"));
    }

    @Test
    void toJson_datesAndInstants_areIso8601() {
      Stamped stamped = new Stamped(LocalDate.of(2026, 8, 19),
          Instant.parse("2026-08-19T10:15:30.123456789Z"),
          Optional.of(Nav.parse("12.5")), OptionalLong.of(7));

      assertThat(CODEC.toJson(stamped)).isEqualTo("{\"date\":\"2026-08-19\","
          + "\"at\":\"2026-08-19T10:15:30.123456789Z\",\"nav\":\"12.5\",\"sequence\":7}");
    }

    @Test
    void toJson_record_writesComponentsOnlyAndOmitsEmptyOptionals() {
      Stamped stamped = new Stamped(LocalDate.of(2031, 1, 2), Instant.EPOCH, Optional.empty(),
          OptionalLong.empty());

      assertThat(CODEC.toJson(stamped))
          .isEqualTo("{\"date\":\"2031-01-02\",\"at\":\"1970-01-01T00:00:00Z\"}");
      assertThat(CODEC.fromJson("{\"date\":\"2031-01-02\",\"at\":\"1970-01-01T00:00:00Z\"}",
          Stamped.class)).isEqualTo(stamped);
    }

    @Test
    void toJson_isinField_omitsTheAbsentIsin() {
      assertThat(CODEC.toJson(IsinField.read("NOTAPP")))
          .isEqualTo("{\"status\":\"NOT_APPLICABLE\",\"raw\":\"NOTAPP\"}");
      assertThat(CODEC.toJson(IsinField.read("NF760K01GO7")))
          .isEqualTo("{\"status\":\"REPAIRED\",\"isin\":\"INF760K01GO7\",\"raw\":\"NF760K01GO7\"}");
    }

    @Test
    void toJson_mapKeyedBySingleValueRecord_usesItsText() {
      Map<SchemeCode, Money> amounts = new LinkedHashMap<>();
      amounts.put(SchemeCode.of(119551), Money.ofRupees(5000));
      amounts.put(SchemeCode.of(7), Money.parse("0.5"));
      Event.Batch batch = new Event.Batch(List.of(), amounts);

      String json = CODEC.toJson(batch);

      assertThat(json).isEqualTo(
          "{\"type\":\"Batch\",\"events\":[],\"amounts\":{\"119551\":\"5000.00\",\"7\":\"0.50\"}}");
      assertThat(CODEC.fromJson(json, Event.class)).isEqualTo(batch);
    }
  }

  @Nested
  class BuiltValues {

    private final Memo memo = Memo.builder()
        .title("rebalance")
        .addIsins(Isin.parse("INF179K01BE2"))
        .putUnits(SchemeCode.of(119551), Units.parse("10.5"))
        .addPlans(Plan.DIRECT)
        .priority(2)
        .rate(new BigDecimal("0.1200"))
        .cause(new Event.Note("drift"))
        .addRelated(new Event.Ping())
        .build();

    @Test
    void toJson_builtValue_writesAttributesOnly() {
      // Not written: the empty amount, the derived isinCount(), mentions(Isin) which takes a parameter.
      assertThat(CODEC.toJson(memo)).isEqualTo("{\"type\":\"Memo\",\"title\":\"rebalance\","
          + "\"isins\":[\"INF179K01BE2\"],\"units\":{\"119551\":\"10.500\"},\"plans\":[\"DIRECT\"],"
          + "\"priority\":2,\"version\":1,\"rate\":\"0.1200\","
          + "\"cause\":{\"type\":\"Note\",\"text\":\"drift\"},"
          + "\"related\":[{\"type\":\"Ping\"}]}");
    }

    @Test
    void fromJson_builtValue_readsThroughTheBuilder() {
      String json = CODEC.toJson(memo);

      assertThat(CODEC.fromJson(json, Memo.class)).isEqualTo(memo);
      assertThat(CODEC.fromJson(json, Event.class)).isEqualTo(memo);
    }

    @Test
    void fromJson_builtValueCheckFails_namesTheField() {
      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson("{\"title\":\"  \",\"rate\":\"1\"}", Memo.class));

      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("title");
    }
  }

  @Nested
  class DomainFormat {

    private final Transaction purchase = Transaction.builder()
        .id(TransactionId.of("t-1"))
        .schemeCode(SchemeCode.of(119551))
        .folio(FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89"))
        .type(TransactionType.PURCHASE)
        .tradeDate(LocalDate.of(2025, 4, 1))
        .amount(Money.ofRupees(5000))
        .units(Units.parse("123.456"))
        .nav(Nav.parse("40.5"))
        .build();

    @Test
    void toJson_portfolio_writesTransactionsButNotDerivedViews() {
      Portfolio portfolio = Portfolio.builder().id(PortfolioId.of("p-1")).owner(InvestorId.of("alice"))
          .name("Retirement").addTransactions(purchase).build();

      assertThat(CODEC.toJson(portfolio)).isEqualTo("{\"id\":\"p-1\",\"owner\":\"alice\","
          + "\"name\":\"Retirement\",\"version\":0,\"transactions\":[{\"id\":\"t-1\","
          + "\"schemeCode\":119551,\"folio\":{\"amc\":\"HDFC Mutual Fund\",\"number\":\"1234567/89\"},"
          + "\"type\":\"PURCHASE\",\"tradeDate\":\"2025-04-01\",\"amount\":\"5000.00\","
          + "\"units\":\"123.456\",\"nav\":\"40.5\"}]}");
    }

    @Test
    void toJson_personalData_isWrittenInFull() {
      // toString() masks folio numbers and PANs; the JSON is the data itself, so it must not.
      InvestorProfile profile = InvestorProfile.builder().investorId(InvestorId.of("alice"))
          .pan(Pan.parse("ABCPE1234F")).riskProfile(RiskProfile.MODERATE).horizonYears(12).build();

      assertThat(CODEC.toJson(purchase)).contains("\"number\":\"1234567/89\"");
      assertThat(CODEC.toJson(profile)).contains("\"pan\":\"ABCPE1234F\"");
    }

    @Test
    void fromJson_invalidPan_namesPanWithoutQuotingIt() {
      String json = "{\"investorId\":\"alice\",\"pan\":\"ABCPE12345\",\"riskProfile\":\"MODERATE\","
          + "\"horizonYears\":1}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, InvestorProfile.class));

      assertThat(e.path()).isEqualTo("$.pan");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("pan");
      assertThat(e.getMessage()).doesNotContain("ABCPE12345");
    }

    @Test
    void fromJson_transactionBreakingItsRules_namesTheField() {
      String json = CODEC.toJson(purchase).replace("\"5000.00\"", "\"-1\"");

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Transaction.class));

      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("amount");
    }
  }

  @Nested
  class Errors {

    @Test
    void fromJson_malformedJson_namesLineAndColumn() {
      String json = "{\n  \"code\": 119551,\n  \"name\" \"x\"\n}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Scheme.class));

      assertThat(e.line()).hasValue(3);
      assertThat(e.column()).isPresent();
      assertThat(e.getMessage()).startsWith("$.name (line 3, column ").contains("was expecting a colon");
      assertThat(e.invalidValue()).isEmpty();
    }

    @Test
    void fromJson_unknownEnumValue_namesPathAndAcceptedValues() {
      String json = "{\"code\":1,\"name\":\"n\",\"amc\":\"A\",\"plan\":\"SOMETIMES\"}";

      assertThatThrownBy(() -> CODEC.fromJson(json, Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("$.plan (line 1, column ")
          .hasMessageContaining("SOMETIMES")
          .hasMessageContaining("[DIRECT, REGULAR]");
    }

    @Test
    void fromJson_isinWithWrongCheckDigit_namesIsinAndWhere() {
      String json = "{\"code\":119551,\"name\":\"n\",\"amc\":\"A\",\n"
          + "\"isinGrowthOrPayout\":\"INF209KA12Z2\"}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Scheme.class));

      assertThat(e.getMessage()).isEqualTo("$.isinGrowthOrPayout (line 2, column 22): "
          + "isin: check digit is 2, expected 1 (got 'INF209KA12Z2')");
      assertThat(e.path()).isEqualTo("$.isinGrowthOrPayout");
      assertThat(e.line()).hasValue(2);
      assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("isin");
      assertThat(e).isInstanceOf(in.lumpsum.core.LumpsumException.class);
    }

    @Test
    void listFromJson_invalidValueInAnElement_namesTheIndex() {
      String json = "[" + BANKING_PSU_IDCW_JSON + ","
          + BANKING_PSU_IDCW_JSON.replace("INF209KA13Z9", "INF209KA13Z8") + "]";

      assertThatThrownBy(() -> CODEC.listFromJson(json, Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("$[1].isinReinvestment (line 1, column ")
          .hasMessageContaining("isin: check digit is 8, expected 9");
    }

    @Test
    void fromJson_missingRequiredAttributes_namesThem() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"name\":\"n\"}", Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("Scheme")
          .hasMessageContaining("[code, amc]");
    }

    @Test
    void fromJson_blankName_namesTheField() {
      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson("{\"code\":1,\"name\":\" \",\"amc\":\"A\"}", Scheme.class));

      assertThat(e.getMessage()).isEqualTo("$ (line 1, column 31): name: must not be blank (got ' ')");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("name");
    }

    @Test
    void fromJson_invalidOptionCombination_namesOptionAndFrequency() {
      String json = "{\"code\":1,\"name\":\"n\",\"amc\":\"A\","
          + "\"option\":{\"type\":\"GROWTH\",\"frequency\":\"DAILY\"}}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Scheme.class));

      assertThat(e.path()).isEqualTo("$.option");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("frequency");
    }

    @Test
    void fromJson_schemeCodeOutOfRange_namesSchemeCode() {
      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson("{\"code\":0,\"name\":\"n\",\"amc\":\"A\"}", Scheme.class));

      assertThat(e.path()).isEqualTo("$.code");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("schemeCode");
    }

    @Test
    void fromJson_fractionalSchemeCode_isRejected() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"code\":119551.5,\"name\":\"n\",\"amc\":\"A\"}",
          Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("$.code (line 1, column 9)");
    }

    @Test
    void fromJson_zeroNav_namesNav() {
      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson("\"0.0000\"", Nav.class));

      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("nav");
    }

    @Test
    void fromJson_invalidMapKey_namesTheKey() {
      String json = "{\"type\":\"Batch\",\"events\":[],\"amounts\":{\"0\":\"1.00\"}}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Event.class));

      assertThat(e.path()).isEqualTo("$.amounts");
      assertThat(e.getMessage()).contains("schemeCode: must be between 1 and 99999999");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("schemeCode");
    }

    @Test
    void fromJson_nullDocument_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson("null", Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessage("$ (line 1, column 1): null where Scheme is required");
    }

    @Test
    void fromJson_emptyDocument_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson("  ", Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("No content");
    }

    @Test
    void fromJson_trailingContent_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson(BANKING_PSU_IDCW_JSON + " {}", Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("Trailing token");
    }

    @Test
    void fromJson_duplicateProperty_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"code\":1,\"code\":2,\"name\":\"n\",\"amc\":\"A\"}",
          Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("Duplicate field 'code'");
    }

    @Test
    void fromJson_arrayWhereObjectExpected_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson("[1,2]", Scheme.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("Scheme");
    }

    @Test
    void listFromJson_nullElement_isAnError() {
      assertThatThrownBy(() -> CODEC.listFromJson("[\"INF179K01BE2\",null]", Isin.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessage("$[1]: null where Isin is required");
    }

    @Test
    void listFromJson_returnsAnUnmodifiableList() {
      List<Isin> isins = CODEC.listFromJson("[\"INF179K01BE2\"]", Isin.class);

      assertThat(isins).containsExactly(Isin.parse("INF179K01BE2"));
      assertThatThrownBy(() -> isins.add(Isin.parse("INF179K01BE2")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(CODEC.listFromJson("[]", Isin.class)).isEmpty();
    }

    @Test
    void toJson_typeWithNothingToWrite_isAnError() {
      assertThatThrownBy(() -> CODEC.toJson(new Object()))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("java.lang.Object");
    }

    @Test
    void nullArguments_areRejected() {
      assertThatThrownBy(() -> CODEC.toJson(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> CODEC.fromJson(null, Scheme.class)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> CODEC.fromJson("1", null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class SealedHierarchies {

    @Test
    void toJson_member_startsWithItsSimpleName() {
      Event event = new Event.NavSeen(SchemeCode.of(119551), LocalDate.of(2026, 8, 19),
          Nav.parse("12.3456"));

      assertThat(CODEC.toJson(event)).isEqualTo(
          "{\"type\":\"NavSeen\",\"code\":119551,\"date\":\"2026-08-19\",\"nav\":\"12.3456\"}");
    }

    @Test
    void fromJson_sealedType_dispatchesOnTheTypeProperty() {
      String json = "[{\"type\":\"Paid\",\"amount\":\"100\",\"units\":\"9.5\"},"
          + "{\"units\":\"1\",\"type\":\"Refunded\",\"amount\":\"5\",\"reason\":\"cut-off\"},"
          + "{\"type\":\"Ping\"}]";

      assertThat(CODEC.listFromJson(json, Event.class)).containsExactly(
          new Event.Paid(Money.ofRupees(100), Units.parse("9.5")),
          new Event.Refunded(Money.ofRupees(5), "cut-off"),
          new Event.Ping());
      assertThat(CODEC.fromJson("{\"type\":\"Paid\",\"amount\":\"1\",\"units\":\"1\"}", Event.Cash.class))
          .isInstanceOf(Event.Paid.class);
    }

    @Test
    void toJson_singleComponentMember_isAnObjectNotAScalar() {
      assertThat(CODEC.toJson(new Event.Note("hello"))).isEqualTo("{\"type\":\"Note\",\"text\":\"hello\"}");
      assertThat(CODEC.toJson(new Event.Ping())).isEqualTo("{\"type\":\"Ping\"}");
    }

    @Test
    void fromJson_concreteMemberWithoutType_reads() {
      assertThat(CODEC.fromJson("{\"text\":\"hello\"}", Event.Note.class)).isEqualTo(new Event.Note("hello"));
    }

    @Test
    void fromJson_concreteMemberWithAnotherMembersType_isAnError() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"type\":\"Ping\",\"text\":\"x\"}", Event.Note.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("type id 'Ping'");
      assertThatThrownBy(() -> CODEC.fromJson("{\"type\":\"Ping\",\"title\":\"t\",\"rate\":\"1\"}",
          Memo.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("type id 'Ping'");
    }

    @Test
    void toJson_membersInUntypedContainers_stillCarryTheirType() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("last", new Event.Note("n"));
      List<Object> list = List.of(new Event.Ping(), map);

      assertThat(CODEC.toJson(list))
          .isEqualTo("[{\"type\":\"Ping\"},{\"last\":{\"type\":\"Note\",\"text\":\"n\"}}]");
    }

    @Test
    void fromJson_missingType_namesTheTypeProperty() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"text\":\"hello\"}", Event.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("missing type id property 'type'");
    }

    @Test
    void fromJson_unknownType_namesItAndTheKnownOnes() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"type\":\"NavLost\"}", Event.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("$.type (line 1, column 9)")
          .hasMessageContaining("'NavLost'")
          .hasMessageContaining("NavSeen");
    }

    @Test
    void fromJson_invalidValueInNestedMember_namesThePath() {
      String json = "{\"type\":\"Batch\",\"events\":[{\"type\":\"Ping\"},"
          + "{\"type\":\"NavSeen\",\"code\":1,\"date\":\"2026-08-19\",\"nav\":\"-1\"}],\"amounts\":{}}";

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, Event.class));

      assertThat(e.path()).isEqualTo("$.events[1].nav");
      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("nav");
    }

    @Test
    void toJson_twoMembersWithOneSimpleName_isADefinitionError() {
      assertThatThrownBy(() -> CODEC.toJson(new BadHierarchies.First.Same(1)))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("BadHierarchies$First$Same")
          .hasMessageContaining("BadHierarchies$Second$Same")
          .hasMessageContaining("share the type id 'Same'");
    }

    @Test
    void fromJson_memberWithATypeComponent_isADefinitionError() {
      assertThatThrownBy(() -> CODEC.fromJson("{\"type\":\"Kinded\",\"n\":1}", BadHierarchies.Typed.class))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("BadHierarchies$Kinded has a property named 'type'");
    }
  }

  @Nested
  class DomainEvents {

    private final DomainEvent published = new NavPublished(SchemeCode.of(119551),
        LocalDate.of(2026, 8, 19), Nav.parse("12.3450"), Instant.parse("2026-08-19T17:30:00Z"));

    @Test
    void toJson_domainEvent_carriesItsSimpleName() {
      assertThat(CODEC.toJson(published)).isEqualTo("{\"type\":\"NavPublished\",\"schemeCode\":119551,"
          + "\"date\":\"2026-08-19\",\"nav\":\"12.345\",\"occurredAt\":\"2026-08-19T17:30:00Z\"}");
    }

    @Test
    void listFromJson_domainEvents_dispatchOnType() {
      DomainEvent alert = new RiskAlert(InvestorId.of("alice"), "concentration", "", Severity.WARNING,
          Instant.parse("2026-08-20T03:00:00Z"));

      String json = CODEC.toJson(List.of(published, alert));

      assertThat(CODEC.listFromJson(json, DomainEvent.class)).containsExactly(published, alert);
    }

    @Test
    void fromJson_invalidEvent_namesTheField() {
      String json = CODEC.toJson(published).replace("\"12.345\"", "\"0\"");

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.fromJson(json, DomainEvent.class));

      assertThat(e.invalidValue()).map(InvalidValueException::field).contains("nav");
    }
  }

  @Nested
  class Streams {

    @Test
    void write_writesUtf8FlushesAndLeavesTheStreamOpen() {
      TrackingOutputStream out = new TrackingOutputStream();

      CODEC.write(Amc.of("₹ Fund"), out);

      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\"₹ Fund\"");
      assertThat(out.flushed).isTrue();
      assertThat(out.closed).isFalse();
    }

    @Test
    void read_readsTheValueAndLeavesTheStreamOpen() {
      TrackingInputStream in =
          new TrackingInputStream(BANKING_PSU_IDCW_JSON.getBytes(StandardCharsets.UTF_8));

      assertThat(CODEC.read(in, Scheme.class)).isEqualTo(BANKING_PSU_IDCW);
      assertThat(in.closed).isFalse();
    }

    @Test
    void read_malformedStream_namesLine() {
      byte[] bytes = "{\"code\":1,\n\"name\":}".getBytes(StandardCharsets.UTF_8);

      JsonCodecException e = catchThrowableOfType(JsonCodecException.class,
          () -> CODEC.read(new ByteArrayInputStream(bytes), Scheme.class));

      assertThat(e.line()).hasValue(2);
      assertThat(e.path()).isEqualTo("$.name");
    }

    @Test
    void write_failingStream_isACodecErrorWithTheIoCause() {
      OutputStream broken = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("disk full");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw new IOException("disk full");
        }
      };

      assertThatThrownBy(() -> CODEC.write(BANKING_PSU_IDCW, broken))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageContaining("disk full")
          .hasCauseInstanceOf(IOException.class);
    }
  }

  private static final class TrackingOutputStream extends ByteArrayOutputStream {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class TrackingInputStream extends ByteArrayInputStream {
    boolean closed;

    TrackingInputStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
