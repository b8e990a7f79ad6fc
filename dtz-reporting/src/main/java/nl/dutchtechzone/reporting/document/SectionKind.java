package nl.dutchtechzone.reporting.document;

/**
 * What a {@link Section} is about; stable, so that a renderer can pick a section (a spreadsheet
 * sheet, a PDF bookmark) without reading its heading.
 */
public enum SectionKind {
  /** The cover letter that sends the document. */
  LETTER,
  /** The programme: its purpose and member municipalities. */
  PROGRAMME,
  /** The key figures of the year. */
  KEY_FIGURES,
  /** The financial statement: carried forward, income, spending, closing balance. */
  STATEMENT,
  /** The contributions per municipality. */
  CONTRIBUTIONS,
  /**
   * The settlement of a year's contributions: estimate, final amount and difference per
   * municipality.
   */
  SETTLEMENT,
  /** The budget of the plan. */
  BUDGET,
  /** Budget against actual per category. */
  BUDGET_VS_ACTUAL,
  /** The annual plan with the status of each action. */
  PLAN,
  /** A subsection of the plan: the progress per theme. */
  PROGRESS,
  /** A subsection of the plan: one investment theme and its actions. */
  THEME,
  /** The gaps between plan and report. */
  GAPS,
  /** A subsection of the gaps: the gaps of one kind. */
  GAP_KIND,
  /** The annual report. */
  REPORT,
  /** A subsection of the report: its outcomes. */
  OUTCOMES,
  /** A subsection of the report: its observations. */
  OBSERVATIONS,
  /** A subsection of the report: its activities. */
  ACTIVITIES,
  /** The validation findings. */
  VALIDATION
}
