package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;

/** Made-up transactions for the tax tests. */
final class TaxFixtures {

  static final SchemeCode A = SchemeCode.of(100001);
  static final SchemeCode B = SchemeCode.of(100002);
  static final SchemeCode DEBT = SchemeCode.of(100003);
  static final SchemeCode SEG = SchemeCode.of(100004);
  static final FolioKey FOLIO = FolioKey.of(Amc.of("Sample Mutual Fund"), "1234567/89");

  private TaxFixtures() {}

  static Transaction tx(String id, SchemeCode scheme, TransactionType type, String date, String amount,
      String units) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(scheme).folio(FOLIO).type(type)
        .tradeDate(LocalDate.parse(date)).amount(Money.parse(amount)).units(Units.parse(units)).build();
  }

  static Transaction buy(String id, SchemeCode scheme, String date, String amount, String units) {
    return tx(id, scheme, TransactionType.PURCHASE, date, amount, units);
  }

  static Transaction sell(String id, SchemeCode scheme, String date, String amount, String units) {
    return tx(id, scheme, TransactionType.REDEMPTION, date, amount, units);
  }

  static Transaction charge(String id, SchemeCode scheme, TransactionType type, String date, String amount) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(scheme).folio(FOLIO).type(type)
        .tradeDate(LocalDate.parse(date)).amount(Money.parse(amount)).build();
  }
}
