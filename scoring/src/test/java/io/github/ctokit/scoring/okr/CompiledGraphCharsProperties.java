package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The copied ids' packed keys decide like the strings: {@code compare} has the sign of
 * {@link String#compareTo} and {@code same} is {@link String#equals}, for ids short and long,
 * Latin-1 or not, with the characters 0 and 0xFF at the edges of the key.
 */
class CompiledGraphCharsProperties {

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> chars = Arbitraries.of('\0', 'A', 'B', 'a', '0', '9', '-', '\u00ff', '\u0100', '\u20ac');
    Arbitrary<String> random = chars.list().ofMaxSize(12).map(list -> {
      StringBuilder s = new StringBuilder();
      list.forEach(s::append);
      return s.toString();
    });
    // Ids sharing their first seven characters, of length 7 or more.
    Arbitrary<String> sharedPrefix = Arbitraries.strings().withChars("AB9").ofMaxLength(3).map(tail -> "OBJ-000" + tail);
    return Arbitraries.oneOf(random, sharedPrefix);
  }

  @Property(tries = 2000)
  void keysDecideLikeTheStrings(@ForAll("ids") String a, @ForAll("ids") String b) {
    CompiledGraph.Chars left = new CompiledGraph.Chars(1);
    CompiledGraph.Chars right = new CompiledGraph.Chars(1);
    for (String s : List.of(a, b)) {
      left.add(s);
      right.add(s);
    }

    assertThat(Integer.signum(left.compare(0, 1))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(Integer.signum(left.compare(1, 0))).isEqualTo(Integer.signum(b.compareTo(a)));
    assertThat(left.same(0, right, 1)).isEqualTo(a.equals(b));
    assertThat(left.same(0, right, 0)).isTrue();
  }
}
