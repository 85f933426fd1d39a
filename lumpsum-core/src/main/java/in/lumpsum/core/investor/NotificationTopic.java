package in.lumpsum.core.investor;

/**
 * A kind of notification an investor may opt in to. lumpsum records the choice; the host delivers.
 *
 * @since 0.1.0
 */
public enum NotificationTopic {
  /** A NAV moved beyond a threshold the investor set. */
  NAV_ALERTS,
  /** A SIP instalment is due or has failed. */
  SIP_REMINDERS,
  /** A goal fell behind or ahead of its plan. */
  GOAL_PROGRESS,
  /** The portfolio drifted from its target allocation. */
  REBALANCING,
  /** A periodic summary of the portfolio. */
  PORTFOLIO_SUMMARY
}
