/**
 * Implementation helpers shared by the ctokit modules. Not API: anything here may change or
 * disappear in any release.
 */
@NullMarked
package io.github.ctokit.core.internal;

import org.jspecify.annotations.NullMarked;
