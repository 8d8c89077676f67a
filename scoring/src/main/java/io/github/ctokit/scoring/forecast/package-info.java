/**
 * Delivery forecasting: "when will N items be done" and "how many items by a date", from a
 * team's throughput history, by seeded Monte Carlo or exactly by convolution.
 *
 * <p>The entry class is {@link io.github.ctokit.scoring.forecast.DeliveryForecaster}. Inputs are
 * the {@code io.github.ctokit.core.delivery} values (throughput histories with their working
 * calendars, features, scope growth) and a {@link io.github.ctokit.scoring.forecast.CapacityOutlook}
 * that scales throughput by planned effective capacity. Results
 * ({@link io.github.ctokit.scoring.forecast.DeliveryForecast},
 * {@link io.github.ctokit.scoring.forecast.ItemsForecast},
 * {@link io.github.ctokit.scoring.forecast.RoadmapForecast},
 * {@link io.github.ctokit.scoring.forecast.Backtest}) are immutable and explain themselves with a
 * {@link io.github.ctokit.scoring.forecast.ForecastExplanation}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;
