package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.scoring.risk.cvss.Cvss;
import io.github.ctokit.scoring.risk.cvss.CvssParseException;
import io.github.ctokit.scoring.risk.cvss.CvssVector;
import io.github.ctokit.scoring.risk.cvss.CvssVersion;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CvssArbitrariesProperties {

  @Provide
  Arbitrary<String> valid() {
    return CvssArbitraries.validVectorStrings();
  }

  @Provide
  Arbitrary<String> invalid() {
    return CvssArbitraries.invalidVectorStrings();
  }

  @Provide
  Arbitrary<CvssVector> v4() {
    return CvssArbitraries.v40Vectors();
  }

  @Property
  void validStringsParseAndScore(@ForAll("valid") String text) {
    assertThat(Cvss.parse(text).toString()).isEqualTo(Cvss.parse(Cvss.parse(text).toString()).toString());
    assertThat(Cvss.score(text).overall()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN);
  }

  @Property
  void invalidStringsThrowCvssParseException(@ForAll("invalid") String text) {
    assertThatThrownBy(() -> Cvss.parse(text)).isInstanceOf(CvssParseException.class);
  }

  @Property
  void v4VectorsAreV4(@ForAll("v4") CvssVector v) {
    assertThat(v.version()).isEqualTo(CvssVersion.V4_0);
  }
}
