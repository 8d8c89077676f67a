package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CVSS v2.0 scoring (FIRST v2.0 guide, section 3.2) in exact decimal arithmetic, every score
 * rounded half up to one decimal. Not API.
 */
final class V2Scoring {

  // Weights indexed by value index in CvssV2Metric.allowedValues() order.
  private static final BigDecimal[] AV = dec("0.395", "0.646", "1");
  private static final BigDecimal[] AC = dec("0.35", "0.61", "0.71");
  private static final BigDecimal[] AU = dec("0.45", "0.56", "0.704");
  private static final BigDecimal[] CIA = dec("0", "0.275", "0.660");
  private static final BigDecimal[] E = dec("1", "0.85", "0.90", "0.95", "1");
  private static final BigDecimal[] RL = dec("1", "0.87", "0.90", "0.95", "1");
  private static final BigDecimal[] RC = dec("1", "0.90", "0.95", "1");
  private static final BigDecimal[] CDP = dec("0", "0", "0.1", "0.3", "0.4", "0.5");
  private static final BigDecimal[] TD = dec("1", "0", "0.25", "0.75", "1");
  private static final BigDecimal[] REQ = dec("1", "0.5", "1", "1.51");

  private static final BigDecimal B_10_41 = new BigDecimal("10.41");
  private static final BigDecimal B_20 = BigDecimal.valueOf(20);
  private static final BigDecimal B_0_6 = new BigDecimal("0.6");
  private static final BigDecimal B_0_4 = new BigDecimal("0.4");
  private static final BigDecimal B_1_5 = new BigDecimal("1.5");
  private static final BigDecimal B_1_176 = new BigDecimal("1.176");

  private V2Scoring() {}

