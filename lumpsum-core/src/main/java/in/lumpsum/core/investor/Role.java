package in.lumpsum.core.investor;

/**
 * What an account may do in a host application built on lumpsum. An investor holds one or more roles.
 *
 * <p>lumpsum records roles; the host enforces them.
 *
 * @since 0.1.0
 */
public enum Role {
  /** An investor using the free features: portfolios, goals, calculators. */
  USER,
  /** An investor with the paid features, such as recommendations and rebalancing. */
  PREMIUM,
  /** An adviser who may read and advise on the portfolios of the investors assigned to them. */
  ADVISOR,
  /** An operator of the host application. */
  ADMIN
}
