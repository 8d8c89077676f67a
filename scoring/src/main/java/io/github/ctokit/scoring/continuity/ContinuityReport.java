package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.BackupCopy;
import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.BusinessProcess;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrStrategy;
import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.DrillResult;
import io.github.ctokit.core.continuity.DrillType;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.MediaType;
import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.RemediationItem;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.scoring.internal.MinCostFlow;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a DR plan can deliver in one disruption type, as of a date: per-service recovery
 * ({@link #recovery(ServiceId)}), every {@link Finding} with its explanation, drill evidence,
 * 3-2-1-1-0 checks, a readiness score, composite availability and a what-if fix.
 *
 * <p>Recovery times are computed in one pass over the dependency graph in topological order
 * (no recursion; a chain of a million services is fine), in whole milliseconds, when the report
 * is made. Immutable and thread-safe; the finding objects are built on the first call of
 * {@link #findings()} (or {@link #breaches()}, {@link #explain()}), their messages and figures on
 * first read, and {@link #availability(ServiceId)} and {@link #cheapestFix()} compute on demand.
 */
public final class ContinuityReport {

  private final Graph g;
  private final DisruptionType disruption;
  private final LocalDate asOf;
  private final WrtConvention convention;
  private final long[] own;
  private final long[] ach;
  private final int[] pred;
  private final int[] cause;
  private final int[] depth;
  private final int[] root;
  private final long[] rp;
  private final int[] rpPred;
  private final long[] mtpd;
  private final long[] rto;
  private final long[] wrt;
  private final long[] deadline;
  private final long[] latest;
  private final @Nullable FailureDomain domain;
  private final boolean @Nullable [] hit;
  private final int hitCount;
  private final BusinessProcess[] processes;
  /** Per service: the tightest recovery-time limit set by a process using it (convention applied), and which process. */
  private final long[] processRto;
  private final int[] processRtoFrom;
  /** Per service: the tightest RPO of a process using it, and which process. */
  private final long[] processRpo;
  private final int[] processRpoFrom;
  /** Per service: the process whose MTPD is the effective MTPD, or -1. */
  private final int[] mtpdFrom;
  private volatile @Nullable List<Finding> findings;
  private final DrPlan plan;
  private final RoundingMode rounding;
  private final DrillFreshness freshness;
  private volatile @Nullable DrillCoverage coverage;
  private final List<DrillEvidence> drills;
  private final List<BackupRuleCheck> backupChecks;
  private final ReadinessScore readiness;

  ContinuityReport(DrPlan plan, Graph g, ContinuityAssessment config, DisruptionType disruption,
      @Nullable FailureDomain domain, LocalDate asOf) {
    this.g = g;
    this.plan = plan;
    this.rounding = config.scoreRounding();
    this.freshness = config.drillFreshness();
    this.disruption = disruption;
    this.domain = domain;
    this.asOf = asOf;
    this.convention = config.wrtConvention();
    int n = g.n;
    hit = domain == null ? null : blastRadius(g, domain, config.unplacedServices());
    own = new long[n];
    rto = new long[n];
    wrt = new long[n];
    long[] ownRp = new long[n];
    int hits = 0;
    for (int i = 0; i < n; i++) {
      Service s = g.services[i];
      rto[i] = s.targets().rto().map(Times::ms).orElse(Times.NONE);
      wrt[i] = s.targets().wrt().map(Times::ms).orElse(0L);
      if (hit == null || hit[i]) {
        own[i] = s.ownRecovery(disruption).map(Times::ms).orElse(Times.UNKNOWN);
        ownRp[i] = ownRecoveryPoint(s);
        hits++;
      } // outside the blast radius: nothing to recover, no data lost (own 0, recovery point 0)
    }
    hitCount = hits;
    processes = plan.processes().toArray(new BusinessProcess[0]);
    processRto = new long[n];
    processRtoFrom = new int[n];
    processRpo = new long[n];
    processRpoFrom = new int[n];
    processTargets();
    ach = new long[n];
    pred = new int[n];
    cause = new int[n];
    forward(g, own, ach, pred, cause);
    depth = new int[n];
    root = new int[n];
    for (int i : g.topo) {
      depth[i] = pred[i] < 0 ? 1 : depth[pred[i]] + 1;
      root[i] = pred[i] < 0 ? i : root[pred[i]];
    }
    rp = new long[n];
    rpPred = new int[n];
    recoveryPoints(ownRp);
    mtpdFrom = new int[n];
    mtpd = effectiveMtpd();
    deadline = new long[n];
    for (int i = 0; i < n; i++) {
      deadline[i] = deadline(i);
    }
    latest = new long[n];
    latestFinish(g, own, ach, deadline, latest);
    drills = drillEvidence(plan, config);
    backupChecks = backupChecks(config);
    readiness = readiness(config);
  }

  // ---------------------------------------------------------------- passes

  /** Achievable recovery: one pass in topological order; pred is the argmax dependency, cause the unknown service. */
  static void forward(Graph g, long[] own, long[] ach, int[] pred, int[] cause) {
    for (int i : g.topo) {
      pred[i] = -1;
      cause[i] = -1;
      if (own[i] < 0) {
        ach[i] = Times.UNKNOWN;
        cause[i] = i;
        continue;
      }
      long best = 0;
      int bestDep = -1;
      int unknown = -1;
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        int d = g.dep[k];
        if (ach[d] < 0) {
          unknown = cause[d];
          break;
        }
        if (bestDep < 0 || ach[d] > best) {
          best = ach[d];
          bestDep = d;
        }
      }
      if (unknown >= 0) {
        ach[i] = Times.UNKNOWN;
        cause[i] = unknown;
      } else {
        ach[i] = Times.add(own[i], best);
        pred[i] = bestDep;
      }
    }
  }

  /**
   * Latest allowed recovery (the critical-path method's backward pass): the service's own
   * deadline, and for every known dependent t, latest(t) − own(t).
   */
  static void latestFinish(Graph g, long[] own, long[] ach, long[] deadline, long[] latest) {
    for (int x = g.n - 1; x >= 0; x--) {
      int i = g.topo[x];
      long v = deadline[i];
      for (int k = g.rdepStart[i]; k < g.rdepStart[i + 1]; k++) {
        int t = g.rdep[k];
        if (ach[t] >= 0 && latest[t] != Times.NONE) {
          long allowed = Times.sub(latest[t], own[t]);
          if (allowed < v) {
            v = allowed;
          }
        }
      }
      latest[i] = v;
    }
  }

  private static long ownRecoveryPoint(Service s) {
    long best = Times.NONE;
    for (BackupPolicy b : s.backups()) {
      best = Math.min(best, Times.ms(b.worstCaseRecoveryPoint()));
    }
    if (s.replication().isPresent()) {
      best = Math.min(best, Times.ms(s.replication().get().lag()));
    }
    return best == Times.NONE ? Times.UNKNOWN : best;
  }

  /** Effective recovery point: own, then the worst over consistency-coupled dependencies. */
  private void recoveryPoints(long[] ownRp) {
    for (int i : g.topo) {
      long v = ownRp[i];
      int from = -1;
      for (int k = g.depStart[i]; k < g.depStart[i + 1] && v >= 0; k++) {
        if (!g.coupled[k]) {
          continue;
        }
        int d = g.dep[k];
        if (rp[d] < 0) {
          v = Times.UNKNOWN;
        } else if (rp[d] > v) {
          v = rp[d];
          from = d;
        }
      }
      rp[i] = v;
      rpPred[i] = v < 0 ? -1 : from;
    }
  }

  /** Which services a failure domain hits: placed inside it, or unplaced under {@link UnplacedServices#DISRUPTED}. */
  private static boolean[] blastRadius(Graph g, FailureDomain domain, UnplacedServices unplaced) {
    boolean[] out = new boolean[g.n];
    for (int i = 0; i < g.n; i++) {
      Optional<Boolean> inside = domain.covers(g.services[i].placement());
      out[i] = inside.isPresent() ? inside.get() : unplaced == UnplacedServices.DISRUPTED;
    }
    return out;
  }

  /**
   * Process targets: each process's RTO (as a limit under the convention, with the process's WRT)
   * and RPO bound the services it uses, then flow to their whole dependency closure.
   */
  private void processTargets() {
    java.util.Arrays.fill(processRto, Times.NONE);
    java.util.Arrays.fill(processRpo, Times.NONE);
    java.util.Arrays.fill(processRtoFrom, -1);
    java.util.Arrays.fill(processRpoFrom, -1);
    for (int p = 0; p < processes.length; p++) {
      BusinessProcess bp = processes[p];
      long limit = Times.NONE;
      if (bp.targets().rto().isPresent()) {
        limit = Times.ms(bp.targets().rto().get());
        if (convention == WrtConvention.RECOVERY_PLUS_WRT_WITHIN_RTO) {
          limit -= bp.targets().wrt().map(Times::ms).orElse(0L);
        }
      }
      long rpo = bp.targets().rpo().map(Times::ms).orElse(Times.NONE);
      for (ServiceId id : bp.services()) {
        int i = g.node(id);
        if (limit < processRto[i]) {
          processRto[i] = limit;
          processRtoFrom[i] = p;
        }
        if (rpo < processRpo[i]) {
          processRpo[i] = rpo;
          processRpoFrom[i] = p;
        }
      }
    }
    toDependencies(processRto, processRtoFrom);
    toDependencies(processRpo, processRpoFrom);
  }

  /** Pulls the minimum over every dependent into each service (dependents first), keeping its source. */
  private void toDependencies(long[] value, int[] from) {
    for (int x = g.n - 1; x >= 0; x--) {
      int i = g.topo[x];
      for (int k = g.rdepStart[i]; k < g.rdepStart[i + 1]; k++) {
        int t = g.rdep[k];
        if (value[t] < value[i]) {
          value[i] = value[t];
          from[i] = from[t];
        }
      }
    }
  }

  /** Effective MTPD: the minimum over the service, processes using it, and everything depending on it. */
  private long[] effectiveMtpd() {
    long[] m = new long[g.n];
    java.util.Arrays.fill(mtpdFrom, -1);
    for (int i = 0; i < g.n; i++) {
      m[i] = g.services[i].mtpd().map(Times::ms).orElse(Times.NONE);
    }
    for (int p = 0; p < processes.length; p++) {
      Optional<Duration> pm = processes[p].mtpd();
      if (pm.isPresent()) {
        long v = Times.ms(pm.get());
        for (ServiceId s : processes[p].services()) {
          int i = g.node(s);
          if (v < m[i]) {
            m[i] = v;
            mtpdFrom[i] = p;
          }
        }
      }
    }
    toDependencies(m, mtpdFrom);
    return m;
  }

  private long deadline(int i) {
    long limit = Times.NONE;
    if (convention == WrtConvention.RTO_PLUS_WRT_WITHIN_MTPD) {
      limit = rto[i];
      if (mtpd[i] != Times.NONE) {
        limit = Math.min(limit, mtpd[i] - wrt[i]);
      }
    } else {
      if (rto[i] != Times.NONE) {
        limit = rto[i] - wrt[i];
      }
      limit = Math.min(limit, mtpd[i]);
    }
    return Math.min(limit, processRto[i]);
  }

  // ---------------------------------------------------------------- evidence

  private List<DrillEvidence> drillEvidence(DrPlan plan, ContinuityAssessment config) {
    @Nullable DrillRecord[] latestDrill = new DrillRecord[g.n];
    @Nullable DrillResult[] latestResult = new DrillResult[g.n];
    DrillType minimum = config.minimumDrillType();
    for (DrillRecord d : plan.drills()) {
      if (d.disruption() != disruption || d.date().isAfter(asOf) || d.type().compareTo(minimum) < 0) {
        continue;
      }
      for (DrillResult result : d.results()) {
        int i = g.node(result.service());
        @Nullable DrillRecord cur = latestDrill[i];
        if (cur == null || !d.date().isBefore(cur.date())) {
          latestDrill[i] = d;
          latestResult[i] = result;
        }
      }
    }
    List<DrillEvidence> out = new ArrayList<>(g.n);
    for (int i = 0; i < g.n; i++) {
      @Nullable DrillRecord d = latestDrill[i];
      @Nullable DrillResult result = latestResult[i];
      if (d == null || result == null) {
        out.add(new DrillEvidence(g.id(i), Optional.empty(), Optional.empty(), Optional.empty(), DrillStatus.NEVER_DRILLED, 0));
        continue;
      }
      LocalDate freshUntil = plus(d.date(), config.drillValidity(g.services[i].tier()));
      DrillStatus status;
      if (freshUntil.isBefore(asOf)) {
        status = DrillStatus.STALE;
      } else if (!result.passed()) {
        status = DrillStatus.FAILED;
      } else if (exceeds(result.achievedRecoveryTime(), g.services[i].targets().rto())
          || exceeds(result.achievedRecoveryPoint(), g.services[i].targets().rpo())) {
        status = DrillStatus.MISSED_TARGET;
      } else {
        status = DrillStatus.PASSED;
      }
      out.add(new DrillEvidence(g.id(i), Optional.of(d), Optional.of(result), Optional.of(freshUntil), status,
          ChronoUnit.DAYS.between(asOf, freshUntil)));
    }
    return Collections.unmodifiableList(out);
  }

  /** Date arithmetic that saturates at the ends of {@link LocalDate}'s range instead of throwing. */
  private static LocalDate plus(LocalDate date, java.time.Period p) {
    try {
      return date.plus(p);
    } catch (java.time.DateTimeException e) {
      return LocalDate.MAX;
    }
  }

  private static LocalDate minus(LocalDate date, java.time.Period p) {
    try {
      return date.minus(p);
    } catch (java.time.DateTimeException e) {
      return LocalDate.MIN;
    }
  }

  private static boolean exceeds(Optional<Duration> achieved, Optional<Duration> target) {
    return achieved.isPresent() && target.isPresent() && achieved.get().compareTo(target.get()) > 0;
  }

  private List<BackupRuleCheck> backupChecks(ContinuityAssessment config) {
    List<BackupRuleCheck> out = new ArrayList<>();
    LocalDate oldestAccepted = minus(asOf, config.restoreVerificationWindow());
    for (int i = 0; i < g.n; i++) {
      List<BackupPolicy> policies = g.services[i].backups();
      for (int p = 0; p < policies.size(); p++) {
        List<BackupCopy> copies = policies.get(p).copies();
        Set<MediaType> media = EnumSet.noneOf(MediaType.class);
        boolean offSite = false;
        boolean locked = false;
        boolean verified = !copies.isEmpty();
        for (BackupCopy c : copies) {
          media.add(c.media());
          offSite |= c.offSite();
          locked |= c.immutable() || c.airGapped();
          Optional<LocalDate> last = c.lastVerifiedRestore();
          verified &= last.isPresent() && !last.get().isAfter(asOf) && !last.get().isBefore(oldestAccepted)
              && c.verificationErrors() == 0;
        }
        out.add(new BackupRuleCheck(g.id(i), p, copies.size(), media.size(), offSite, locked, verified));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private ReadinessScore readiness(ContinuityAssessment config) {
    int rtoMet = 0;
    int rtoTotal = 0;
    int rpoMet = 0;
    int rpoTotal = 0;
    for (int i = 0; i < g.n; i++) {
      if (rto[i] != Times.NONE || processRto[i] != Times.NONE) {
        rtoTotal++;
        if (ach[i] >= 0 && ach[i] <= deadline[i]) {
          rtoMet++;
        }
      }
      long rpo = Math.min(g.services[i].targets().rpo().map(Times::ms).orElse(Times.NONE), processRpo[i]);
      if (rpo != Times.NONE) {
        rpoTotal++;
        if (rp[i] >= 0 && rp[i] <= rpo) {
          rpoMet++;
        }
      }
    }
    int drilled = 0;
    for (DrillEvidence d : drills) {
      if (d.status() == DrillStatus.PASSED) {
        drilled++;
      }
    }
    int backupsPassed = 0;
    for (BackupRuleCheck b : backupChecks) {
      if (b.passed()) {
        backupsPassed++;
      }
    }
    RoundingMode mode = config.scoreRounding();
    return new ReadinessScore(List.of(
        new ReadinessComponent("recovery time", rtoMet, rtoTotal, 25, mode),
        new ReadinessComponent("recovery point", rpoMet, rpoTotal, 25, mode),
        new ReadinessComponent("drills", drilled, g.n, 25, mode),
        new ReadinessComponent("backups", backupsPassed, backupChecks.size(), 25, mode)), mode);
  }

  // ---------------------------------------------------------------- findings

  /**
   * Crew peaks: for each crew with a limit, the largest number of its services recovering at the
   * same moment of the unconstrained schedule (service s busy during [achievable − own, achievable)),
   * by a sweep over start and end events (ends first at equal times). One finding per crew over
   * its limit, on the first service in plan order busy at the peak.
   */
  private @Nullable Finding @Nullable [] crewPeaks() {
    Map<RoleId, Integer> limits = plan.crewLimits();
    if (limits.isEmpty()) {
      return null;
    }
    @Nullable Finding[] out = new Finding[g.n];
    Map<RoleId, List<Integer>> byCrew = new LinkedHashMap<>();
    for (int i = 0; i < g.n; i++) {
      RoleId crew = g.services[i].owner();
      if (limits.containsKey(crew) && (hit == null || hit[i]) && ach[i] >= 0 && own[i] > 0) {
        byCrew.computeIfAbsent(crew, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<RoleId, List<Integer>> e : byCrew.entrySet()) {
      List<Integer> members = e.getValue();
      int limit = limits.get(e.getKey());
      if (members.size() <= limit) {
        continue;
      }
      long[] events = new long[members.size() * 2];
      for (int x = 0; x < members.size(); x++) {
        int i = members.get(x);
        events[2 * x] = (ach[i] - own[i]) * 2 + 1; // start: odd, after an end at the same time
        events[2 * x + 1] = ach[i] * 2;             // end: even
      }
      java.util.Arrays.sort(events);
      int busy = 0;
      int peak = 0;
      long peakAt = 0;
      for (long ev : events) {
        busy += (ev & 1) == 1 ? 1 : -1;
        if (busy > peak) {
          peak = busy;
          peakAt = ev >> 1;
        }
      }
      if (peak <= limit) {
        continue;
      }
      List<ServiceId> running = new ArrayList<>();
      int first = -1;
      for (int i : members) {
        if (ach[i] - own[i] <= peakAt && peakAt < ach[i]) {
          running.add(g.id(i));
          first = first < 0 ? i : first;
        }
      }
      RoleId crew = e.getKey();
      int atOnce = peak;
      long at = peakAt;
      Figures fig = new Figures();
      fig.put("peakAt", Times.duration(at));
      out[first] = new Finding(FindingKind.RESOURCE_CONSTRAINED, Severity.WARNING, g.id(first), List.copyOf(running), fig,
          "recoveries running at once ≤ crew limit",
          () -> "crew " + crew + " would recover " + atOnce + " services at once " + Times.format(at)
              + " into the disruption (" + arrows(running).replace(" → ", ", ") + ") but can run " + limit
              + "; the achievable times assume enough hands");
    }
    return out;
  }

  private List<Finding> computeFindings() {
    List<Finding> out = new ArrayList<>();
    @Nullable Finding @Nullable [] crewPeaks = crewPeaks();
    int backupCursor = 0;
    for (int next = 0; next < g.n; next++) {
      final int i = next;
      Service s = g.services[i];
      ServiceId id = s.id();
      boolean defaultConvention = convention == WrtConvention.RTO_PLUS_WRT_WITHIN_MTPD;
      if (ach[i] < 0 && (rto[i] != Times.NONE || mtpd[i] != Times.NONE || processRto[i] != Times.NONE)) {
        ServiceId missing = g.id(cause[i]);
        out.add(new Finding(FindingKind.RECOVERY_UNKNOWN, Severity.WARNING, id, List.of(missing), Figures.NONE,
            "achievable = own + max(dependencies); unknown if any term is unknown",
            () -> "achievable recovery of " + id + " is unknown: " + missing + " has no recovery estimate or runbook for "
                + disruption));
      }
      if (ach[i] >= 0) {
        long ownLimit = rto[i] == Times.NONE ? Times.NONE : (defaultConvention ? rto[i] : rto[i] - wrt[i]);
        @Nullable BusinessProcess by = processRto[i] < ownLimit ? processes[processRtoFrom[i]] : null;
        long rtoLimit = by == null ? ownLimit : processRto[i];
        if (ach[i] > rtoLimit) {
          long stated = by == null ? rto[i] : Times.ms(by.targets().rto().orElseThrow());
          long w = by == null ? wrt[i] : by.targets().wrt().map(Times::ms).orElse(0L);
          String of = by == null ? "" : " of process " + by.id();
          List<ServiceId> path = criticalPathOf(i);
          Figures fig = new Figures();
          fig.put("achievable", Times.duration(ach[i]));
          fig.put("rto", Times.duration(stated));
          if (!defaultConvention) {
            fig.put("wrt", Times.duration(w));
          }
          fig.put("excess", Times.duration(ach[i] - rtoLimit));
          out.add(new Finding(FindingKind.RTO_BREACH, Severity.ERROR, id, by == null ? null : by.id(), path, fig,
              defaultConvention ? "achievable ≤ rto" : "achievable + wrt ≤ rto",
              () -> "achievable recovery " + Times.format(ach[i]) + (defaultConvention ? "" : " + wrt " + Times.format(w))
                  + " exceeds rto " + Times.format(stated) + of + " by " + Times.format(ach[i] - rtoLimit)
                  + "; critical path " + pathText(i)));
        }
        if (mtpd[i] != Times.NONE) {
          long used = defaultConvention ? Times.add(ach[i], wrt[i]) : ach[i];
          if (used > mtpd[i]) {
            @Nullable ProcessId from = mtpdFrom[i] < 0 ? null : processes[mtpdFrom[i]].id();
            List<ServiceId> path = criticalPathOf(i);
            Figures fig = new Figures();
            fig.put("achievable", Times.duration(ach[i]));
            if (defaultConvention) {
              fig.put("wrt", Times.duration(wrt[i]));
            }
            fig.put("mtpd", Times.duration(mtpd[i]));
            fig.put("excess", Times.duration(used - mtpd[i]));
            out.add(new Finding(FindingKind.MTPD_BREACH, Severity.ERROR, id, from, path, fig,
                defaultConvention ? "achievable + wrt ≤ mtpd" : "achievable ≤ mtpd",
                () -> "achievable recovery " + Times.format(ach[i]) + (defaultConvention ? " + wrt " + Times.format(wrt[i]) : "")
                    + " exceeds the effective mtpd " + Times.format(mtpd[i]) + (from == null ? "" : " of process " + from)
                    + " by " + Times.format(used - mtpd[i]) + "; critical path " + pathText(i)));
          }
        }
      }
      if (rto[i] != Times.NONE && mtpd[i] != Times.NONE) {
        long needed = defaultConvention ? rto[i] + wrt[i] : rto[i];
        if (needed > mtpd[i]) {
          Figures fig = new Figures();
          fig.put("rto", Times.duration(rto[i]));
          if (defaultConvention) {
            fig.put("wrt", Times.duration(wrt[i]));
          }
          fig.put("mtpd", Times.duration(mtpd[i]));
          out.add(new Finding(FindingKind.TARGETS_EXCEED_MTPD, Severity.ERROR, id,
              mtpdFrom[i] < 0 ? null : processes[mtpdFrom[i]].id(), List.of(id), fig,
              defaultConvention ? "rto + wrt ≤ mtpd" : "rto ≤ mtpd",
              () -> (defaultConvention ? "rto " + Times.format(rto[i]) + " + wrt " + Times.format(wrt[i]) : "rto " + Times.format(rto[i]))
                  + " exceeds the effective mtpd " + Times.format(mtpd[i])
                  + " (set by this service, a process or a service depending on it)"));
        }
      }
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        int d = g.dep[k];
        if (rto[i] != Times.NONE && rto[d] != Times.NONE && rto[d] > rto[i]) {
          Figures fig = new Figures();
          fig.put("rto", Times.duration(rto[i]));
          fig.put("dependencyRto", Times.duration(rto[d]));
          out.add(new Finding(FindingKind.RTO_INVERSION, Severity.WARNING, id, List.of(g.id(d), id), fig,
              "rto(dependency) ≤ rto(service)",
              () -> id + " (rto " + Times.format(rto[i]) + ") depends on " + g.id(d) + " (rto " + Times.format(rto[d]) + ")"));
        }
      }
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        int d = g.dep[k];
        Service ds = g.services[d];
        if (s.tier().isMoreCriticalThan(ds.tier())) {
          out.add(new Finding(FindingKind.TIER_INVERSION, Severity.WARNING, id, List.of(ds.id(), id), Figures.NONE,
              "tier(dependency) at least as critical as tier(service)",
              () -> id + " (" + s.tier() + ") depends on " + ds.id() + " (" + ds.tier() + ")"));
        }
      }
      Optional<Duration> rpo = s.targets().rpo();
      long rpoOwn = rpo.map(Times::ms).orElse(Times.NONE);
      @Nullable BusinessProcess rpoBy = processRpo[i] < rpoOwn ? processes[processRpoFrom[i]] : null;
      long rpoLimit = Math.min(rpoOwn, processRpo[i]);
      if (rpoLimit != Times.NONE && rp[i] < 0) {
        out.add(new Finding(FindingKind.RECOVERY_POINT_UNKNOWN, Severity.WARNING, id, List.of(id), Figures.NONE,
            "recovery point = min(backup interval + job, replication lag), then max over coupled dependencies",
            () -> "achievable recovery point of " + id + " is unknown: no backup or replication on it or a coupled dependency"));
      }
      if (rpoLimit != Times.NONE && rp[i] >= 0 && rp[i] > rpoLimit) {
        List<ServiceId> path = recoveryPointPathOf(i);
        String of = rpoBy == null ? "" : " of process " + rpoBy.id();
        Figures fig = new Figures();
        fig.put("recoveryPoint", Times.duration(rp[i]));
        fig.put("rpo", Times.duration(rpoLimit));
        fig.put("excess", Times.duration(rp[i] - rpoLimit));
        out.add(new Finding(FindingKind.RPO_BREACH, Severity.ERROR, id, rpoBy == null ? null : rpoBy.id(), path, fig,
            "recoveryPoint ≤ rpo",
            () -> "achievable recovery point " + Times.format(rp[i]) + " exceeds rpo " + Times.format(rpoLimit) + of + " by "
                + Times.format(rp[i] - rpoLimit) + (path.size() > 1 ? "; set by coupled dependency " + path.get(0) : "")));
      }
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        Service ds = g.services[g.dep[k]];
        if (g.coupled[k] && rpo.isPresent() && ds.targets().rpo().isPresent()
            && ds.targets().rpo().get().compareTo(rpo.get()) > 0) {
          Figures fig = new Figures();
          fig.put("rpo", rpo.get());
          fig.put("dependencyRpo", ds.targets().rpo().get());
          out.add(new Finding(FindingKind.RPO_INVERSION, Severity.WARNING, id, List.of(ds.id(), id), fig,
              "rpo(coupled dependency) ≤ rpo(service)",
              () -> id + " (rpo " + Times.format(rpo.get()) + ") is consistency-coupled to " + ds.id() + " (rpo "
                  + Times.format(ds.targets().rpo().get()) + ")"));
        }
      }
      if (s.minimumCapacity().isPresent() && s.recoveredCapacity().isPresent()
          && s.recoveredCapacity().get().compareTo(s.minimumCapacity().get()) < 0 && (hit == null || hit[i])) {
        Probability need = s.minimumCapacity().get();
        Probability have = s.recoveredCapacity().get();
        out.add(new Finding(FindingKind.MBCO_BREACH, Severity.ERROR, id, List.of(id), Figures.NONE,
            "recoveredCapacity ≥ minimumCapacity",
            () -> "recovered capacity " + Availability.percent(have, 1) + " % is below the minimum business continuity objective "
                + Availability.percent(need, 1) + " %"));
      }
      if (crewPeaks != null && crewPeaks[i] != null) {
        out.add(crewPeaks[i]);
      }
      Optional<DrStrategy> strategy = s.strategy();
      if (strategy.isPresent() && own[i] >= 0 && (hit == null || hit[i]) && !strategy.get().isTypical(Times.duration(own[i]))) {
        DrStrategy st = strategy.get();
        Figures fig = new Figures();
        fig.put("claimed", Times.duration(own[i]));
        fig.put("typicalMinimum", st.typicalMinimum());
        st.typicalMaximum().ifPresent(max -> fig.put("typicalMaximum", max));
        out.add(new Finding(FindingKind.STRATEGY_MISMATCH, Severity.WARNING, id, List.of(id), fig,
            "typicalMinimum ≤ claimed ≤ typicalMaximum",
            () -> "claimed recovery " + Times.format(own[i]) + " is outside the typical range of " + st + " ("
                + Times.format(st.typicalMinimum()) + " to " + st.typicalMaximum().map(Times::format).orElse("no limit") + ")"));
      }
      while (backupCursor < backupChecks.size() && backupChecks.get(backupCursor).service().equals(id)) {
        BackupRuleCheck b = backupChecks.get(backupCursor++);
        if (!b.passed()) {
          out.add(new Finding(FindingKind.BACKUP_RULE_FAILED, Severity.WARNING, id, List.of(id), Figures.NONE,
              "copies ≥ 3 ∧ media ≥ 2 ∧ off-site ≥ 1 ∧ immutable-or-offline ≥ 1 ∧ errors = 0",
              () -> "backups[" + b.policyIndex() + "] fails 3-2-1-1-0: " + String.join(", ", b.failedClauses())));
        }
      }
      DrillEvidence e = drills.get(i);
      drillFinding(e, id).ifPresent(out::add);
      if (s.availabilityTarget().isPresent()) {
        Optional<CompositeAvailability> a = availability(id);
        if (a.isPresent() && !a.get().meetsTarget()) {
          CompositeAvailability c = a.get();
          Figures fig = new Figures();
          fig.put("expectedDowntimePerYear", c.downtimePerYear());
          fig.put("errorBudgetPerYear", c.errorBudgetPerYear().orElseThrow());
          out.add(new Finding(FindingKind.AVAILABILITY_BELOW_TARGET, Severity.WARNING, id, List.of(id), fig,
              "composite availability ≥ objective",
              () -> "composite availability " + Availability.percent(c.value(), 4) + " % is below the objective "
                  + Availability.percent(c.target().orElseThrow(), 4) + " %: " + Times.format(c.downtimePerYear())
                  + " expected downtime per year against a budget of " + Times.format(c.errorBudgetPerYear().orElseThrow())));
        }
      }
    }
    return out;
  }

  private Optional<Finding> drillFinding(DrillEvidence e, ServiceId id) {
    switch (e.status()) {
      case NEVER_DRILLED:
        return Optional.of(new Finding(FindingKind.DRILL_NEVER, Severity.WARNING, id, List.of(id), Figures.NONE,
            "a drill of the disruption type on or before asOf", () -> id + " was never drilled against " + disruption));
      case STALE:
        return Optional.of(new Finding(FindingKind.DRILL_STALE, Severity.WARNING, id, List.of(id), Figures.NONE,
            "date + validity ≥ asOf", () -> "latest " + disruption + " drill of " + id + " ("
                + e.latest().orElseThrow().date() + ") went stale after " + e.freshUntil().orElseThrow()));
      case FAILED:
        return Optional.of(new Finding(FindingKind.DRILL_FAILED, Severity.WARNING, id, List.of(id), Figures.NONE,
            "latest fresh drill passed", () -> "latest " + disruption + " drill of " + id + " ("
                + e.latest().orElseThrow().date() + ") failed"));
      case MISSED_TARGET: {
        DrillRecord d = e.latest().orElseThrow();
        DrillResult result = e.result().orElseThrow();
        Figures fig = new Figures();
        result.achievedRecoveryTime().ifPresent(v -> fig.put("achievedRecoveryTime", v));
        g.services[g.node(id)].targets().rto().ifPresent(v -> fig.put("rto", v));
        result.achievedRecoveryPoint().ifPresent(v -> fig.put("achievedRecoveryPoint", v));
        g.services[g.node(id)].targets().rpo().ifPresent(v -> fig.put("rpo", v));
        return Optional.of(new Finding(FindingKind.DRILL_MISSED_TARGET, Severity.WARNING, id, List.of(id), fig,
            "achievedRecoveryTime ≤ rto ∧ achievedRecoveryPoint ≤ rpo",
            () -> "latest " + disruption + " drill of " + id + " (" + d.date() + ") passed but missed its targets"));
      }
      default:
        return Optional.empty();
    }
  }

  private List<ServiceId> criticalPathOf(int i) {
    return ach[i] < 0 ? List.of() : new LazyPath(g, pred, i);
  }

  private List<ServiceId> recoveryPointPathOf(int i) {
    return new LazyPath(g, rpPred, i);
  }

  /** The critical path as text in constant time: whole up to 10 services, else first, count, last two. */
  private String pathText(int i) {
    if (depth[i] <= 10) {
      return arrows(criticalPathOf(i));
    }
    return g.id(root[i]) + " → … (" + (depth[i] - 3) + " more) → " + g.id(pred[i]) + " → " + g.id(i);
  }

  static String arrows(List<ServiceId> path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        sb.append(" → ");
      }
      if (i == 8 && path.size() > 10) {
        sb.append("… (").append(path.size() - 9).append(" more) → ").append(path.get(path.size() - 1));
        break;
      }
      sb.append(path.get(i));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- API

  /**
   * Returns the disruption type assessed.
   *
   * @return the disruption type
   */
  public DisruptionType disruption() {
    return disruption;
  }

  /**
   * Returns the zone or region whose loss was assessed.
   *
   * @return the failure domain, or empty when every service was assumed disrupted
   */
  public Optional<FailureDomain> failureDomain() {
    return Optional.ofNullable(domain);
  }

  /**
   * Returns the services inside the blast radius: every service, unless a
   * {@link #failureDomain()} scoped the disruption.
   *
   * @return the disrupted services, in plan order
   */
  public List<ServiceId> disrupted() {
    List<ServiceId> out = new ArrayList<>(hitCount);
    for (int i = 0; i < g.n; i++) {
      if (hit == null || hit[i]) {
        out.add(g.id(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the date of the assessment.
   *
   * @return the date drills and restore verifications were judged at
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the WRT convention applied.
   *
   * @return the convention
   */
  public WrtConvention wrtConvention() {
    return convention;
  }

  /**
   * Returns what one service can achieve.
   *
   * @param service a service of the plan
   * @return its recovery
   * @throws NullPointerException if {@code service} is null
   * @throws IllegalArgumentException if the plan has no such service
   */
  public ServiceRecovery recovery(ServiceId service) {
    Objects.requireNonNull(service, "service");
    return recoveryOf(g.node(service));
  }

  /**
   * Returns every service's recovery, in plan order.
   *
   * @return one entry per service
   */
  public List<ServiceRecovery> recoveries() {
    List<ServiceRecovery> out = new ArrayList<>(g.n);
    for (int i = 0; i < g.n; i++) {
      out.add(recoveryOf(i));
    }
    return Collections.unmodifiableList(out);
  }

  private ServiceRecovery recoveryOf(int i) {
    Optional<Duration> slack = ach[i] >= 0 && latest[i] != Times.NONE
        ? Optional.of(Times.duration(Times.sub(latest[i], ach[i]))) : Optional.empty();
    return new ServiceRecovery(g.id(i), known(own[i]), known(ach[i]), limit(rto[i]), limit(deadline[i]), slack,
        criticalPathOf(i), cause[i] >= 0 ? Optional.of(g.id(cause[i])) : Optional.empty(), known(rp[i]),
        g.services[i].targets().rpo(), limit(mtpd[i]), hit == null || hit[i]);
  }

  private static Optional<Duration> known(long ms) {
    return ms < 0 ? Optional.empty() : Optional.of(Times.duration(ms));
  }

  private static Optional<Duration> limit(long ms) {
    return ms == Times.NONE ? Optional.empty() : Optional.of(Times.duration(ms));
  }

  /**
   * Returns the critical recovery path of a service: from the deepest dependency it waits for to itself.
   *
   * @param service a service of the plan
   * @return the path; empty if its recovery is unknown
   * @throws NullPointerException if {@code service} is null
   * @throws IllegalArgumentException if the plan has no such service
   */
  public List<ServiceId> criticalPath(ServiceId service) {
    Objects.requireNonNull(service, "service");
    return criticalPathOf(g.node(service));
  }

  /**
   * Returns every finding, breaches and warnings, grouped by service in plan order and, within a
   * service, in {@link FindingKind} order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> f = findings;
    if (f == null) {
      f = Collections.unmodifiableList(computeFindings()); // deterministic: a racing second computation is equal
      findings = f;
    }
    return f;
  }

  /**
   * Returns the breaches only: findings of severity {@link Severity#ERROR} (RTO, MTPD and RPO
   * breaches, targets that exceed the MTPD).
   *
   * @return the breaches, in {@link #findings()} order
   */
  public List<Finding> breaches() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.isBreach()) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the findings of one kind.
   *
   * @param kind the kind
   * @return the findings, in {@link #findings()} order
   * @throws NullPointerException if {@code kind} is null
   */
  public List<Finding> findings(FindingKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.kind() == kind) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns each service's drill evidence for the disruption type, in plan order.
   *
   * @return the evidence
   */
  public List<DrillEvidence> drills() {
    return drills;
  }

  /**
   * Returns the drill coverage for the disruption type: critical services tested in window,
   * never tested and stale ones, overdue remediation items, and the processes counted as drilled.
   * Computed on first call (one walk of each process's dependency closure).
   *
   * @return the coverage
   */
  public DrillCoverage drillCoverage() {
    DrillCoverage c = coverage;
    if (c == null) {
      c = computeCoverage(); // deterministic: a racing second computation is equal
      coverage = c;
    }
    return c;
  }

  private DrillCoverage computeCoverage() {
    int critical = 0;
    int tested = 0;
    List<ServiceId> never = new ArrayList<>();
    List<ServiceId> stale = new ArrayList<>();
    boolean[] fresh = new boolean[g.n];
    for (int i = 0; i < g.n; i++) {
      DrillStatus st = drills.get(i).status();
      fresh[i] = st != DrillStatus.NEVER_DRILLED && st != DrillStatus.STALE;
      if (g.services[i].tier().requiresTargets()) {
        critical++;
        if (fresh[i]) {
          tested++;
        } else if (st == DrillStatus.NEVER_DRILLED) {
          never.add(g.id(i));
        } else {
          stale.add(g.id(i));
        }
      }
    }
    List<OverdueRemediation> overdue = new ArrayList<>();
    for (DrillRecord d : plan.drills()) {
      if (d.date().isAfter(asOf)) {
        continue;
      }
      for (RemediationItem item : d.remediation()) {
        if (item.isOverdue(asOf)) {
          overdue.add(new OverdueRemediation(d, item, ChronoUnit.DAYS.between(item.due(), asOf)));
        }
      }
    }
    List<ProcessId> drilled = new ArrayList<>();
    List<ProcessId> undrilled = new ArrayList<>();
    boolean[] seen = new boolean[g.n];
    int[] queue = new int[g.n];
    for (BusinessProcess p : processes) {
      int tail = 0;
      for (ServiceId id : p.services()) {
        int i = g.node(id);
        if (!seen[i]) {
          seen[i] = true;
          queue[tail++] = i;
        }
      }
      for (int head = 0; head < tail; head++) {
        int i = queue[head];
        for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
          if (!seen[g.dep[k]]) {
            seen[g.dep[k]] = true;
            queue[tail++] = g.dep[k];
          }
        }
      }
      int freshCount = 0;
      for (int x = 0; x < tail; x++) {
        if (fresh[queue[x]]) {
          freshCount++;
        }
        seen[queue[x]] = false;
      }
      boolean ok = tail > 0 && (freshness == DrillFreshness.ANY_FRESH ? freshCount > 0 : freshCount == tail);
      (ok ? drilled : undrilled).add(p.id());
    }
    return new DrillCoverage(critical, tested, ReadinessScore.points(tested, critical, 100, rounding), never, stale,
        overdue, drilled, undrilled);
  }

  /**
   * Returns every backup policy checked against 3-2-1-1-0, in plan order.
   *
   * @return the checks
   */
  public List<BackupRuleCheck> backupChecks() {
    return backupChecks;
  }

  /**
   * Returns the readiness score with its components.
   *
   * @return the score
   */
  public ReadinessScore readiness() {
    return readiness;
  }

  /**
   * Returns the composite availability of a service with its whole dependency closure, each
   * service counted once, each factor the service's k-of-n availability. Costs one walk of the
   * closure.
   *
   * @param service a service of the plan
   * @return the availability, or empty if any service of the closure has no availability
   * @throws NullPointerException if {@code service} is null
   * @throws IllegalArgumentException if the plan has no such service
   */
  public Optional<CompositeAvailability> availability(ServiceId service) {
    Objects.requireNonNull(service, "service");
    int start = g.node(service);
    boolean[] seen = new boolean[g.n];
    int[] queue = new int[g.n];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = true;
    Map<ServiceId, Probability> factors = new LinkedHashMap<>();
    double product = 1;
    while (head < tail) {
      int i = queue[head++];
      Service s = g.services[i];
      Optional<Probability> a = s.availability();
      if (a.isEmpty()) {
        return Optional.empty();
      }
      Probability factor = s.instances() == 1 ? a.get() : Availability.kOfN(s.required(), s.instances(), a.get());
      factors.put(s.id(), factor);
      product *= factor.value();
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        int d = g.dep[k];
        if (!seen[d]) {
          seen[d] = true;
          queue[tail++] = d;
        }
      }
    }
    return Optional.of(new CompositeAvailability(service, Probability.of(product), factors,
        g.services[start].availabilityTarget()));
  }

  /**
   * Returns the smallest total reduction of own recovery times that clears every recovery-time
   * breach (RTO, process RTO and MTPD deadlines), every minute costing the same; shorthand for
   * {@code cheapestFix(ReductionTerms.uniform())}.
   *
   * @return the fix; no reductions when there is no breach
   */
  public RecoveryFix cheapestFix() {
    return cheapestFix(ReductionTerms.uniform());
  }

  /**
   * Returns reductions of own recovery times that clear every recovery-time breach (RTO, process
   * RTO and MTPD deadlines) at the least total cost, each minute saved on a service costing its
   * {@link ReductionTerms#costPerMinute}, no service going below its {@link ReductionTerms#floor}.
   *
   * <p>Method: only the services C with negative slack (on a path that breaks a deadline) can
   * usefully shrink; the others keep their times. Minimising the
   * cost of the reductions subject to every deadline along the graph is the project-crashing
   * linear program; its dual is a minimum-cost flow, solved exactly in integer milliseconds
   * (successive shortest paths), and the reduced times are read from the optimal node potentials
   * (see docs/adr/0103-continuity.md). Cost: O(F · E log V) on C for F augmentations (at most the
   * sum of the costs per minute over C). When the numbers are too large for exact integer
   * arithmetic (an own time or deadline above about 795 days, or a huge cost per minute times
   * times product), the fix falls back to a minimal-but-not-minimum heuristic and says so in
   * {@link RecoveryFix#exact()}.
   *
   * @param terms the costs per minute and floors
   * @return the fix; no reductions when there is no breach
   * @throws NullPointerException if {@code terms} is null
   * @throws IllegalArgumentException if {@code terms} names a service the plan does not have
   */
  public RecoveryFix cheapestFix(ReductionTerms terms) {
    Objects.requireNonNull(terms, "terms");
    for (ServiceId id : terms.named()) {
      g.node(id);
    }
    int n = g.n;
    long[] lo = new long[n];
    long[] weight = new long[n];
    for (int i = 0; i < n; i++) {
      lo[i] = own[i] < 0 ? own[i] : Math.min(own[i], Times.ms(terms.floor(g.id(i))));
      weight[i] = terms.costPerMinute(g.id(i));
    }
    // Only services with negative slack (on a path that breaks a deadline) can usefully shrink:
    // every path through a service with slack ≥ 0 already meets every deadline it leads to.
    boolean[] candidate = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int x = 0; x < n; x++) {
      int i = g.topo[x];
      if (ach[i] >= 0 && latest[i] != Times.NONE && latest[i] < ach[i]) {
        candidate[i] = true;
        queue[tail++] = i;
      }
    }
    if (tail == 0) {
      return new RecoveryFix(List.of(), List.of(), true);
    }
    // the fastest each service can be: every candidate at its floor
    long[] floorTimes = own.clone();
    for (int x = 0; x < tail; x++) {
      floorTimes[queue[x]] = lo[queue[x]];
    }
    long[] fastest = new long[n];
    forward(g, floorTimes, fastest, new int[n], new int[n]);
    List<ServiceId> unclearable = new ArrayList<>();
    long[] limit = deadline.clone();
    for (int i = 0; i < n; i++) {
      if (candidate[i] && limit[i] < fastest[i]) {
        unclearable.add(g.id(i)); // no reduction reaches this deadline: aim for the fastest possible
        limit[i] = fastest[i];
      }
    }
    @Nullable long[] fixed = crash(candidate, queue, tail, lo, weight, limit);
    boolean exact = fixed != null;
    if (fixed == null) {
      long[] dependenciesFirst = relax(candidate, lo, limit, true);
      long[] dependentsFirst = relax(candidate, lo, limit, false);
      fixed = cost(dependentsFirst, weight) < cost(dependenciesFirst, weight) ? dependentsFirst : dependenciesFirst;
    }
    List<Reduction> reductions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (fixed[i] < own[i]) {
        reductions.add(new Reduction(g.id(i), Times.duration(own[i]), Times.duration(fixed[i])));
      }
    }
    return new RecoveryFix(reductions, unclearable, exact);
  }

  /**
   * The exact fix. Events: an origin O (node 0) and, per candidate k, a start S and a finish F.
   * Arcs, each read as the difference constraint {@code t(to) − t(from) ≤ cost} that the optimal
   * potentials t satisfy wherever the arc has residual capacity: F → S at cost −floor (the reduced
   * time is at least the floor), S → F(dependency) at cost 0 for candidate dependencies and S → O
   * at cost −release (start after the dependencies, the latest fixed one's achievable time being
   * the release, and after the disruption), O → F at cost deadline (finish in time; only where the
   * deadline binds), all of capacity sum(weights) + 1 so that they never saturate; and S → F with
   * capacity weight and cost own time, S supplying and F demanding the weight: the pre-saturated
   * form of the crash arc F → S (capacity weight, cost −own) whose flow prices the reduction.
   * The reduced time of k is then {@code min(own, t(F) − t(S))}; LP duality makes the weighted
   * total minimum. Returns null if the numbers exceed the solver's exact range.
   */
  private long @Nullable [] crash(boolean[] candidate, int[] members, int count, long[] lo, long[] weight, long[] limit) {
    int[] slot = new int[g.n];
    long[] release = new long[count];
    long supply = 0;
    long magnitude = 0;
    for (int x = 0; x < count; x++) {
      int i = members[x];
      slot[i] = x;
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        if (!candidate[g.dep[k]]) {
          release[x] = Math.max(release[x], ach[g.dep[k]]); // a fixed dependency: its time stays
        }
      }
      if (own[i] > MinCostFlow.MAX_ABS_COST || release[x] > MinCostFlow.MAX_ABS_COST
          || (limit[i] < ach[i] && limit[i] > MinCostFlow.MAX_ABS_COST)) {
        return null;
      }
      supply += weight[i];
      magnitude += own[i] + release[x] + (limit[i] < ach[i] ? limit[i] : 0);
    }
    if (magnitude > Long.MAX_VALUE / 4 / (supply + 1)) {
      return null;
    }
    long unbounded = supply + 1;
    MinCostFlow flow = new MinCostFlow(2 * count + 1);
    for (int x = 0; x < count; x++) {
      int i = members[x];
      int start = 1 + 2 * x;
      int finish = 2 + 2 * x;
      flow.addArc(finish, start, unbounded, -lo[i]);
      flow.addArc(start, finish, weight[i], own[i]);
      flow.setSupply(start, weight[i]);
      flow.setSupply(finish, -weight[i]);
      flow.addArc(start, 0, unbounded, -release[x]);
      for (int k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
        if (candidate[g.dep[k]]) {
          flow.addArc(start, 2 + 2 * slot[g.dep[k]], unbounded, 0);
        }
      }
      if (limit[i] < ach[i]) {
        flow.addArc(0, finish, unbounded, limit[i]);
      }
    }
    MinCostFlow.Solution solution = flow.solve();
    if (!solution.feasible()) {
      return null; // unreachable: S → F carries every supply
    }
    long[] fixed = own.clone();
    for (int x = 0; x < count; x++) {
      int i = members[x];
      long length = solution.potential(2 + 2 * x) - solution.potential(1 + 2 * x);
      fixed[i] = Math.min(own[i], Math.max(lo[i], length));
    }
    long[] a = new long[g.n];
    forward(g, fixed, a, new int[g.n], new int[g.n]);
    for (int i = 0; i < g.n; i++) {
      if (candidate[i] && a[i] > limit[i]) {
        return null; // unreachable by LP duality; the heuristic is the safe answer
      }
    }
    return fixed;
  }

  /**
   * The fallback when exact arithmetic would overflow: starts every candidate at its floor, then
   * gives each back as much of its own time as its slack allows, visiting candidates in
   * topological order (dependencies first) or in reverse. Minimal (no reduction can be undone in
   * part), not minimum.
   */
  private long[] relax(boolean[] candidate, long[] lo, long[] limit, boolean dependenciesFirst) {
    int n = g.n;
    long[] fixed = own.clone();
    for (int i = 0; i < n; i++) {
      if (candidate[i]) {
        fixed[i] = lo[i];
      }
    }
    long[] a = new long[n];
    long[] lf = new long[n];
    int[] p = new int[n];
    int[] c = new int[n];
    for (int x = 0; x < n; x++) {
      int i = g.topo[dependenciesFirst ? x : n - 1 - x];
      if (!candidate[i]) {
        continue;
      }
      forward(g, fixed, a, p, c);
      latestFinish(g, fixed, a, limit, lf);
      if (lf[i] == Times.NONE) {
        fixed[i] = own[i];
      } else {
        long slack = Times.sub(lf[i], a[i]);
        fixed[i] = Math.min(own[i], Times.add(fixed[i], Math.max(0, slack)));
      }
    }
    return fixed;
  }

  /** Weighted total reduction, then number of services reduced, as one comparable number. */
  private long cost(long[] fixed, long[] weight) {
    long total = 0;
    long count = 0;
    for (int i = 0; i < g.n; i++) {
      if (fixed[i] < own[i]) {
        long w = weight[i];
        long by = own[i] - fixed[i];
        total = by > Long.MAX_VALUE / w ? Long.MAX_VALUE : Times.add(total, by * w);
        count++;
      }
    }
    return total >= Long.MAX_VALUE / (g.n + 1L) ? Long.MAX_VALUE : total * (g.n + 1L) + count;
  }

  /**
   * Returns a readable summary: the counts, then one line per breach.
   *
   * @return several lines of English
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    List<Finding> breaches = breaches();
    sb.append(disruption);
    if (domain != null) {
      sb.append(' ').append(domain.name()).append(" outage (").append(hitCount).append(" of ").append(g.n)
          .append(" services hit)");
    } else {
      sb.append(" disruption");
    }
    sb.append(" as of ").append(asOf).append(": ").append(g.n).append(g.n == 1 ? " service, " : " services, ").append(breaches.size())
        .append(breaches.size() == 1 ? " breach, " : " breaches, ").append(findings().size() - breaches.size())
        .append(findings().size() - breaches.size() == 1 ? " warning" : " warnings").append("; readiness ")
        .append(readiness.value()).append("/100");
    for (Finding f : breaches) {
      sb.append('\n').append(f);
    }
    return sb.toString();
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
