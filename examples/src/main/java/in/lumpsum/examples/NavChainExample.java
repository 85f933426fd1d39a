package in.lumpsum.examples;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.client.AmfiClient;
import in.lumpsum.funds.client.MfApiClient;
import in.lumpsum.funds.nav.CrossCheckReport;
import in.lumpsum.funds.nav.NavPolicy;
import in.lumpsum.funds.nav.NavQuote;
import in.lumpsum.funds.nav.NavService;
import in.lumpsum.funds.nav.NavUnavailableException;
import in.lumpsum.funds.nav.sources.NavSources;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A NAV service over a chain of sources: the local store (in memory here), then AMFI's NAV history
 * report, then mfapi.in. It looks a NAV up (a source answers and the NAVs are written through to the
 * store), looks it up again (the store answers, no request), and cross-checks AMFI against mfapi over
 * the week before the date.
 *
 * <pre>
 * java -cp lumpsum.jar in.lumpsum.examples.NavChainExample [CODE [DATE [AMFI_URL [MFAPI_URL]]]]
 * </pre>
 *
 * <p>{@code CODE} is an AMFI scheme code (default 119551), {@code DATE} an ISO date (default
 * yesterday in India), the URLs are the sources' base URLs (defaults
 * {@value AmfiClient#DEFAULT_BASE_URL} and {@value MfApiClient#DEFAULT_BASE_URL}); {@code
 * NavChainExampleTest} points them at MockWebServer. Exits with 1 when no NAV could be found.
 */
public final class NavChainExample {

  /** What the example found. */
  record Result(NavQuote first, NavQuote again, CrossCheckReport check) {}

  private NavChainExample() {}

  /**
   * Runs the example against the live sources or the base URLs given.
   *
   * @param args optional: scheme code, date, AMFI base URL, mfapi base URL
   */
  public static void main(String[] args) {
    Clock clock = IndianTime.systemClock();
    SchemeCode code = SchemeCode.of(args.length > 0 ? Integer.parseInt(args[0]) : 119551);
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : IndianTime.today(clock).minusDays(1);
    String amfiUrl = args.length > 2 ? args[2] : AmfiClient.DEFAULT_BASE_URL;
    String mfapiUrl = args.length > 3 ? args[3] : MfApiClient.DEFAULT_BASE_URL;
    try {
      Result r = run(amfiUrl, mfapiUrl, code, date, clock);
      System.out.println(describe(r));
    } catch (NavUnavailableException e) {
      System.err.println(e.getMessage());
      for (Throwable cause : e.getSuppressed()) {
        System.err.println("  " + cause.getMessage());
      }
      System.exit(1);
    }
  }

  /**
   * Wires the chain and runs the look-ups and the cross-check.
   *
   * @param amfiBaseUrl AMFI's base URL
   * @param mfapiBaseUrl mfapi's base URL
   * @param code the scheme
   * @param date the valuation date
   * @param clock the clock (the clients' freshness and the service's "today")
   * @return the quotes and the cross-check
   * @throws NavUnavailableException if no NAV on or before the date was found
   */
  static Result run(String amfiBaseUrl, String mfapiBaseUrl, SchemeCode code, LocalDate date,
      Clock clock) {
    // History reports list every scheme: keep few of them whole in the client's cache.
    AmfiClient amfi = AmfiClient.builder().baseUrl(amfiBaseUrl).clock(clock)
        .cache(4, Duration.ofDays(7)).build();
    MfApiClient mfapi = MfApiClient.builder().baseUrl(mfapiBaseUrl).clock(clock).build();
    NavService navs = NavService.builder()
        .store(new InMemoryNavStore())
        .source("amfi", NavSources.amfiHistory(amfi))
        .source("mfapi", NavSources.mfapi(mfapi))
        .clock(clock)
        .build();
    NavQuote first = navs.require(code, date, NavPolicy.VALUATION);
    NavQuote again = navs.require(code, date, NavPolicy.VALUATION);
    CrossCheckReport check = navs.crossCheck(code, date.minusDays(6), date);
    return new Result(first, again, check);
  }

  /** Formats the result for the console. */
  static String describe(Result r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("scheme %s on %s: NAV %s of %s, from %s%s%n", r.first().scheme(),
        r.first().requested(), r.first().nav(), r.first().date(), r.first().source(),
        r.first().stale() ? " (a stale copy: the source could not be reached)" : ""));
    out.append(String.format("asked again: from %s%n", r.again().source()));
    out.append(String.format("cross-check %s..%s: points %s%n", r.check().from(), r.check().to(),
        r.check().pointsBySource()));
    r.check().comparisons().forEach(c -> {
      out.append(String.format("  %s vs %s: %d dates in common, %d disagree%n", c.first(),
          c.second(), c.overlap(), c.disagreements().size()));
      c.disagreements().forEach(d -> out.append(String.format("    %s: %s vs %s%n", d.date(),
          d.first().value().toPlainString(),
          d.second().value().toPlainString())));
    });
    r.check().failures().forEach((name, message) ->
        out.append(String.format("  %s failed: %s%n", name, message)));
    return out.toString();
  }
}
