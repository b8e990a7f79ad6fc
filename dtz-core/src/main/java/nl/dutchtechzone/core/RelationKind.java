package nl.dutchtechzone.core;

/** How another programme relates to this one. */
public enum RelationKind {
  /**
   * A separate programme with its own governance, one of whose pillars coincides with this
   * programme's focus (the Regio Deal Zuid- en Oost-Drenthe and its pillar Werken).
   */
  REGIONAL_DEAL,
  /**
   * A subsidy scheme that grew out of the programme and is funded apart from it (the
   * Bedrijvenregeling DTZ). Its money is never programme money.
   */
  SUBSIDY_SCHEME
}
