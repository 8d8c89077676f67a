package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.Commitment;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.ObjectiveLevel;
import io.github.ctokit.core.okr.OkrCycle;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.YearQuarter;

/** Small builders for OKR test graphs. */
final class Okrs {

  static final OkrCycle Q1 = OkrCycle.of(YearQuarter.of(2027, 1));
  static final LocalDate JAN_10 = LocalDate.of(2027, 1, 10);
  static final LocalDate END = LocalDate.of(2027, 4, 1);

  private Okrs() {}

  static KeyResult metric(String id, double start, double target, double current) {
    return metric(id, start, target, 1, CheckIn.of(JAN_10, current));
  }

  static KeyResult metric(String id, double start, double target, double weight, CheckIn... checkIns) {
    KeyResultKind kind = target >= start ? KeyResultKind.INCREASE : KeyResultKind.DECREASE;
    return KeyResult.builder().id(KeyResultId.of(id)).title("t").kind(kind).start(start).target(target)
        .weight(weight).addCheckIns(checkIns).build();
  }

  /** A KR at a given progress: 0 → 100, current = 100·p. */
  static KeyResult at(String id, double progress) {
    return metric(id, 0, 100, progress * 100);
  }

  static Objective objective(String id, Commitment commitment, List<KeyResult> krs, Alignment... parents) {
    return Objective.builder().id(ObjectiveId.of(id)).title("t").ownerTeam(TeamId.of("team"))
        .level(ObjectiveLevel.TEAM).commitment(commitment).cycle(Q1).addAllKeyResults(krs).addParents(parents).build();
  }

  static Objective objective(String id, List<KeyResult> krs, Alignment... parents) {
    return objective(id, Commitment.ASPIRATIONAL, krs, parents);
  }

  static Alignment to(String parent) {
    return Alignment.to(ObjectiveId.of(parent));
  }

  static Alignment to(String parent, double weight) {
    return Alignment.to(ObjectiveId.of(parent), weight);
  }

  static ObjectiveId oid(String id) {
    return ObjectiveId.of(id);
  }

  static KeyResultId kid(String id) {
    return KeyResultId.of(id);
  }

  /** The objective with its k-th key result's check-in on that date added or replaced (the full-evaluation side of what-ifs). */
  static Objective withCheckIn(Objective o, int k, CheckIn checkIn) {
    KeyResult kr = o.keyResults().get(k);
    java.util.List<CheckIn> merged = new java.util.ArrayList<>();
    for (CheckIn old : kr.checkIns()) {
      if (!old.date().equals(checkIn.date())) {
        merged.add(old);
      }
    }
    merged.add(checkIn);
    merged.sort((x, y) -> x.date().compareTo(y.date()));
    java.util.List<KeyResult> krs = new java.util.ArrayList<>(o.keyResults());
    krs.set(k, kr.withCheckIns(merged));
    return o.withKeyResults(krs);
  }
}
