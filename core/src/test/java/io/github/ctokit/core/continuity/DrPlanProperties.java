package io.github.ctokit.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.validation.Violation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DrPlanProperties {

  /** Any directed graph on up to 12 services, as adjacency bit masks. */
  @Provide
  Arbitrary<List<Integer>> graphs() {
    return Arbitraries.integers().between(1, 12).flatMap(n ->
        Arbitraries.integers().between(0, (1 << n) - 1).list().ofSize(n));
  }

  @Property
  void cyclesAreAlwaysDetectedAndOnlyCycles(@ForAll("graphs") List<Integer> adjacency) {
    int n = adjacency.size();
    DrPlan.Builder b = DrPlan.builder();
    for (int i = 0; i < n; i++) {
      Service.Builder s = Service.builder().id(ServiceId.of("s" + i)).tier(Tier.TIER_3).owner(RoleId.of("r"));
      for (int j = 0; j < n; j++) {
        if ((adjacency.get(i) >> j & 1) == 1) {
          s.addDependencies(Dependency.on(ServiceId.of("s" + j)));
        }
      }
      b.addServices(s.build());
    }
    List<Violation> cycles = b.build().validate().errors();
    assertThat(cycles).allMatch(v -> v.code().equals("continuity.dependency-cycle"));
    assertThat(!cycles.isEmpty()).isEqualTo(hasCycle(adjacency));
    for (Violation v : cycles) {
      // the reported path is a real cycle: each consecutive pair is an edge
      String inner = v.message().substring(v.message().indexOf('(') + 1, v.message().lastIndexOf(','));
      String[] ids = inner.split(" → ");
      assertThat(ids[0]).isEqualTo(ids[ids.length - 1]);
      for (int k = 0; k + 1 < ids.length; k++) {
        int from = Integer.parseInt(ids[k].substring(1));
        int to = Integer.parseInt(ids[k + 1].substring(1));
        assertThat(adjacency.get(from) >> to & 1).isEqualTo(1);
      }
    }
  }

  /** Naive reference: transitive closure by Warshall's algorithm; a cycle is a node reaching itself. */
  private static boolean hasCycle(List<Integer> adjacency) {
    int n = adjacency.size();
    boolean[][] reach = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        reach[i][j] = (adjacency.get(i) >> j & 1) == 1;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          reach[i][j] |= reach[i][k] && reach[k][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (reach[i][i]) {
        return true;
      }
    }
    return false;
  }
}
