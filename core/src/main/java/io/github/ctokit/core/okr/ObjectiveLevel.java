package io.github.ctokit.core.okr;

/** Where in the organisation an objective sits. */
public enum ObjectiveLevel {
  /** The whole company. */
  COMPANY,
  /** A department, such as engineering. */
  DEPARTMENT,
  /** A team. */
  TEAM,
  /** One person. */
  INDIVIDUAL
}
