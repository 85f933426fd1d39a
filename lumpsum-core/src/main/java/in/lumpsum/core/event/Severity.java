package in.lumpsum.core.event;

/**
 * How urgently an alert event asks for attention, from least to most urgent.
 *
 * <p>Used by {@link DataQualityAlert} and {@link RiskAlert}. The declaration order is the order of
 * urgency, so {@code compareTo} can be used as a threshold: {@code s.compareTo(Severity.WARNING) >= 0}.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Worth recording; nothing needs doing. */
  INFO,
  /** Something degraded or looks wrong; a person should look when convenient. */
  WARNING,
  /** Results may be wrong or money is at risk; act now. */
  CRITICAL
}
