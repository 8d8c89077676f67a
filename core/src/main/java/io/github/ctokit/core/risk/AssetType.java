package io.github.ctokit.core.risk;

/** What kind of thing an {@link Asset} is. */
public enum AssetType {
  /** An application or system the organisation runs. */
  APPLICATION,
  /** A data set, such as customer records. */
  DATA,
  /** Servers, networks, cloud accounts. */
  INFRASTRUCTURE,
  /** A business service or process. */
  SERVICE,
  /** A team's skills and knowledge. */
  PEOPLE,
  /** A site or a physical facility. */
  FACILITY,
  /** A supplier's product or service. */
  THIRD_PARTY
}
