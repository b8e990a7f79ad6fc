package nl.dutchtechzone.reporting.tracking;

/**
 * The status of a planned action at the end of tracking.
 *
 * <p>The {@link Tracker} decides a status from the evidence (report items linked to the action),
 * the action's target, the plans of later years and, where the caller gives one, an explicit
 * {@link StatusAssessment}. The rules, first match wins:
 *
 * <ol>
 *   <li>assessed {@link #DROPPED}: {@link #DROPPED};
 *   <li>assessed {@link #DONE}: {@link #DONE} with evidence, {@link #NO_EVIDENCE} without (a
 *       claim the report does not back up);
 *   <li>the action's line of work continues in a later plan of the input: {@link #CARRIED_OVER};
 *   <li>assessed {@link #IN_PROGRESS}: {@link #IN_PROGRESS} with evidence, {@link #NO_EVIDENCE}
 *       without;
 *   <li>assessed {@link #NOT_STARTED}: {@link #NOT_STARTED} without evidence, {@link
 *       #IN_PROGRESS} with (evidence of work outranks the assessment);
 *   <li>not assessed, with evidence: {@link #DONE} if the action has a target and the actual
 *       meets it, {@link #IN_PROGRESS} otherwise;
 *   <li>not assessed, without evidence: {@link #NO_EVIDENCE} if the input has a report for the
 *       plan's year, {@link #NOT_STARTED} if the year has not been reported on.
 * </ol>
 */
public enum ActionStatus {
  /** Carried out: assessed as done with evidence, or evidenced with its target met. */
  DONE,
  /** Work is shown by evidence, but the action is not (known to be) complete. */
  IN_PROGRESS,
  /** Not started: so assessed, or the plan's year has not been reported on yet. */
  NOT_STARTED,
  /** Deliberately dropped, as assessed by the caller. */
  DROPPED,
  /** Not finished, and its line of work continues in the plan of a later year. */
  CARRIED_OVER,
  /** The year was reported on, but no report item shows this action's work. */
  NO_EVIDENCE;

  /**
   * Whether a caller may assess an action with this status; {@link #CARRIED_OVER} and {@link
   * #NO_EVIDENCE} follow from the data only.
   *
   * @return true for done, in progress, not started and dropped
   */
  public boolean isAssessable() {
    return this != CARRIED_OVER && this != NO_EVIDENCE;
  }
}
