package io.github.ctokit.core.delivery;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The whole-model rules of {@link DeliveryPlan}; see its documentation. */
final class DeliveryPlanValidator implements Validator<DeliveryPlan> {

  static final DeliveryPlanValidator INSTANCE = new DeliveryPlanValidator();

  private DeliveryPlanValidator() {}

  @Override
  public ValidationResult validate(DeliveryPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ValidationResult.Builder found = ValidationResult.builder();
    int k = 0;
    for (Map.Entry<TeamId, ThroughputHistory> e : plan.throughput().entrySet()) {
      found.addAll(ModelPath.of("throughput").index(k++), e.getValue().validate());
    }
    List<Feature> features = plan.features();
    Map<FeatureId, Integer> seen = new HashMap<>(features.size() * 2);
    ModelPath list = ModelPath.of("features");
    for (int i = 0; i < features.size(); i++) {
      Feature f = features.get(i);
      Integer first = seen.putIfAbsent(f.id(), i);
      if (first != null) {
        found.error(list.index(i).field("id"), "delivery.duplicate-id",
            "id must be unique within the plan (was '" + f.id() + "', also at features[" + first + "])");
      }
      if (f.work().isEmpty()) {
        found.error(list.index(i).field("work"), "delivery.empty-feature",
            "work must name at least one team (feature " + f.id() + ")");
      }
      for (TeamId team : f.work().keySet()) {
        if (!plan.throughput().containsKey(team)) {
          found.error(list.index(i).field("work"), "delivery.unknown-team",
              "work must name teams with a throughput history (was '" + team + "' in feature " + f.id() + ")");
        }
      }
    }
    return found.build();
  }
}
