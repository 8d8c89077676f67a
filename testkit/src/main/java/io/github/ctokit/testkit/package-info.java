/**
 * Test support for users of ctokit: jqwik {@link net.jqwik.api.Arbitrary} generators for every
 * public core type, one entry class per area ({@link io.github.ctokit.testkit.CoreArbitraries} for
 * the shared vocabulary, {@link io.github.ctokit.testkit.RiskArbitraries} for risk registers,
 * {@link io.github.ctokit.testkit.CvssArbitraries} for CVSS vectors,
 * {@link io.github.ctokit.testkit.FairArbitraries} for FAIR loss scenarios and portfolios,
 * {@link io.github.ctokit.testkit.ContinuityArbitraries} for DR plans,
 * {@link io.github.ctokit.testkit.OkrArbitraries} for OKR graphs and KPIs,
 * {@link io.github.ctokit.testkit.PeopleArbitraries} for people, teams, calendars and demand,
 * {@link io.github.ctokit.testkit.ForecastArbitraries} for throughput histories, roadmaps and
 * queues), and
 * contract tests for implementations of ctokit's SPIs in {@code io.github.ctokit.testkit.contract}.
 * Every generated value is valid by construction.
 *
 * <p>Add {@code ctokit-testkit} with test scope; it brings jqwik 1.9.3 and the JUnit Jupiter API.
 */
@NullMarked
package io.github.ctokit.testkit;

import org.jspecify.annotations.NullMarked;
