package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated value is valid: rebuilding it through the public factories gives an equal value. */
class CoreArbitrariesProperties {

  @Property
  void probabilities(@ForAll("probability") Probability p) {
    assertThat(Probability.of(p.value())).isEqualTo(p);
    assertThat(Probability.parse(p.toString())).isEqualTo(p);
  }

  @Property
  void estimates(@ForAll("estimate") Estimate e) {
    Estimate rebuilt = e.kind() == Estimate.Kind.THREE_POINT
        ? Estimate.threePoint(e.low(), e.mostLikely().orElseThrow(), e.high())
        : Estimate.interval(e.low(), e.high(), e.confidence());
    assertThat(rebuilt).isEqualTo(e);
    assertThat(e.low()).isLessThanOrEqualTo(e.high());
  }

  @Property
  void identifiers(@ForAll("roleId") RoleId role, @ForAll("teamId") TeamId team, @ForAll("personId") PersonId person) {
    assertThat(RoleId.of(role.value())).isEqualTo(role);
    assertThat(TeamId.of(team.value())).isEqualTo(team);
    assertThat(PersonId.of(person.value())).isEqualTo(person);
  }

  @Property
  void levelScalesAndLevels(@ForAll("scale") LevelScale scale, @ForAll("level") Level level) {
    assertThat(LevelScale.builder().from(scale).build()).isEqualTo(scale);
    assertThat(level.scale().level(level.ordinal())).isEqualTo(level);
    assertThat(level.normalised()).isBetween(0.0, 1.0);
  }

  @Property
  void pathsAndViolations(@ForAll("path") ModelPath path, @ForAll("result") ValidationResult result) {
    assertThat(path.depth()).isBetween(0, 6);
    for (Violation v : result.violations()) {
      assertThat(Violation.builder().from(v).build()).isEqualTo(v);
    }
    assertThat(ValidationResult.of(result.violations())).isEqualTo(result);
  }

  @Provide Arbitrary<Probability> probability() {
    return CoreArbitraries.probabilities();
  }

  @Provide Arbitrary<Estimate> estimate() {
    return CoreArbitraries.estimates();
  }

  @Provide Arbitrary<RoleId> roleId() {
    return CoreArbitraries.roleIds();
  }

  @Provide Arbitrary<TeamId> teamId() {
    return CoreArbitraries.teamIds();
  }

  @Provide Arbitrary<PersonId> personId() {
    return CoreArbitraries.personIds();
  }

  @Provide Arbitrary<LevelScale> scale() {
    return CoreArbitraries.levelScales();
  }

  @Provide Arbitrary<Level> level() {
    return CoreArbitraries.levels();
  }

  @Provide Arbitrary<ModelPath> path() {
    return CoreArbitraries.modelPaths();
  }

  @Provide Arbitrary<ValidationResult> result() {
    return CoreArbitraries.validationResults();
  }
}
