package io.github.ctokit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @ParameterizedTest
  @ValueSource(strings = {"R-042", "team:payments", "okr/2027-Q1/3", "a", "A.b_c", "0"})
  void acceptsTheDocumentedAlphabet(String value) {
    assertThat(RoleId.of(value).value()).isEqualTo(value);
    assertThat(TeamId.of(value)).hasToString(value);
  }

  @Test
  void rejectsEmptyAndOverlongValues() {
    assertThatThrownBy(() -> RoleId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role id must have 1 to 128 characters (had 0)");
    assertThat(PersonId.of("p".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> PersonId.of("p".repeat(129))).hasMessage("person id must have 1 to 128 characters (had 129)");
  }

  @Test
  void rejectionNamesTheCharacterNotTheValue() {
    assertThatThrownBy(() -> PersonId.of("jane.doe@example.com"))
        .hasMessage("person id must be ASCII letters, digits and - _ . : / starting with a letter or digit (found '@' at index 8)")
        .message()
        .doesNotContain("jane");
    assertThatThrownBy(() -> TeamId.of("-team")).hasMessageEndingWith("(found '-' at index 0)");
    assertThatThrownBy(() -> TeamId.of("team one")).hasMessageEndingWith("(found U+0020 at index 4)");
    assertThatThrownBy(() -> TeamId.of("équipe")).hasMessageEndingWith("(found U+00E9 at index 0)");
  }

  @Test
  void nullNamesTheKind() {
    assertThatThrownBy(() -> RoleId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("role id");
  }

  @Test
  void equalityIsPerTypeAndCaseSensitive() {
    new EqualsTester()
        .addEqualityGroup(RoleId.of("x1"), RoleId.of("x1"))
        .addEqualityGroup(TeamId.of("x1"))
        .addEqualityGroup(PersonId.of("x1"))
        .addEqualityGroup(RoleId.of("X1"))
        .testEquals();
  }

  @Test
  void ordersByValueForDeterministicTieBreaking() {
    TreeSet<TeamId> teams = new TreeSet<>(List.of(TeamId.of("b"), TeamId.of("a10"), TeamId.of("a2"), TeamId.of("B")));
    assertThat(teams).extracting(TeamId::value).containsExactly("B", "a10", "a2", "b");
  }
}
