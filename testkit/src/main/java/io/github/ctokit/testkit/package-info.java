/**
 * jqwik arbitraries for ctokit's core types, for vendors' and ctokit's own property tests. Every
 * generated value is valid by construction.
 */
@NullMarked
package io.github.ctokit.testkit;

import org.jspecify.annotations.NullMarked;
