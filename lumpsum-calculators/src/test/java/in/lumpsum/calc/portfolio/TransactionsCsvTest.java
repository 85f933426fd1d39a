package in.lumpsum.calc.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SebiCategory;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionsCsvTest {

  private static final String ISIN = "INF109K01Z48";

  @Test
  void read_goodAndBadRows_oneProblemPerBadRow() {
    String csv = """
        Date,Scheme,Type,Amount,Units,NAV,Folio,AMC,Category,Name
        2024-01-05,119551,purchase,"1,00,000.00",1000,100,1234567/89,Sample MF,Large Cap Fund,Sample Large Cap
        05-Feb-2024,119551,SIP,5000,48.5,103.09,1234567/89,Sample MF,,
        # a comment
        06/03/2024,119551,sell,2000,19,,1234567/89,Sample MF,,
        2024-13-01,119551,purchase,100,1,,1234567/89,Sample MF,,
        2024-03-07,ABC,purchase,100,1,,1234567/89,Sample MF,,
        2024-03-08,119551,gift,100,1,,1234567/89,Sample MF,,
        2024-03-09,119551,purchase,-100,1,,1234567/89,Sample MF,,
        2024-03-10,%s,purchase,100,1,,1234567/89,Sample MF,,
        """.formatted(ISIN);
    TransactionsCsv.Read read = TransactionsCsv.read(new StringReader(csv));
    assertThat(read.transactions().values()).extracting(Transaction::type)
        .containsExactly(TransactionType.PURCHASE, TransactionType.SIP_PURCHASE, TransactionType.REDEMPTION);
    Transaction first = read.transactions().values().get(0);
    assertThat(first.amount()).isEqualTo(Money.parse("100000"));
    assertThat(first.units()).isEqualTo(Units.parse("1000"));
    assertThat(read.transactions().values().get(1).tradeDate()).isEqualTo(LocalDate.of(2024, 2, 5));
    assertThat(read.transactions().values().get(2).tradeDate()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(read.transactions().problems()).extracting(Problem::line).containsExactly(6L, 7L, 8L, 9L, 10L);
    assertThat(read.transactions().problems()).extracting(Problem::field)
        .containsExactly("date", "scheme", "type", "amount", "scheme");
    assertThat(read.transactions().problems().get(4).reason()).contains("ISIN");
    assertThat(read.schemes().get(SchemeCode.of(119551)).category()).contains(SebiCategory.LARGE_CAP);
    assertThat(read.schemes().get(SchemeCode.of(119551)).name()).contains("Sample Large Cap");
  }

  @Test
  void read_isinResolved_andRowRepeatedVerbatimCountsOnce() {
    String csv = """
        date,scheme,type,amount,units,folio
        2024-01-05,%1$s,purchase,1000,10,99/1
        2024-01-05,%1$s,purchase,1000,10,99/1
        """.formatted(ISIN);
    TransactionsCsv.Read read = TransactionsCsv.read(new StringReader(csv),
        isin -> isin.equals(Isin.parse(ISIN)) ? Optional.of(SchemeCode.of(120503)) : Optional.empty());
    assertThat(read.transactions().values()).hasSize(2);
    assertThat(read.transactions().values().get(0).id()).isEqualTo(read.transactions().values().get(1).id());
    assertThat(FifoAccounting.DEFAULT.account(read.transactions().values(), LocalDate.of(2024, 12, 31)).get(0)
        .holding().units()).isEqualTo(Units.parse("10"));
    assertThat(read.schemes().get(SchemeCode.of(120503)).isin()).contains(Isin.parse(ISIN));
    // The repeat is reported, naming both lines.
    assertThat(read.repeated()).containsExactly(new TransactionsCsv.RepeatedRow(3, 2,
        read.transactions().values().get(0).id(), true));
  }

  @Test
  void read_sameReferenceTwice_isReported_whileDistinctReferencesCountTwice() {
    String csv = """
        date,scheme,type,amount,units,folio,id
        2024-01-05,119551,sip,1000,10,99/1,R-1
        2024-01-05,119551,sip,1000,10,99/1,R-2
        2024-01-05,119551,sip,1000,10,99/1,R-1
        2024-02-05,119551,sip,1000,10,99/1,R-2
        """;
    TransactionsCsv.Read read = TransactionsCsv.read(new StringReader(csv));
    assertThat(read.transactions().values()).hasSize(3);
    assertThat(read.repeated()).extracting(TransactionsCsv.RepeatedRow::line,
        TransactionsCsv.RepeatedRow::firstLine, TransactionsCsv.RepeatedRow::idDerived)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 2L, false));
    // R-2 again for a different transaction: that line is not read, and says why.
    assertThat(read.transactions().problems()).extracting(Problem::line, Problem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "id"));
    assertThat(read.transactions().problems().get(0).reason())
        .contains("R-2 is already the id of line 3, a different transaction");
    assertThat(TransactionsCsv.read(new StringReader("date,scheme,type,amount,units,folio\n"))
        .repeated()).isEmpty();
  }

  @Test
  void read_missingColumn_namesIt() {
    assertThatThrownBy(() -> TransactionsCsv.read(new StringReader("date,scheme,type,amount\n")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'folio'");
  }

  @Test
  void split_quotes() {
    assertThat(TransactionsCsv.split("a,\"b,c\",\"d\"\"e\", f ")).containsExactly("a", "b,c", "d\"e", "f");
  }
}
