package io.github.ctokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelPathTest {

  @Test
  void buildsTheDottedForm() {
    ModelPath path = ModelPath.of("risks").index(3).field("controls").index(1);
    assertThat(path).hasToString("risks[3].controls[1]");
    assertThat(path.depth()).isEqualTo(4);
    assertThat(ModelPath.root()).hasToString("");
    assertThat(ModelPath.root().isRoot()).isTrue();
    assertThat(ModelPath.root().index(2).field("id")).hasToString("[2].id");
  }

  @Test
  void resolvesRelativePaths() {
    ModelPath risk = ModelPath.of("risks").index(3);
    ModelPath control = ModelPath.of("controls").index(1).field("coverage");
    assertThat(risk.resolve(control)).hasToString("risks[3].controls[1].coverage");
    assertThat(risk.resolve(ModelPath.root())).isSameAs(risk);
    assertThat(ModelPath.root().resolve(control)).isSameAs(control);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "risks", "risks[3]", "risks[3].controls[1].coverage", "[0]", "[0][1].x", "a.b.c", "m[12][0]"})
  void parsesWhatItPrints(String text) {
    assertThat(ModelPath.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {".a", "a.", "a..b", "a[", "a[]", "a[-1]", "a[x]", "a]", "1a", "a b", "a[1]b", "a[1234567890]", "a[01]"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> ModelPath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must be fields and [indices] such as risks[3].controls[1] (invalid at index ");
  }

  @Test
  void rejectsBadSegments() {
    assertThatThrownBy(() -> ModelPath.of("not a field")).hasMessage("field must be a Java identifier (was \"not a field\")");
    assertThatThrownBy(() -> ModelPath.root().index(-1)).hasMessage("index must be zero or more (was -1)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ModelPath.root(), ModelPath.parse(""))
        .addEqualityGroup(ModelPath.of("a").index(1), ModelPath.parse("a[1]"))
        .addEqualityGroup(ModelPath.of("a").field("b"))
        .testEquals();
  }
}
