package io.github.ctokit.core.risk;

import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The whole-model rules of {@link RiskRegister}; see its class comment for the codes. */
final class RegisterValidator implements Validator<RiskRegister> {

  private static final ModelPath RISKS = ModelPath.of("risks");
  private static final String[] TIERS = {"inherent", "current", "residual"};

  private final LocalDate asOf;

  RegisterValidator(LocalDate asOf) {
    this.asOf = asOf;
  }

  @Override
  public ValidationResult validate(RiskRegister register) {
    Objects.requireNonNull(register, "register");
    ValidationResult.Builder found = ValidationResult.builder();
    Set<AssetId> assets = uniqueIds(register.assets(), Asset::id, "assets", "asset", found);
    Set<ControlId> controls = uniqueIds(register.controls(), Control::id, "controls", "control", found);
    Map<RiskId, Integer> riskIds = new HashMap<>();
    List<Risk> risks = register.risks();
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      ModelPath at = RISKS.index(i);
      Integer first = riskIds.putIfAbsent(risk.id(), i);
      if (first != null) {
        found.error(at.field("id"), "risk.duplicate-id",
            "id must be unique within the register (was '" + risk.id() + "', also at risks[" + first + "])");
      }
      checkReferences(risk, at, assets, controls, found);
      checkTreatment(risk, at, found);
      checkAssessments(risk, at, register, found);
      risk.nextReview().ifPresent(review -> {
        if (review.isBefore(asOf)) {
          found.warning(at.field("nextReview"), "risk.review-overdue",
              "nextReview must not be before " + asOf + " (was " + review + ", risk " + risk.id() + ")");
        }
      });
    }
    return found.build();
  }

  private static <T, I> Set<I> uniqueIds(List<T> items, java.util.function.Function<T, I> id, String field,
      String area, ValidationResult.Builder found) {
    Map<I, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      I key = id.apply(items.get(i));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        found.error(ModelPath.of(field).index(i).field("id"), area + ".duplicate-id",
            "id must be unique within the register (was '" + key + "', also at " + field + "[" + first + "])");
      }
    }
    return seen.keySet();
  }

  private static void checkReferences(Risk risk, ModelPath at, Set<AssetId> assets, Set<ControlId> controls,
      ValidationResult.Builder found) {
    for (int j = 0; j < risk.assets().size(); j++) {
      AssetId ref = risk.assets().get(j);
      if (!assets.contains(ref)) {
        found.error(at.field("assets").index(j), "risk.unknown-asset",
            "asset must be in the register (was '" + ref + "', risk " + risk.id() + ")");
      }
    }
    Set<ControlId> listed = new HashSet<>();
    for (int j = 0; j < risk.controls().size(); j++) {
      ControlId ref = risk.controls().get(j);
      if (!controls.contains(ref)) {
        found.error(at.field("controls").index(j), "risk.unknown-control",
            "control must be in the register (was '" + ref + "', risk " + risk.id() + ")");
      }
      if (!listed.add(ref)) {
        found.error(at.field("controls").index(j), "risk.duplicate-control",
            "control must be listed once per risk (was '" + ref + "' again, risk " + risk.id() + ")");
      }
    }
  }

  private void checkTreatment(Risk risk, ModelPath at, ValidationResult.Builder found) {
    if (risk.treatment().isEmpty() || risk.treatment().get().strategy() != TreatmentStrategy.ACCEPT) {
      return;
    }
    ModelPath treatment = at.field("treatment");
    Optional<Acceptance> acceptance = risk.treatment().get().acceptance();
    if (acceptance.isEmpty()) {
      found.error(treatment.field("acceptance"), "risk.acceptance-missing",
          "acceptance must be recorded for strategy ACCEPT (was missing, risk " + risk.id() + ")");
      return;
    }
    Acceptance a = acceptance.get();
    ModelPath expiry = treatment.field("acceptance").field("expiry");
    if (a.expiry().isEmpty()) {
      found.error(expiry, "risk.acceptance-no-expiry",
          "acceptance must have an expiry date (was missing, risk " + risk.id() + ", approver " + a.approver() + ")");
    } else if (a.isExpired(asOf)) {
      found.error(expiry, "risk.acceptance-expired",
          "acceptance must not have lapsed as of " + asOf + " (expired " + a.expiry().get() + ", risk " + risk.id() + ")");
    }
  }

  private static void checkAssessments(Risk risk, ModelPath at, RiskRegister register, ValidationResult.Builder found) {
    @SuppressWarnings("unchecked")
    Optional<Assessment>[] tiers = new Optional[] {risk.inherent(), risk.current(), risk.residual()};
    if (tiers[0].isEmpty()) {
      found.warning(at.field("inherent"), "risk.not-assessed",
          "inherent rating should be given (was missing, risk " + risk.id() + ")");
    }
    String kind = null;
    for (int t = 0; t < tiers.length; t++) {
      if (tiers[t].isEmpty()) {
        continue;
      }
      Assessment a = tiers[t].get();
      checkScale(a, at.field(TIERS[t]), risk.id(), register, found);
      if (kind == null) {
        kind = a.kind();
      } else if (!kind.equals(a.kind())) {
        found.error(at.field(TIERS[t]), "risk.assessment-kind-mismatch",
            TIERS[t] + " must be rated with the same kind as the other tiers (was " + a.kind() + ", expected " + kind
                + ", risk " + risk.id() + ")");
        return;
      }
    }
    compare(tiers[1], tiers[0], at.field("current"), "risk.current-above-inherent", "current", "inherent", risk.id(), found);
    compare(tiers[2], tiers[0], at.field("residual"), "risk.residual-above-inherent", "residual", "inherent", risk.id(), found);
    compare(tiers[2], tiers[1], at.field("residual"), "risk.residual-above-current", "residual", "current", risk.id(), found);
  }

  private static void compare(Optional<Assessment> later, Optional<Assessment> earlier, ModelPath at, String code,
      String laterName, String earlierName, RiskId id, ValidationResult.Builder found) {
    if (later.isEmpty() || earlier.isEmpty()) {
      return;
    }
    String axis = AssessmentAxes.firstAxisAbove(later.get(), earlier.get());
    if (axis != null) {
      found.error(at, code, laterName + " must not rate any axis above " + earlierName + " (" + axis + " is higher, risk "
          + id + ")");
    }
  }

  private static void checkScale(Assessment a, ModelPath at, RiskId id, RiskRegister register,
      ValidationResult.Builder found) {
    if (a instanceof LikelihoodImpact) {
      LikelihoodImpact li = (LikelihoodImpact) a;
      rankWithin(li.likelihood(), register.likelihoodScale().size(), at.field("likelihood"), "likelihood", id, found);
      rankWithin(li.impact(), register.impactScale().size(), at.field("impact"), "impact", id, found);
    } else if (a instanceof OwaspFactors) {
      for (Map.Entry<OwaspFactor, Integer> e : ((OwaspFactors) a).values().entrySet()) {
        if (e.getValue() > OwaspFactor.MAX_VALUE) {
          found.error(at.field(camel(e.getKey().name())), "risk.input-out-of-scale",
              "OWASP factor " + e.getKey() + " must be within [0, 9] (was " + e.getValue() + ", risk " + id + ")");
        }
      }
    } else if (a instanceof DreadFactors) {
      int[] v = ((DreadFactors) a).values();
      String[] names = {"damage", "reproducibility", "exploitability", "affectedUsers", "discoverability"};
      for (int k = 0; k < v.length; k++) {
        if (v[k] > DreadFactors.MAX_VALUE) {
          found.error(at.field(names[k]), "risk.input-out-of-scale",
              "DREAD " + names[k] + " must be within [0, 10] (was " + v[k] + ", risk " + id + ")");
        }
      }
    }
  }

  private static void rankWithin(int rank, int size, ModelPath at, String axis, RiskId id, ValidationResult.Builder found) {
    if (rank > size) {
      found.error(at, "risk.input-out-of-scale",
          axis + " rank must be within [1, " + size + "] of the register's " + axis + " scale (was " + rank + ", risk "
              + id + ")");
    }
  }

  static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
