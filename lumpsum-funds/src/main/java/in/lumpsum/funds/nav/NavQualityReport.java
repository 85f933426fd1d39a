package in.lumpsum.funds.nav;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-quality report of one NAV series: what {@link NavQuality} found.
 *
 * @param points the NAVs in the series
 * @param firstDate the first NAV's date, empty for an empty series
 * @param lastDate the last NAV's date, empty for an empty series
 * @param calendar the publishing calendar checked against ({@link PublishingCalendar#AUTO} resolved)
 * @param issues the findings: duplicates and non-positive rows first (from the rows read), then gaps
 *     and jumps in date order, then the stale tail
 * @since 0.1.0
 */
public record NavQualityReport(int points, Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate, PublishingCalendar calendar, List<QualityIssue> issues) {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if a component is null
   */
  public NavQualityReport {
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(calendar, "calendar");
    issues = List.copyOf(issues);
  }

  /**
   * Tells whether nothing was found.
   *
   * @return true if there are no issues
   */
  public boolean clean() {
    return issues.isEmpty();
  }

  /**
   * Returns the issues of one kind.
   *
   * @param <T> the kind
   * @param kind the kind, such as {@code QualityIssue.Gap.class}
   * @return the issues of that kind, in report order
   */
  public <T extends QualityIssue> List<T> issues(Class<T> kind) {
    return issues.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
