package io.github.ctokit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LevelScaleTest {

  @Test
  void presets() {
    assertThat(LevelScale.threeLevel().labels()).containsExactly("Low", "Moderate", "High");
    assertThat(LevelScale.fourLevel().labels()).containsExactly("Low", "Medium", "High", "Critical");
    assertThat(LevelScale.fiveLevel().labels()).containsExactly("Very low", "Low", "Moderate", "High", "Very high");
    assertThat(LevelScale.fiveLevel().name()).isEqualTo("5-level");
  }

  @Test
  void builderShowsTheSandwichPattern() {
    LevelScale impact = LevelScale.builder().name("Impact").addLabels("Minor", "Moderate", "Major", "Severe").build();
    assertThat(impact.size()).isEqualTo(4);
    assertThat(impact.withName("Consequence").name()).isEqualTo("Consequence");
    assertThat(impact.withName("Consequence").labels()).isEqualTo(impact.labels());
    assertThat(impact).isEqualTo(LevelScale.of("Impact", "Minor", "Moderate", "Major", "Severe"));
    assertThat(impact.toString()).contains("Impact").contains("Severe");
  }

  @Test
  void levelsAreFoundByOrdinalAndLabel() {
    LevelScale five = LevelScale.fiveLevel();
    Level high = five.level("high");
    assertThat(high).isSameAs(five.level(3));
    assertThat(high.ordinal()).isEqualTo(3);
    assertThat(high.rank()).isEqualTo(4);
    assertThat(high.label()).isEqualTo("High");
    assertThat(high.normalised()).isEqualTo(0.75);
    assertThat(five.lowest().normalised()).isZero();
    assertThat(five.highest().normalised()).isEqualTo(1.0);
    assertThat(five.find("Extreme")).isEmpty();
    assertThat(five.levels()).extracting(Level::label).containsExactlyElementsOf(five.labels());
  }

  @Test
  void neighboursAndClamp() {
    LevelScale three = LevelScale.threeLevel();
    assertThat(three.lowest().lower()).isEmpty();
    assertThat(three.lowest().higher()).contains(three.level(1));
    assertThat(three.highest().higher()).isEmpty();
    assertThat(three.highest().lower()).contains(three.level(1));
    assertThat(three.clamp(-4)).isEqualTo(three.lowest());
    assertThat(three.clamp(7)).isEqualTo(three.highest());
    assertThat(three.clamp(1)).isEqualTo(three.level(1));
  }

  @Test
  void lookupErrorsNameTheScale() {
    assertThatThrownBy(() -> LevelScale.threeLevel().level(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ordinal must be within [0, 2] for scale '3-level' (was 3)");
    assertThatThrownBy(() -> LevelScale.threeLevel().level("Extreme"))
        .hasMessage("label must be one of [Low, Moderate, High] for scale '3-level' (was 'Extreme')");
  }

  @Test
  void authoringRules() {
    assertThatThrownBy(() -> LevelScale.of("One", "Only"))
        .hasMessage("labels must have 2 to 64 entries for scale 'One' (had 1)");
    assertThatThrownBy(() -> LevelScale.of("Dup", "High", "Low", "high"))
        .hasMessage("labels must be distinct ignoring case (labels[2] repeats 'high')");
    assertThatThrownBy(() -> LevelScale.of("Blank", "Low", " "))
        .hasMessage("labels[1] must be non-blank, without surrounding spaces and at most 64 characters (was ' ')");
    assertThatThrownBy(() -> LevelScale.of("Padded", "Low", "High "))
        .hasMessageStartingWith("labels[1] must be non-blank");
    assertThatThrownBy(() -> LevelScale.of(" ", "Low", "High")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> LevelScale.builder().addLabels("Low", "High").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void levelsCompareWithinOneScaleOnly() {
    LevelScale five = LevelScale.fiveLevel();
    assertThat(five.level("High").isAbove(five.level("Moderate"))).isTrue();
    assertThat(five.level("High").isAtLeast(five.level("High"))).isTrue();
    assertThat(five.level("Low").isAbove(five.level("High"))).isFalse();
    assertThatThrownBy(() -> five.level("High").compareTo(LevelScale.threeLevel().level("High")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels of different scales cannot be compared ('5-level' vs '3-level')\n"
            + "Maybe compare normalised() values, or map one scale onto the other first");
  }

  @Test
  void equality() {
    LevelScale a = LevelScale.of("S", "Low", "High");
    LevelScale sameAsA = LevelScale.of("S", "Low", "High");
    new EqualsTester()
        .addEqualityGroup(a, sameAsA)
        .addEqualityGroup(LevelScale.of("T", "Low", "High"))
        .addEqualityGroup(LevelScale.of("S", "Low", "Medium", "High"))
        .addEqualityGroup(a.level(0), sameAsA.level(0))
        .addEqualityGroup(a.level(1))
        .testEquals();
  }
}
