package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable path that follows predecessor links only when first read, so that a report
 * over a long chain does not build a path per service up front. Thread-safe: the materialised
 * list is immutable and recomputing it is idempotent.
 */
final class LazyPath extends AbstractList<ServiceId> {

  private final Graph g;
  private final int[] pred;
  private final int end;
  private volatile @Nullable List<ServiceId> path;

  LazyPath(Graph g, int[] pred, int end) {
    this.g = g;
    this.pred = pred;
    this.end = end;
  }

  private List<ServiceId> path() {
    List<ServiceId> p = path;
    if (p == null) {
      List<ServiceId> built = new ArrayList<>();
      for (int cur = end; cur >= 0; cur = pred[cur]) {
        built.add(g.id(cur));
      }
      Collections.reverse(built);
      p = Collections.unmodifiableList(built);
      path = p;
    }
    return p;
  }

  @Override
  public ServiceId get(int index) {
    return path().get(index);
  }

  @Override
  public int size() {
    return path().size();
  }
}
