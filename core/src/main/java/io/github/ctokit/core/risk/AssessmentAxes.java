package io.github.ctokit.core.risk;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compares two assessments of one kind axis by axis, without scoring them: a later tier may rate
 * an axis lower than an earlier one, never higher. Axes: likelihood and impact ranks; the OWASP
 * sums of likelihood, technical and business factors; every NIST level; every DREAD factor.
 */
final class AssessmentAxes {

  private AssessmentAxes() {}

  /** Returns the name of the first axis on which {@code later} is above {@code earlier}, or null. */
  static @Nullable String firstAxisAbove(Assessment later, Assessment earlier) {
    if (later instanceof LikelihoodImpact && earlier instanceof LikelihoodImpact) {
      LikelihoodImpact l = (LikelihoodImpact) later;
      LikelihoodImpact e = (LikelihoodImpact) earlier;
      return l.likelihood() > e.likelihood() ? "likelihood" : l.impact() > e.impact() ? "impact" : null;
    }
    if (later instanceof OwaspFactors && earlier instanceof OwaspFactors) {
      OwaspFactors l = (OwaspFactors) later;
      OwaspFactors e = (OwaspFactors) earlier;
      if (sum(l, true, null) > sum(e, true, null)) {
        return "likelihood factors";
      }
      if (sum(l, false, OwaspFactor.Group.TECHNICAL_IMPACT) > sum(e, false, OwaspFactor.Group.TECHNICAL_IMPACT)) {
        return "technical impact factors";
      }
      boolean business = l.hasBusinessImpact() && e.hasBusinessImpact();
      return business && sum(l, false, OwaspFactor.Group.BUSINESS_IMPACT) > sum(e, false, OwaspFactor.Group.BUSINESS_IMPACT)
          ? "business impact factors" : null;
    }
    if (later instanceof NistRating && earlier instanceof NistRating) {
      NistRating l = (NistRating) later;
      NistRating e = (NistRating) earlier;
      if (above(l.initiation(), e.initiation())) {
        return "initiation";
      }
      if (above(l.adverseImpact(), e.adverseImpact())) {
        return "adverseImpact";
      }
      if (above(l.overallLikelihood(), e.overallLikelihood())) {
        return "overallLikelihood";
      }
      return l.impact().compareTo(e.impact()) > 0 ? "impact" : null;
    }
    if (later instanceof DreadFactors && earlier instanceof DreadFactors) {
      int[] l = ((DreadFactors) later).values();
      int[] e = ((DreadFactors) earlier).values();
      String[] names = {"damage", "reproducibility", "exploitability", "affectedUsers", "discoverability"};
      for (int k = 0; k < l.length; k++) {
        if (l[k] > e[k]) {
          return names[k];
        }
      }
    }
    return null;
  }

  private static boolean above(Optional<NistLevel> later, Optional<NistLevel> earlier) {
    return later.isPresent() && earlier.isPresent() && later.get().compareTo(earlier.get()) > 0;
  }

  private static long sum(OwaspFactors f, boolean likelihood, OwaspFactor.@Nullable Group group) {
    long total = 0;
    for (var e : f.values().entrySet()) {
      if (likelihood ? e.getKey().isLikelihood() : e.getKey().group() == group) {
        total += e.getValue();
      }
    }
    return total;
  }
}
