package in.lumpsum.funds.directory;

/**
 * Whether a scheme is still publishing NAVs, as judged by a {@link StalenessPolicy}.
 *
 * @since 0.1.0
 */
public enum SchemeStatus {
  /** The latest NAV is recent enough. */
  ACTIVE,
  /** No NAV for at least {@link StalenessPolicy#staleAfter()} business days. */
  STALE,
  /** No NAV for at least {@link StalenessPolicy#deadAfter()} business days: wound up, merged or matured. */
  DEAD,
  /** The store holds no NAV at all for the scheme. */
  NO_NAV
}
