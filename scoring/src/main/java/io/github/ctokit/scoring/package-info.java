/**
 * The ctokit algorithms. Each area has its own package and one entry class; this package holds
 * the conventions they share, such as {@link io.github.ctokit.scoring.PercentileConvention}.
 *
 * <p>Engines are immutable, thread-safe and deterministic: no hidden clock (dates are
 * {@code asOf} arguments), no hidden randomness (simulations take a seed), no default locale or
 * time zone.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;
