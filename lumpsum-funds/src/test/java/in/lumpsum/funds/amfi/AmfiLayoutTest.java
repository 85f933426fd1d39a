package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.LumpsumException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AmfiLayoutTest {

  private static AmfiFile read(String text) {
    return AmfiReader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The headers of the real files.
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date|DAILY",
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;Net Asset Value;Date|DAILY_WITH_PLAN_OPTION",
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Repurchase Price;Sale Price;Date|DAILY_WITH_PRICES",
      "Scheme Code;Scheme Name;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Net Asset Value;Repurchase Price;Sale Price;Date|HISTORY_WITH_PRICES",
      "Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Net Asset Value;Date|HISTORY_WITH_PLAN_OPTION",
      // Spacing and case do not matter.
      "Scheme Code;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date|DAILY",
      " SCHEME CODE ; isin div payout / isin growth ;ISIN Div  Reinvestment;scheme name;NET ASSET VALUE;date |DAILY",
      // Columns are found by name, in any order.
      "Date;Net Asset Value;Scheme Name;ISIN Div Reinvestment;ISIN Div Payout/ ISIN Growth;Scheme Code|DAILY",
      // Wordings AMFI might switch to: IDCW, NAV Name (the SIF history report), NAV.
      "Scheme Code;ISIN IDCW Payout/ ISIN Growth;ISIN IDCW Reinvestment;NAV Name;NAV;NAV Date|DAILY",
  })
  void layoutOf_knownHeaders(String header, AmfiLayout expected) {
    assertThat(AmfiReader.layoutOf(header)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(AmfiLayout.class)
  void header_readsBackAsItsLayout(AmfiLayout layout) {
    assertThat(AmfiReader.layoutOf(layout.header())).isEqualTo(layout);
    assertThat(layout.columns()).contains(AmfiColumn.SCHEME_CODE, AmfiColumn.SCHEME_NAME,
        AmfiColumn.NET_ASSET_VALUE, AmfiColumn.DATE);
    assertThat(layout.hasPlanAndOption()).isEqualTo(layout.columns().contains(AmfiColumn.OPTION));
    assertThat(layout.isHistoryReport()).isEqualTo(layout.name().startsWith("HISTORY"));
  }

  @Test
  void read_unknownColumn_throwsWithHeaderAndLine() {
    String header = "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;"
        + "Net Asset Value;Date;AUM (Cr)";
    assertThatThrownBy(() -> read(" \r\n" + header + "\r\n123;-;-;A;1;26-May-2025;5\r\n"))
        .isInstanceOfSatisfying(AmfiFormatException.class, e -> {
          assertThat(e.header()).isEqualTo(header);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.unknownColumns()).containsExactly("AUM (Cr)");
          assertThat(e).isInstanceOf(LumpsumException.class)
              .hasMessageContaining("cannot place").hasMessageContaining("AUM (Cr)");
        });
  }

  @Test
  void read_missingColumn_throws() {
    assertThatThrownBy(() -> read("Scheme Code;Scheme Name;Net Asset Value;Date\n"))
        .isInstanceOfSatisfying(AmfiFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.unknownColumns()).isEmpty();
          assertThat(e).hasMessageContaining("lacks").hasMessageContaining("ISIN_REINVESTMENT");
        });
  }

  @Test
  void read_knownColumnsInNoKnownLayout_throws() {
    assertThatThrownBy(() -> read("Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;"
        + "Scheme Name;Plan;Option;Net Asset Value;Repurchase Price;Sale Price;Date\n"))
        .isInstanceOf(AmfiFormatException.class).hasMessageContaining("no known layout");
    assertThatThrownBy(() -> read("Scheme Code;Scheme Code;ISIN Div Payout/ ISIN Growth;"
        + "ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date\n"))
        .isInstanceOf(AmfiFormatException.class).hasMessageContaining("no known layout");
  }

  @Test
  void read_htmlErrorPage_throws() {
    assertThatThrownBy(() -> read("<!DOCTYPE html>\n<html><body>Service Unavailable</body></html>\n"))
        .isInstanceOfSatisfying(AmfiFormatException.class, e -> {
          assertThat(e.header()).isEqualTo("<!DOCTYPE html>");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e).hasMessageContaining("no header line");
        });
  }

  @Test
  void read_emptyOrBlankInput_throws() {
    assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(AmfiFormatException.class,
        e -> assertThat(e.line()).isZero());
    assertThatThrownBy(() -> read(" \r\n\r\n \n")).isInstanceOf(AmfiFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> AmfiReader.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(AmfiFormatException.class);
  }

  @Test
  void read_byteOrderMarkAndBlankLinesBeforeHeader() {
    AmfiFile f = read("\uFEFF" + AmfiLayout.DAILY.header() + "\r\nKaveri Mutual Fund\r\n"
        + "900101;-;-;Kaveri A;10;26-May-2025\r\n");
    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY);
    assertThat(f.rows()).hasSize(1);
    assertThat(read("\n \n" + AmfiLayout.DAILY.header() + "\n").layout()).isEqualTo(AmfiLayout.DAILY);
  }

  @Test
  void read_headerRepeatedInsideFile_isSkipped() {
    String body = "Kaveri Mutual Fund\n900101;-;-;Kaveri A;10;26-May-2025\n";
    AmfiFile f = read(AmfiLayout.DAILY.header() + "\n" + body + " \n"
        + "Scheme Code;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date\n"
        + body);
    assertThat(f.rows()).hasSize(2);
    assertThat(f.problems()).isEmpty();
    assertThat(f.dataRowCount()).isEqualTo(2);
  }

  @Test
  void read_layoutChangingInsideFile_throws() {
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n900101;-;-;Kaveri A;10;26-May-2025\n"
        + AmfiLayout.DAILY_WITH_PLAN_OPTION.header() + "\n";
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(AmfiFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e).hasMessageContaining("changes within the file");
    });
  }

  @Test
  void read_lineOverAMegabyte_isReportedAndSkipped() {
    StringBuilder long1 = new StringBuilder("900100;-;-;");
    while (long1.length() < 1_200_000) {
      long1.append("0123456789");
    }
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n" + long1 + ";10;26-May-2025\n"
        + "900101;-;-;Kaveri A;10;26-May-2025\n";
    AmfiFile f = AmfiReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.rows()).extracting(r -> r.scheme().code().value()).containsExactly(900101);
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(AmfiReader.REASON_LINE_TOO_LONG);
      assertThat(p.line()).isEqualTo(3);
    });
    assertThat(f.rows().get(0).line()).isEqualTo(4);
  }

  @Test
  void columnOfHeader() {
    assertThat(AmfiColumn.ofHeader("ISIN Div Payout/ ISIN Growth")).contains(AmfiColumn.ISIN_GROWTH_OR_PAYOUT);
    assertThat(AmfiColumn.ofHeader("isin div payout/isin growth")).contains(AmfiColumn.ISIN_GROWTH_OR_PAYOUT);
    assertThat(AmfiColumn.ofHeader("AUM")).isEmpty();
    assertThat(AmfiColumn.NET_ASSET_VALUE.field()).isEqualTo("nav");
    assertThat(AmfiColumn.NET_ASSET_VALUE.header()).isEqualTo("Net Asset Value");
  }
}
