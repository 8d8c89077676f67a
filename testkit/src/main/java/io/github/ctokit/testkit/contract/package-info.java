/**
 * Contract tests that vendors implement to check their own implementations of ctokit SPIs, such
 * as {@link io.github.ctokit.testkit.contract.ValidatorContract}.
 */
@NullMarked
package io.github.ctokit.testkit.contract;

import org.jspecify.annotations.NullMarked;
