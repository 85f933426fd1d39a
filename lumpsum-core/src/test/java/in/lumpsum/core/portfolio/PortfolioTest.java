package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

  private static final FolioKey HDFC = FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89");
  private static final FolioKey PPFAS = FolioKey.of(Amc.of("PPFAS Mutual Fund"), "99887766");

  private static Transaction tx(String id, FolioKey folio, int code) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(SchemeCode.of(code)).folio(folio)
        .type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2025, 4, 1)).amount(Money.ofRupees(100))
        .build();
  }

  private static Portfolio portfolio(Transaction... txs) {
    return Portfolio.builder().id(PortfolioId.of("p1")).owner(InvestorId.of("alice")).name("Family")
        .addTransactions(txs).build();
  }

  @Test
  public void build_defaultsToVersionZeroAndKeepsOrder() {
    Portfolio p = portfolio(tx("b", HDFC, 1), tx("a", HDFC, 1));

    assertThat(p.version()).isZero();
    assertThat(p.transactions()).extracting(t -> t.id().value()).containsExactly("b", "a");
  }

  @Test
  public void build_duplicateTransactionIds_throwsNamingTransactions() {
    assertThatThrownBy(() -> portfolio(tx("a", HDFC, 1), tx("a", PPFAS, 2)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("transactions"));
  }

  @Test
  public void build_blankNameOrNegativeVersion_throwsNamingField() {
    assertThatThrownBy(() -> portfolio().withName(" ")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> portfolio().withVersion(-1)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("version"));
  }

  @Test
  public void plusTransactions_appendsAndKeepsVersion() {
    Portfolio p = portfolio(tx("a", HDFC, 1)).withVersion(7);

    Portfolio q = p.plusTransactions(List.of(tx("b", PPFAS, 2)));

    assertThat(q.version()).isEqualTo(7);
    assertThat(q.transactions()).extracting(t -> t.id().value()).containsExactly("a", "b");
    assertThat(p.transactions()).hasSize(1);
    assertThatThrownBy(() -> q.plusTransactions(List.of(tx("a", HDFC, 1))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  public void withTransactionsAndWithName_replace() {
    Portfolio p = portfolio(tx("a", HDFC, 1));

    assertThat(p.withTransactions(List.of()).transactions()).isEmpty();
    assertThat(p.withName("Retirement").name()).isEqualTo("Retirement");
  }

  @Test
  public void lookups_findTransactionsHoldingsAndFolios() {
    Portfolio p = portfolio(tx("a", PPFAS, 2), tx("b", HDFC, 1), tx("c", HDFC, 1));

    assertThat(p.transaction(TransactionId.of("b"))).contains(tx("b", HDFC, 1));
    assertThat(p.transaction(TransactionId.of("z"))).isEmpty();
    assertThat(p.transactionsOf(HoldingRef.of(SchemeCode.of(1), HDFC))).hasSize(2);
    assertThat(p.holdings()).containsExactly(HoldingRef.of(SchemeCode.of(1), HDFC),
        HoldingRef.of(SchemeCode.of(2), PPFAS));
    assertThat(p.folios()).containsExactly(HDFC, PPFAS);
  }

  @Test
  public void toString_omitsNameAndTransactions() {
    Portfolio p = portfolio(tx("a", HDFC, 1));

    assertThat(p.toString()).isEqualTo("Portfolio{id=p1, owner=alice, version=0, transactions=1}");
  }
}
