package in.lumpsum.funds.nav.sources;

import in.lumpsum.funds.client.AmfiClient;
import in.lumpsum.funds.client.MfApiClient;
import in.lumpsum.funds.nav.spi.NavSource;

/**
 * Factories for the {@link NavSource}s lumpsum ships, to add to a
 * {@link in.lumpsum.funds.nav.NavService} after its store:
 *
 * <pre>{@code
 * NavService navs = NavService.builder()
 *     .store(store)
 *     .source("amfi", NavSources.amfiHistory(amfiClient))
 *     .source("mfapi", NavSources.mfapi(mfApiClient))
 *     .build();
 * }</pre>
 *
 * <p>For settings beyond the defaults use {@link AmfiHistorySource#builder(AmfiClient)} and
 * {@link MfApiSource#of(MfApiClient, StalePolicy)}.
 *
 * @since 0.1.0
 */
public final class NavSources {

  private NavSources() {}

  /**
   * Returns a source over AMFI's NAV history report with the defaults of {@link AmfiHistorySource}.
   *
   * @param client the AMFI client
   * @return the source
   */
  public static NavSource amfiHistory(AmfiClient client) {
    return AmfiHistorySource.of(client);
  }

  /**
   * Returns a source over mfapi.in with the defaults of {@link MfApiSource}.
   *
   * @param client the mfapi client
   * @return the source
   */
  public static NavSource mfapi(MfApiClient client) {
    return MfApiSource.of(client);
  }
}
