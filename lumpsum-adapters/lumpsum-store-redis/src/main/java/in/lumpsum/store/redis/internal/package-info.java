/**
 * Internal: the two-level cache protocol, the compact encodings, the event envelope and the failure
 * bookkeeping behind {@code in.lumpsum.store.redis}. No compatibility promise.
 */
package in.lumpsum.store.redis.internal;
