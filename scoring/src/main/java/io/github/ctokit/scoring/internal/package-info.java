/**
 * Implementation helpers shared by the scoring engines, such as the exact network-flow solver.
 * Not API: anything here may change or disappear in any release, and no type from this package
 * appears in a public signature.
 */
@NullMarked
package io.github.ctokit.scoring.internal;

import org.jspecify.annotations.NullMarked;
