package in.lumpsum.funds.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header: either a number of seconds or an HTTP date
 * (RFC 9110 section 10.2.3; dates in the IMF-fixdate form of section 5.6.7, such as
 * {@code Wed, 21 Oct 2015 07:28:00 GMT}).
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * Parses the header.
   *
   * @param header the header's value, or null
   * @param now the current instant, to turn a date into a wait
   * @return the wait (zero for a date in the past), or empty when the header is absent or unreadable
   */
  public static Optional<Duration> parse(String header, Instant now) {
    if (header == null) {
      return Optional.empty();
    }
    String s = header.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (s.length() > 9) {
        return Optional.of(Duration.ofSeconds(999_999_999L));
      }
      return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
    }
    try {
      Instant at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
