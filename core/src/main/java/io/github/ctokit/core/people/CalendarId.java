package io.github.ctokit.core.people;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a holiday calendar, usually one per region.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code CalendarId.of("DE-BY")}.
 */
public final class CalendarId extends Identifier<CalendarId> {

  private CalendarId(String value) {
    super("calendar id", value);
  }

  /**
   * Returns the calendar id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static CalendarId of(String value) {
    return new CalendarId(value);
  }
}
