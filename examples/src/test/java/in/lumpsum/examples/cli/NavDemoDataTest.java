package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The purchases {@link NavDemoData} makes, and the stamp duty they pay. */
class NavDemoDataTest {

  @TempDir Path dir;

  /** AMFI's daily file with Plan/Option (CRLF), written for this test: a made-up scheme and ISIN. */
  private Path navAll(String date) throws IOException {
    String text = String.join("\r\n",
        "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;"
            + "Net Asset Value;Date",
        " ", "Open Ended Schemes(Other Scheme - Index Funds)", " ", "Kaveri Mutual Fund", " ",
        "950601;INF9KV01A015;-;Kaveri Nifty 50 Index Fund;Direct Plan;Growth;152.3400;" + date, "");
    Path f = dir.resolve("navall-" + date + ".txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static List<Transaction> buy(Path file, LocalDate asOf) {
    NavDemoData data = new NavDemoData(List.of(file));
    try (Lumpsum lumpsum = Lumpsum.builder().build()) {
      data.load(lumpsum, asOf);
      return data.transactions(lumpsum, asOf);
    }
  }

  @Test
  void transactions_after1July2020_payStampDutyOutOfTheAmount() throws IOException {
    List<Transaction> txs = buy(navAll("26-Nov-2026"), LocalDate.of(2026, 11, 26));

    assertThat(txs).extracting(Transaction::type)
        .containsExactly(TransactionType.PURCHASE, TransactionType.STAMP_DUTY);
    // ₹1,00,000 × 0.005% / 1.00005 = ₹4.99975, ₹5.00 to the paisa.
    assertThat(txs.get(1).amount()).isEqualTo(Money.of(new BigDecimal("5.00")));
    assertThat(txs.get(0).amount()).isEqualTo(Money.of(new BigDecimal("99995.00")));
  }

  @Test
  void transactions_before1July2020_payNoStampDuty() throws IOException {
    List<Transaction> txs = buy(navAll("15-Jun-2020"), LocalDate.of(2020, 6, 15));

    assertThat(txs).extracting(Transaction::type).containsExactly(TransactionType.PURCHASE);
    assertThat(txs.get(0).amount()).isEqualTo(Money.ofRupees(100_000));
  }
}
