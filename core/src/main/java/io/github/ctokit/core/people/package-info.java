/**
 * People and capacity: the nouns of resource planning.
 *
 * <p>An {@link io.github.ctokit.core.people.Organisation} holds {@link io.github.ctokit.core.people.Person}s
 * (role, {@link io.github.ctokit.core.people.Skill}s with a proficiency 0–4, employment period,
 * {@link io.github.ctokit.core.people.WorkWeek} pattern, holiday calendar, {@link io.github.ctokit.core.people.TimeOff},
 * an optional mentor and ramp-up), {@link io.github.ctokit.core.people.Team}s whose
 * {@link io.github.ctokit.core.people.Membership}s carry an allocation percentage over a date range, the
 * skill and {@link io.github.ctokit.core.people.Role} catalogues, {@link io.github.ctokit.core.people.HolidayCalendar}s
 * per region, open {@link io.github.ctokit.core.people.Requisition}s and an
 * {@link io.github.ctokit.core.people.AttritionAssumption}. {@link io.github.ctokit.core.people.Demand} lists
 * {@link io.github.ctokit.core.people.Initiative}s with {@link io.github.ctokit.core.people.Effort} per skill or
 * role (a {@link io.github.ctokit.core.people.Need}) per period and a priority.
 *
 * <p>{@link io.github.ctokit.core.people.Organisation#validator()} and
 * {@link io.github.ctokit.core.people.Demand#validate(Organisation, org.threeten.extra.LocalDateRange)} report every
 * whole-model problem at once; the algorithms live in {@code io.github.ctokit.scoring.capacity}.
 *
 * <h2>Units, periods and personal data</h2>
 *
 * <p>Effort and capacity are in hours. Every period is a half-open
 * {@link org.threeten.extra.LocalDateRange} {@code [start, end)} with a finite start and end; an employment
 * end is the first day no longer employed. Names and e-mail addresses are {@code @Value.Redacted}: they
 * never appear in {@code toString}, in exception messages, in violations or in logs; messages name people
 * by their {@link io.github.ctokit.core.PersonId} only.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.people;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;
