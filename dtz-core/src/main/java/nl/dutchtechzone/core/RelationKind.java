package nl.dutchtechzone.core;

/** How another programme relates to this one. */
public enum RelationKind {
  /**
   * A separate programme with its own governance, one of whose pillars coincides with this
   * programme's focus (a Regio Deal with a pillar on work, say).
   */
  REGIONAL_DEAL,
  /**
   * A subsidy scheme that grew out of the programme and is funded apart from it, such as a
   * scheme of grants to the region's businesses. Its money is never programme money.
   */
  SUBSIDY_SCHEME
}
