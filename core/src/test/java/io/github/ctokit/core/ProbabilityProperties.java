package io.github.ctokit.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class ProbabilityProperties {

  @Property
  void textRoundTrips(@ForAll @DoubleRange(min = 0, max = 1) @Scale(12) double value) {
    Probability p = Probability.of(value);
    assertThat(Probability.parse(p.toString())).isEqualTo(p);
  }

  @Property
  void unionAndIntersectionAreBoundedByTheirParts(
      @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
    Probability p = Probability.of(a);
    Probability q = Probability.of(b);
    assertThat(p.and(q).value()).isLessThanOrEqualTo(Math.min(a, b));
    assertThat(p.or(q).value()).isGreaterThanOrEqualTo(Math.max(a, b) - 1e-15);
    assertThat(p.and(q)).isEqualTo(q.and(p));
    assertThat(p.or(q)).isEqualTo(q.or(p));
  }

  @Property
  void anyFiniteValueOutsideTheIntervalIsRejected(@ForAll double value) {
    boolean inside = value >= 0 && value <= 1;
    try {
      Probability p = Probability.of(value);
      assertThat(inside).as("accepted %s", value).isTrue();
      assertThat(p.value()).isBetween(0.0, 1.0);
    } catch (IllegalArgumentException e) {
      assertThat(inside).as("rejected %s", value).isFalse();
      assertThat(e.getMessage()).startsWith("probability must be");
    }
  }
}
