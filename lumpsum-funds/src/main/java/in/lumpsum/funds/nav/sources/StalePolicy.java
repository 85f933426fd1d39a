package in.lumpsum.funds.nav.sources;

/**
 * Whether a source adapter may answer from a stale copy: one that its client served because the
 * remote source could not be reached ({@link in.lumpsum.funds.client.Fetched#stale()}).
 *
 * <p>A stale copy of a NAV history is still a set of NAVs that were published: NAVs for past dates do
 * not change except by correction, so a stale copy may answer a look-up for a date it holds, and
 * {@link #SERVE} is the default. The client logs a WARN line when it serves one. What a stale copy
 * cannot hold is a NAV published after it was fetched; a look-up past its last date then finds
 * nothing in it and the chain goes on to the next source. {@link #REFUSE} is for hosts that would
 * rather ask the next source (or fail) than use a copy.
 *
 * @since 0.1.0
 */
public enum StalePolicy {

  /**
   * A stale copy answers; the client has logged a warning, and since 0.2.0 the adapter's
   * {@link in.lumpsum.funds.nav.spi.NavSource#answer answer} says so, so that a
   * {@link in.lumpsum.funds.nav.NavQuote} whose NAV came from the copy is
   * {@link in.lumpsum.funds.nav.NavQuote#stale() stale}.
   */
  SERVE,

  /**
   * A stale copy does not answer: the adapter throws the client's
   * {@link in.lumpsum.funds.client.SourceUnavailableException} so that the service asks the next
   * source and, if none answers, reports the failure.
   */
  REFUSE
}
