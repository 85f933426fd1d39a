package in.lumpsum.funds.nav;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One finding of {@link NavQuality} about a NAV series.
 *
 * @since 0.1.0
 */
public sealed interface QualityIssue {

  /**
   * More publishing days without a NAV between two NAVs than the threshold.
   *
   * @param after the date of the NAV before the gap
   * @param before the date of the NAV after the gap
   * @param missingDays the publishing days strictly between them
   * @since 0.1.0
   */
  record Gap(LocalDate after, LocalDate before, int missingDays) implements QualityIssue {

    /**
     * Creates a gap.
     *
     * @throws NullPointerException if a date is null
     */
    public Gap {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(before, "before");
    }
  }

  /**
   * A change from one NAV to the next larger than the threshold: a crash, a dividend record date, a
   * change of face value, or a wrong NAV.
   *
   * @param previousDate the date of the earlier NAV
   * @param previous the earlier NAV
   * @param date the date of the later NAV
   * @param nav the later NAV
   * @param change the relative change {@code nav / previous - 1}, a {@code double} for analytics
   *     ({@code -0.5} is a halving)
   * @since 0.1.0
   */
  record Jump(LocalDate previousDate, BigDecimal previous, LocalDate date, BigDecimal nav,
      double change) implements QualityIssue {

    /**
     * Creates a jump.
     *
     * @throws NullPointerException if a component is null
     */
    public Jump {
      Objects.requireNonNull(previousDate, "previousDate");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(nav, "nav");
    }
  }

  /**
   * No NAV for more publishing days than the threshold before the as-of date: a stale or dead
   * scheme, or a feed that stopped.
   *
   * @param lastDate the date of the last NAV
   * @param asOf the date checked against
   * @param missingDays the publishing days after the last NAV up to and including {@code asOf}
   * @since 0.1.0
   */
  record StaleTail(LocalDate lastDate, LocalDate asOf, int missingDays) implements QualityIssue {

    /**
     * Creates a stale tail.
     *
     * @throws NullPointerException if a date is null
     */
    public StaleTail {
      Objects.requireNonNull(lastDate, "lastDate");
      Objects.requireNonNull(asOf, "asOf");
    }
  }

  /**
   * A date given more than once in the rows read.
   *
   * @param date the date
   * @param rows how many rows gave it
   * @param conflicting true if the rows gave different NAVs (the reader kept the first)
   * @since 0.1.0
   */
  record Duplicate(LocalDate date, int rows, boolean conflicting) implements QualityIssue {

    /**
     * Creates a duplicate.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public Duplicate {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A row whose NAV was zero or negative, left out by the reader.
   *
   * @param line the 1-based line number in the file read
   * @param raw the row as read
   * @since 0.1.0
   */
  record NonPositive(long line, String raw) implements QualityIssue {

    /**
     * Creates a non-positive finding.
     *
     * @throws NullPointerException if {@code raw} is null
     */
    public NonPositive {
      Objects.requireNonNull(raw, "raw");
    }
  }
}
