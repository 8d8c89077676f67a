package io.github.ctokit.scoring.continuity;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Every public method of the continuity engine rejects null with a NullPointerException. */
class ContinuityNullnessTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Probability.class, Probability.of(.99))
      .setDefault(Duration.class, Duration.ofDays(30))
      .setDefault(ServiceId.class, ServiceId.of("idp"))
      .setDefault(DisruptionType.class, DisruptionType.REGION)
      .setDefault(LocalDate.class, LocalDate.of(2027, 1, 1))
      .setDefault(Tier.class, Tier.TIER_1)
      .setDefault(Period.class, Period.ofDays(10))
      .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
      .setDefault(WrtConvention.class, WrtConvention.RTO_PLUS_WRT_WITHIN_MTPD)
      .setDefault(FindingKind.class, FindingKind.RTO_BREACH)
      .setDefault(FailureDomain.class, FailureDomain.region("eu-west-1"))
      .setDefault(UnplacedServices.class, UnplacedServices.SPARED)
      .setDefault(ReductionTerms.class, ReductionTerms.uniform())
      .setDefault(io.github.ctokit.core.continuity.DrillType.class, io.github.ctokit.core.continuity.DrillType.PARALLEL)
      .setDefault(DrillFreshness.class, DrillFreshness.ANY_FRESH);

  @Test
  void staticMethods() {
    tester.testAllPublicStaticMethods(Availability.class);
    tester.testAllPublicStaticMethods(ContinuityAssessment.class);
    tester.testAllPublicStaticMethods(ReadinessScore.class);
  }

  @Test
  void instanceMethods() {
    ContinuityAssessment engine = ContinuityAssessment.of(ContinuityAssessmentTest.referenceExample());
    tester.testAllPublicInstanceMethods(engine);
    tester.testAllPublicInstanceMethods(engine.assess(DisruptionType.REGION, LocalDate.of(2027, 1, 1)));
    tester.testAllPublicInstanceMethods(ReductionTerms.uniform());
    tester.testAllPublicInstanceMethods(engine.assessEachOutage(DisruptionType.REGION, LocalDate.of(2027, 1, 1)));
  }
}