  private static BigDecimal[] dec(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new BigDecimal(values[i]);
    }
    return out;
  }

  /** Scores into {@code out} = {base, temporal, environmental} in tenths; records detail if asked. */
  static void score(CvssVector v, int[] out, @Nullable Map<CvssSubScore, BigDecimal> sub,
      @Nullable List<CvssExplanation.Step> steps) {
    BigDecimal c = CIA[v.index(3)];
    BigDecimal i = CIA[v.index(4)];
    BigDecimal a = CIA[v.index(5)];
    BigDecimal impact = B_10_41.multiply(
        BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(c).multiply(BigDecimal.ONE.subtract(i))
            .multiply(BigDecimal.ONE.subtract(a))));
    BigDecimal exploitability = B_20.multiply(AV[v.index(0)]).multiply(AC[v.index(1)]).multiply(AU[v.index(2)]);
    BigDecimal base = baseEquation(impact, exploitability);
    BigDecimal temporalFactor = E[v.index(6)].multiply(RL[v.index(7)]).multiply(RC[v.index(8)]);
    BigDecimal temporal = round(base.multiply(temporalFactor));
    BigDecimal adjustedImpact = B_10_41.multiply(BigDecimal.ONE.subtract(
        BigDecimal.ONE.subtract(c.multiply(REQ[v.index(11)]))
            .multiply(BigDecimal.ONE.subtract(i.multiply(REQ[v.index(12)])))
            .multiply(BigDecimal.ONE.subtract(a.multiply(REQ[v.index(13)]))))).min(BigDecimal.TEN);
    BigDecimal adjustedBase = baseEquation(adjustedImpact, exploitability);
    BigDecimal adjustedTemporal = round(adjustedBase.multiply(temporalFactor));
    BigDecimal cdp = CDP[v.index(9)];
    BigDecimal td = TD[v.index(10)];
    BigDecimal environmental =
        round(adjustedTemporal.add(BigDecimal.TEN.subtract(adjustedTemporal).multiply(cdp)).multiply(td));
    out[0] = tenths(base);
    out[1] = tenths(temporal);
    out[2] = tenths(environmental);
    if (sub != null) {
      sub.put(CvssSubScore.IMPACT, plain(impact));
      sub.put(CvssSubScore.EXPLOITABILITY, plain(exploitability));
      sub.put(CvssSubScore.ADJUSTED_IMPACT, plain(adjustedImpact));
      sub.put(CvssSubScore.ADJUSTED_BASE, adjustedBase);
      sub.put(CvssSubScore.ADJUSTED_TEMPORAL, adjustedTemporal);
    }
    if (steps != null) {
      steps.add(new CvssExplanation.Step("Impact", "10.41 × (1 − (1 − C)(1 − I)(1 − A)) = 10.41 × (1 − (1 − "
          + c.toPlainString() + ")(1 − " + i.toPlainString() + ")(1 − " + a.toPlainString() + "))", plain(impact)));
      steps.add(new CvssExplanation.Step("Exploitability", "20 × AV × AC × Au = 20 × " + AV[v.index(0)].toPlainString()
          + " × " + AC[v.index(1)].toPlainString() + " × " + AU[v.index(2)].toPlainString(), plain(exploitability)));
      steps.add(new CvssExplanation.Step("Base score",
          "round1((0.6 × Impact + 0.4 × Exploitability − 1.5) × f(Impact)), f = 0 if Impact = 0 else 1.176", base));
      steps.add(new CvssExplanation.Step("Temporal score", "round1(Base × E × RL × RC) = round1(" + base.toPlainString()
          + " × " + E[v.index(6)].toPlainString() + " × " + RL[v.index(7)].toPlainString() + " × "
          + RC[v.index(8)].toPlainString() + ")", temporal));
      steps.add(new CvssExplanation.Step("Adjusted impact",
          "min(10, 10.41 × (1 − (1 − C × CR)(1 − I × IR)(1 − A × AR)))", plain(adjustedImpact)));
      steps.add(new CvssExplanation.Step("Adjusted base", "the base equation with Adjusted impact", adjustedBase));
      steps.add(new CvssExplanation.Step("Adjusted temporal", "round1(Adjusted base × E × RL × RC)", adjustedTemporal));
      steps.add(new CvssExplanation.Step("Environmental score",
          "round1((Adjusted temporal + (10 − Adjusted temporal) × CDP) × TD), CDP = " + cdp.toPlainString()
              + ", TD = " + td.toPlainString(), environmental));
    }
  }

  private static BigDecimal baseEquation(BigDecimal impact, BigDecimal exploitability) {
    if (impact.signum() == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    BigDecimal raw = B_0_6.multiply(impact).add(B_0_4.multiply(exploitability)).subtract(B_1_5).multiply(B_1_176);
    return round(raw.max(BigDecimal.ZERO));
  }

  private static BigDecimal round(BigDecimal x) {
    return x.setScale(1, RoundingMode.HALF_UP);
  }

  private static int tenths(BigDecimal oneDecimal) {
    return oneDecimal.unscaledValue().intValueExact();
  }

  private static BigDecimal plain(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  static Detail detail(CvssVector v) {
    Map<CvssSubScore, BigDecimal> sub = new EnumMap<>(CvssSubScore.class);
    List<CvssExplanation.Step> steps = new ArrayList<>();
    score(v, new int[3], sub, steps);
    Map<String, String> effective = new LinkedHashMap<>();
    for (CvssMetric m : v.metrics()) {
      String value = v.get(m);
      if ("ND".equals(value)) {
        value = m == CvssV2Metric.CDP ? "ND (0)" : m == CvssV2Metric.TD ? "ND (1)" : "ND (1)";
      }
      effective.put(m.abbreviation(), value);
    }
    CvssExplanation explanation = CvssExplanation.builder()
        .vector(v.toString())
        .profile(CvssProfile.V2_0_EXACT_HALF_UP)
        .putAllEffectiveValues(effective)
        .addAllSteps(steps)
        .build();
    return new Detail(explanation, Collections.unmodifiableMap(sub));
  }
}
