/**
 * API: the daily NAV feed: reads AMFI's daily file, checks it, diffs it against the stores, writes
 * what changed and publishes what happened as {@link in.lumpsum.core.event.DomainEvent}s; with a
 * scheduler helper for hosts and a backfill of history. Start at
 * {@link in.lumpsum.funds.feed.NavFeed}.
 */
package in.lumpsum.funds.feed;
