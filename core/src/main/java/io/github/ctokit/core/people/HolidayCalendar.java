package io.github.ctokit.core.people;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The public holidays of a region: dates and their names. A person follows one calendar
 * ({@link Person#calendar()}). A holiday removes a day's hours only on that person's working days,
 * and two holidays on one date count once.
 *
 * <pre>{@code
 * HolidayCalendar bavaria = HolidayCalendar.builder()
 *     .id(CalendarId.of("DE-BY")).region("Bavaria")
 *     .putHoliday(LocalDate.of(2027, 1, 1), "New Year's Day")
 *     .putHoliday(LocalDate.of(2027, 1, 6), "Epiphany")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class HolidayCalendar implements WithHolidayCalendar {

  HolidayCalendar() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HolidayCalendar}; id and region are required. */
  public static final class Builder extends ImmutableHolidayCalendar.Builder {
    Builder() {}
  }

  /**
   * Returns the id people refer to.
   *
   * @return the id, unique within an organisation
   */
  public abstract CalendarId id();

  /**
   * Returns the region's display name.
   *
   * @return the name, such as "Bavaria"
   */
  public abstract String region();

  /**
   * Returns the holidays and their names.
   *
   * @return the holidays, in insertion order; an empty calendar is a validation warning
   */
  public abstract Map<LocalDate, String> holidays();

  /**
   * Tells whether a date is a holiday.
   *
   * @param date the date
   * @return true if the calendar lists it
   */
  public final boolean isHoliday(LocalDate date) {
    return holidays().containsKey(date);
  }
}
