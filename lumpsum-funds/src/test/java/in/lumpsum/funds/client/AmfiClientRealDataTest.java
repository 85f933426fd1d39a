package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.testkit.RealData;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiLayout;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The real daily file (26 May 2025) served by a MockWebServer and read through the client. */
class AmfiClientRealDataTest extends ClientTestSupport {

  @Test
  void daily_realFile_allSchemeRowsArrive() throws Exception {
    byte[] real = Files.readAllBytes(RealData.require("amfi-navall-2025-05-26.txt"));
    server.enqueue(ok(real));
    server.enqueue(ok(real));
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RETRY).build();

    AmfiFile file = client.daily().value();

    // SOURCES.md: 14,050 scheme rows in this file.
    assertThat(file.layout()).isEqualTo(AmfiLayout.DAILY);
    assertThat(file.dataRowCount()).isEqualTo(14_050);
    assertThat(file.rows().size() + file.rejectedRowCount()).isEqualTo(14_050);
    assertThat(client.dailyBytes()).isEqualTo(real).hasSize(1_638_353);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
