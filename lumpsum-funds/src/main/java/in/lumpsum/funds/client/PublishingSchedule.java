package in.lumpsum.funds.client;

import in.lumpsum.core.time.IndianTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The times of day (in India) after which AMFI's files may hold new NAVs; a cached answer fetched
 * before the latest of these times that has passed is stale.
 *
 * <p>SEBI requires most schemes to publish the day's NAV on AMFI's site by 11 p.m. that day, and
 * fund-of-funds and schemes investing overseas by 10 a.m. the next business day (schemes with
 * exchange-traded commodity derivatives by 9 a.m.): SEBI's circular on NAV declaration timelines,
 * in force from 1 July 2023 (earlier: SEBI/IMD/CIR No. 5/63714/06 of 29 March 2006, 9 p.m.). Most NAVs
 * are on AMFI's file by about 9 p.m. The {@link #DEFAULT} schedule therefore refreshes at 10:00, 21:00
 * and 23:00 IST: an answer fetched at 20:55 is stale at 21:00, one fetched at 21:30 is stale at
 * 23:00, and one fetched at 23:10 stays fresh until 10:00 the next morning.
 *
 * @param cutovers the times of day in {@link IndianTime#ZONE}, at least one; kept sorted and distinct
 * @since 0.1.0
 */
public record PublishingSchedule(List<LocalTime> cutovers) {

  /** 10:00, 21:00 and 23:00 IST. */
  public static final PublishingSchedule DEFAULT =
      of(LocalTime.of(10, 0), LocalTime.of(21, 0), LocalTime.of(23, 0));

  /**
   * Validates and sorts the times.
   *
   * @throws IllegalArgumentException if no time is given
   */
  public PublishingSchedule {
    Objects.requireNonNull(cutovers, "cutovers");
    if (cutovers.isEmpty()) {
      throw new IllegalArgumentException("cutovers: at least one time is needed (got [])");
    }
    cutovers = cutovers.stream().map(t -> Objects.requireNonNull(t, "cutover")).distinct().sorted()
        .toList();
  }

  /**
   * Returns a schedule.
   *
   * @param cutovers the times of day in India
   * @return the schedule
   */
  public static PublishingSchedule of(LocalTime... cutovers) {
    return new PublishingSchedule(List.of(cutovers));
  }

  /**
   * Returns the latest cut-over at or before an instant.
   *
   * @param now the instant
   * @return the latest cut-over instant not after {@code now}
   */
  public Instant lastCutover(Instant now) {
    ZonedDateTime at = now.atZone(IndianTime.ZONE);
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    for (int i = cutovers.size() - 1; i >= 0; i--) {
      if (!cutovers.get(i).isAfter(time)) {
        return day.atTime(cutovers.get(i)).atZone(IndianTime.ZONE).toInstant();
      }
    }
    return day.minusDays(1).atTime(cutovers.get(cutovers.size() - 1)).atZone(IndianTime.ZONE)
        .toInstant();
  }

  /**
   * Tells whether an answer fetched at one instant is still fresh at another.
   *
   * @param fetchedAt when the answer was fetched
   * @param now the instant of the question
   * @return true if no cut-over lies after {@code fetchedAt} and at or before {@code now}
   */
  public boolean isFresh(Instant fetchedAt, Instant now) {
    return !fetchedAt.isBefore(lastCutover(now));
  }
}
