/**
 * jqwik {@code Arbitrary} factories for ctokit values, one entry class per area, for use in the
 * property tests of ctokit's users.
 */
@NullMarked
package io.github.ctokit.testkit;

import org.jspecify.annotations.NullMarked;
