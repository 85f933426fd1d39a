/**
 * Internal: the machinery of the AMFI and mfapi clients (the retrying HTTP fetch, the circuit breaker,
 * {@code Retry-After} parsing, the Caffeine cache, mfapi's JSON reader). No compatibility promise; not
 * for use outside lumpsum.
 */
package in.lumpsum.funds.client.internal;
