package io.github.ctokit.core.risk;

import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    IdIndex assets = uniqueIds(register.assets(), Asset::id, "assets", "asset", found);
    IdIndex controls = uniqueIds(register.controls(), Control::id, "controls", "control", found);
    List<Risk> risks = register.risks();
    // Open addressing without boxing: a 100,000-risk register allocates two arrays, not 100,000 entries.
    IdIndex riskIds = new IdIndex(risks.size());
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      int first = riskIds.putIfAbsent(risk.id(), i);
      if (first >= 0) {
        found.error(RISKS.index(i).field("id"), "risk.duplicate-id",
            "id must be unique within the register (was '" + risk.id() + "', also at risks[" + first + "])");
      }
      checkReferences(risk, i, assets, controls, found);
      checkTreatment(risk, i, found);
      checkAssessments(risk, i, register, found);
      @Nullable LocalDate nextReview = risk.nextReview().orElse(null);
      if (nextReview != null && nextReview.isBefore(asOf)) {
        found.warning(RISKS.index(i).field("nextReview"), "risk.review-overdue",
            "nextReview must not be before " + asOf + " (was " + nextReview + ", risk " + risk.id() + ")");
      }
    }
    return found.build();
  }

  private static <T, I> IdIndex uniqueIds(List<T> items, java.util.function.Function<T, I> id, String field,
      String area, ValidationResult.Builder found) {
    IdIndex seen = new IdIndex(items.size());
    for (int i = 0; i < items.size(); i++) {
      I key = id.apply(items.get(i));
      int first = seen.putIfAbsent(key, i);
      if (first >= 0) {
        found.error(ModelPath.of(field).index(i).field("id"), area + ".duplicate-id",
            "id must be unique within the register (was '" + key + "', also at " + field + "[" + first + "])");
      }
    }
    return seen;
  }

  private static void checkReferences(Risk risk, int i, IdIndex assets, IdIndex controls,
      ValidationResult.Builder found) {
    for (int j = 0; j < risk.assets().size(); j++) {
      AssetId ref = risk.assets().get(j);
      if (assets.get(ref) < 0) {
        found.error(RISKS.index(i).field("assets").index(j), "risk.unknown-asset",
            "asset must be in the register (was '" + ref + "', risk " + risk.id() + ")");
      }
    }
    List<ControlId> refs = risk.controls();
    @Nullable Set<ControlId> listed = refs.size() > 8 ? new HashSet<>() : null;
    for (int j = 0; j < refs.size(); j++) {
      ControlId ref = refs.get(j);
      if (controls.get(ref) < 0) {
        found.error(RISKS.index(i).field("controls").index(j), "risk.unknown-control",
            "control must be in the register (was '" + ref + "', risk " + risk.id() + ")");
      }
      boolean repeated = listed != null ? !listed.add(ref) : listedBefore(refs, j, ref);
      if (repeated) {
        found.error(RISKS.index(i).field("controls").index(j), "risk.duplicate-control",
            "control must be listed once per risk (was '" + ref + "' again, risk " + risk.id() + ")");
      }
    }
  }

  private static boolean listedBefore(List<ControlId> refs, int j, ControlId ref) {
    for (int k = 0; k < j; k++) {
      if (refs.get(k).equals(ref)) {
        return true;
      }
    }
    return false;
  }

  private void checkTreatment(Risk risk, int i, ValidationResult.Builder found) {
    @Nullable Treatment given = risk.treatment().orElse(null);
    if (given == null || given.strategy() != TreatmentStrategy.ACCEPT) {
      return;
    }
    ModelPath treatment = RISKS.index(i).field("treatment");
    Optional<Acceptance> acceptance = given.acceptance();
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

  private static void checkAssessments(Risk risk, int i, RiskRegister register, ValidationResult.Builder found) {
    @Nullable Assessment inherent = risk.inherent().orElse(null);
    @Nullable Assessment current = risk.current().orElse(null);
    @Nullable Assessment residual = risk.residual().orElse(null);
    if (inherent == null) {
      found.warning(RISKS.index(i).field("inherent"), "risk.not-assessed",
          "inherent rating should be given (was missing, risk " + risk.id() + ")");
    }
    // Three tiers without a per-risk array: this runs once per risk of registers of any size.
    @Nullable String kind = tierKind(inherent, null, i, 0, risk.id(), register, found);
    kind = tierKind(current, kind, i, 1, risk.id(), register, found);
    if (mismatched(kind, current)) {
      return;
    }
    kind = tierKind(residual, kind, i, 2, risk.id(), register, found);
    if (mismatched(kind, residual)) {
      return;
    }
    compare(current, inherent, i, "risk.current-above-inherent", "current", "inherent", risk.id(), found);
    compare(residual, inherent, i, "risk.residual-above-inherent", "residual", "inherent", risk.id(), found);
    compare(residual, current, i, "risk.residual-above-current", "residual", "current", risk.id(), found);
  }

  /**
   * Checks one tier's scale and that its kind matches the tiers before it; returns the kind the
   * following tiers must have.
   */
  private static @Nullable String tierKind(@Nullable Assessment a, @Nullable String kind, int i, int tier, RiskId id,
      RiskRegister register, ValidationResult.Builder found) {
    if (a == null) {
      return kind;
    }
    checkScale(a, i, TIERS[tier], id, register, found);
    if (kind == null) {
      return a.kind();
    }
    if (!kind.equals(a.kind())) {
      found.error(RISKS.index(i).field(TIERS[tier]), "risk.assessment-kind-mismatch",
          TIERS[tier] + " must be rated with the same kind as the other tiers (was " + a.kind() + ", expected " + kind
              + ", risk " + id + ")");
    }
    return kind;
  }

  private static boolean mismatched(@Nullable String kind, @Nullable Assessment a) {
    return kind != null && a != null && !kind.equals(a.kind());
  }

  private static void compare(@Nullable Assessment later, @Nullable Assessment earlier, int i, String code, String laterName,
      String earlierName, RiskId id, ValidationResult.Builder found) {
    if (later == null || earlier == null) {
      return;
    }
    String axis = AssessmentAxes.firstAxisAbove(later, earlier);
    if (axis != null) {
      found.error(RISKS.index(i).field(laterName), code, laterName + " must not rate any axis above " + earlierName
          + " (" + axis + " is higher, risk " + id + ")");
    }
  }

  private static void checkScale(Assessment a, int i, String tier, RiskId id, RiskRegister register,
      ValidationResult.Builder found) {
    if (a instanceof LikelihoodImpact) {
      LikelihoodImpact li = (LikelihoodImpact) a;
      rankWithin(li.likelihood(), register.likelihoodScale().size(), i, tier, "likelihood", id, found);
      rankWithin(li.impact(), register.impactScale().size(), i, tier, "impact", id, found);
    } else if (a instanceof OwaspFactors) {
      for (Map.Entry<OwaspFactor, Integer> e : ((OwaspFactors) a).values().entrySet()) {
        if (e.getValue() > OwaspFactor.MAX_VALUE) {
          found.error(RISKS.index(i).field(tier).field(camel(e.getKey().name())), "risk.input-out-of-scale",
              "OWASP factor " + e.getKey() + " must be within [0, 9] (was " + e.getValue() + ", risk " + id + ")");
        }
      }
    } else if (a instanceof DreadFactors) {
      int[] v = ((DreadFactors) a).values();
      String[] names = {"damage", "reproducibility", "exploitability", "affectedUsers", "discoverability"};
      for (int k = 0; k < v.length; k++) {
        if (v[k] > DreadFactors.MAX_VALUE) {
          found.error(RISKS.index(i).field(tier).field(names[k]), "risk.input-out-of-scale",
              "DREAD " + names[k] + " must be within [0, 10] (was " + v[k] + ", risk " + id + ")");
        }
      }
    }
  }

  private static void rankWithin(int rank, int size, int i, String tier, String axis, RiskId id,
      ValidationResult.Builder found) {
    if (rank > size) {
      found.error(RISKS.index(i).field(tier).field(axis), "risk.input-out-of-scale",
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
