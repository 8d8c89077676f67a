package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossScenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A scenario resolved for simulation: its frequency model, rates and caps, and its stream key. */
final class Compiled {

  final LossScenario scenario;
  final long key;
  /** +1, or −1 for the treated side of a paired difference run: its losses are subtracted from the total. */
  final double sign;
  final FrequencyModel model;
  /** λ for POISSON, p for BERNOULLI, mean TEF for PER_EVENT. */
  final double rate;
  /** Susceptibility as a constant probability (used when drawn per year without a distribution). */
  final double susceptibility;
  final double eventCap;
  final double yearCap;
  final double secondaryProbability;
  final List<Distribution> primary;

  Compiled(LossScenario s, FrequencyModel defaultModel) {
    this(s, defaultModel, 1);
  }

  Compiled(LossScenario s, FrequencyModel defaultModel, double sign) {
    this.sign = sign;
    this.scenario = s;
    this.key = keyOf(s.id().value());
    FrequencyModel m = s.frequencyModel().orElse(defaultModel);
    if (m == FrequencyModel.PER_EVENT && s.lossEventFrequency().isPresent()) {
      m = FrequencyModel.POISSON;
    }
    this.model = m;
    this.susceptibility = s.susceptibilityProbability();
    this.rate = m == FrequencyModel.PER_EVENT ? s.meanThreatEventFrequency() : s.meanLossEventFrequency();
    this.eventCap = s.perEventCap().orElse(Double.POSITIVE_INFINITY);
    this.yearCap = s.perYearCap().orElse(Double.POSITIVE_INFINITY);
    this.secondaryProbability = s.secondaryLossProbability().map(Probability::value).orElse(0.0);
    List<Distribution> p = new ArrayList<>();
    s.primaryLoss().ifPresent(p::add);
    p.addAll(s.primaryLossByForm().values());
    this.primary = List.copyOf(p);
  }

  /** A stable 64-bit key of the scenario id (FNV-1a, then mixed): streams follow the id, not the index. */
  static long keyOf(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return Stream.mix(h);
  }
}
