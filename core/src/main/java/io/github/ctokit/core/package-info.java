/**
 * The shared vocabulary of ctokit: the small values every area uses.
 *
 * <ul>
 *   <li>{@link io.github.ctokit.core.Probability}: a number in [0, 1];
 *   <li>{@link io.github.ctokit.core.Estimate}: a three-point estimate or a confidence interval;
 *   <li>{@link io.github.ctokit.core.LevelScale} and {@link io.github.ctokit.core.Level}: ordered
 *       qualitative scales;
 *   <li>typed identifiers: {@link io.github.ctokit.core.RoleId}, {@link io.github.ctokit.core.TeamId},
 *       {@link io.github.ctokit.core.PersonId}, all built on {@link io.github.ctokit.core.Identifier}.
 * </ul>
 *
 * <h2>Conventions for time and money</h2>
 *
 * <p>ctokit re-uses well-kept types instead of inventing its own:
 *
 * <ul>
 *   <li><b>Dates</b> are {@link java.time.LocalDate}: a plan, a review or a drill happens on a
 *       calendar day in the organisation's own time zone, which the caller resolves. No ctokit
 *       algorithm reads the clock: "today" is always an {@code asOf} argument.
 *   <li><b>Periods</b> are {@code org.threeten.extra.LocalDateRange}, <em>half-open</em>: the start
 *       day is included, the end day is not. A quarter is
 *       {@code LocalDateRange.of(q.atDay(1), q.plusQuarters(1).atDay(1))} for a
 *       {@code org.threeten.extra.YearQuarter q}, and a cycle given as a quarter is stored as that
 *       range, so that "a quarter or any date range" has one representation. Unbounded ranges are
 *       rejected where a period is expected.
 *   <li><b>Durations</b> below a day (recovery times, lags) are {@link java.time.Duration}; effort
 *       is in hours as a {@code double} where the field says so.
 *   <li><b>Money</b> is {@code org.joda.money.Money}: an exact amount in one ISO 4217 currency with
 *       that currency's decimal places. Amounts of different currencies are never added; ctokit
 *       does not convert currencies. Monte Carlo simulations compute in {@code double} internally and
 *       convert results to {@code Money} with {@link java.math.RoundingMode#HALF_EVEN}, which the
 *       result states.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>A null argument throws {@link java.lang.NullPointerException} naming the parameter; one invalid
 * value throws {@link java.lang.IllegalArgumentException} naming the field, the rule and the value.
 * Whole-model rules are collected by a {@link io.github.ctokit.core.validation.Validator} into a
 * {@link io.github.ctokit.core.validation.ValidationResult}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;
