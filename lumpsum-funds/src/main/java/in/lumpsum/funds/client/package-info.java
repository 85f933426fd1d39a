/**
 * API: HTTP clients for the public NAV sources, AMFI ({@link in.lumpsum.funds.client.AmfiClient}) and
 * mfapi.in ({@link in.lumpsum.funds.client.MfApiClient}), with retries, a circuit breaker and a cache
 * whose freshness follows AMFI's publishing times.
 *
 * <p>Both clients run on one {@code okhttp3.OkHttpClient}, shared by default and injectable by the
 * host (the one place an OkHttp type appears in lumpsum's API: a host that already runs OkHttp keeps
 * one connection pool and one set of threads). Failures are typed:
 * {@link in.lumpsum.funds.client.SourceUnavailableException} (and its
 * {@link in.lumpsum.funds.client.RateLimitedException} and
 * {@link in.lumpsum.funds.client.CircuitOpenException}) when the source could not give a whole,
 * well-formed answer, {@link in.lumpsum.funds.client.SourceFormatException} when it gave one lumpsum
 * cannot read, {@link in.lumpsum.funds.amfi.AmfiFormatException} when an AMFI file's header changed.
 * Nothing is returned or cached from a failed response.
 */
package in.lumpsum.funds.client;
