package nl.dutchtechzone.reporting.tracking;

/** The kinds of gap between plan and report. */
public enum GapKind {
  /** A planned action, not dropped, that no report item is linked to. */
  ACTION_WITHOUT_EVIDENCE,
  /**
   * A report item linked to no action and not the actual of any target: unplanned work, or work
   * whose link is missing.
   */
  UNLINKED_REPORT_ITEM,
  /** An action's target for which the report of its year gives no actual. */
  TARGET_WITHOUT_ACTUAL,
  /** An indicator the report gives values for that no action of the year's plan targeted. */
  ACTUAL_NOT_TARGETED
}
