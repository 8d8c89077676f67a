package io.github.ctokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
    Arbitrary<String> fields = Arbitraries.of("risks", "controls", "id", "coverage", "x", "keyResults");
    Arbitrary<Object> segment = Arbitraries.oneOf(fields.map(f -> (Object) f), Arbitraries.integers().between(0, 10_000).map(i -> (Object) i));
    return segment.list().ofMaxSize(6).map(ModelPathProperties::toPath);
  }

  private static ModelPath toPath(List<Object> segments) {
    ModelPath path = ModelPath.root();
    for (Object s : segments) {
      path = s instanceof Integer i ? path.index(i) : path.field((String) s);
    }
    return path;
  }
}
