package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.validation.ModelPath;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link ModelPath}, over the testkit's generated paths. */
class ModelPathProperties {

  @Property
  void textRoundTrips(@ForAll("paths") ModelPath path) {
    assertThat(ModelPath.parse(path.toString())).isEqualTo(path);
  }

  @Property
  void resolveIsAssociative(@ForAll("paths") ModelPath a, @ForAll("paths") ModelPath b, @ForAll("paths") ModelPath c) {
    assertThat(a.resolve(b).resolve(c)).isEqualTo(a.resolve(b.resolve(c)));
    assertThat(a.resolve(b).depth()).isEqualTo(a.depth() + b.depth());
  }

  @Property
  void parsingArbitraryTextNeverThrowsAnythingElse(@ForAll String text) {
    try {
      assertThat(ModelPath.parse(text)).hasToString(text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).startsWith("path must be");
    }
  }

  @Provide
  Arbitrary<ModelPath> paths() {
    return CoreArbitraries.modelPaths();
  }
}
