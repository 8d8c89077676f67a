/**
 * The validation model: whole-model rules report every {@link io.github.ctokit.core.validation.Violation}
 * at once in a {@link io.github.ctokit.core.validation.ValidationResult}, with a stable code and a
 * {@link io.github.ctokit.core.validation.ModelPath} such as {@code risks[3].controls[1]}.
 *
 * <p>Single-value rules (a probability of 1.3) throw {@link java.lang.IllegalArgumentException} at
 * construction; rules that need the whole model (duplicate ids, dangling references, cycles) are
 * checked by a {@link io.github.ctokit.core.validation.Validator}, and
 * {@link io.github.ctokit.core.validation.ValidationException} carries all of them when a caller
 * asks to fail.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.validation;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;
