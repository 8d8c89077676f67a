package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.util.Map;

/** An explanation and the sub-scores found on the way. Not API. */
record Detail(CvssExplanation explanation, Map<CvssSubScore, BigDecimal> subScores) {}
