package nl.dutchtechzone.finance.validation;

/**
 * The stable codes of the built-in validation rules.
 *
 * <p>Codes never change meaning; a retired rule's code is not reused. The table in the {@link
 * nl.dutchtechzone.finance.validation package documentation} (also in {@code
 * docs/validation-rules.md}) gives, per code, its severity, what it compares and an example
 * message in English and Dutch.
 */
public final class RuleCodes {

  /** An amount that must not be negative is negative (income, spending, totals, contributions). */
  public static final String NEGATIVE_AMOUNT = "DTZ-F001";
  /** The spending lines do not add up to the stated spending total (sum mismatch). */
  public static final String SPENDING_SUM_MISMATCH = "DTZ-F002";
  /** The income lines do not add up to the stated income total. */
  public static final String INCOME_SUM_MISMATCH = "DTZ-F003";
  /** A stated closing balance differs from carried forward + income − spending. */
  public static final String STATEMENT_IDENTITY = "DTZ-F004";
  /** The closing of a year differs from the next year's carried forward, or years are missing. */
  public static final String ROLL_FORWARD_BREAK = "DTZ-F005";
  /** A contribution differs from rate × inhabitants, rounded as the statement says. */
  public static final String CONTRIBUTION_AMOUNT = "DTZ-F006";
  /** A contribution statement's status does not match the status of its figures. */
  public static final String CONTRIBUTION_STATUS = "DTZ-F007";
  /**
   * The contributions reported as income (statement lines of category {@code contributions}),
   * else the statement's total income, or the contributions a budget expects, do not match the
   * contributions owed for the year.
   */
  public static final String INCOME_VS_CONTRIBUTIONS = "DTZ-F008";
  /** Planned spending is above carried forward + expected income. */
  public static final String PLANNED_SPENDING_EXCEEDS_MEANS = "DTZ-F009";
  /** A provisional inhabitant figure is used where a final one exists. */
  public static final String ESTIMATE_WHERE_FINAL_EXISTS = "DTZ-F010";
  /**
   * A statement line is counted in the totals although the budget of its year leaves it out:
   * its budget line (same id), or every budget line of its category, is out of scope.
   */
  public static final String OUT_OF_SCOPE_COUNTED = "DTZ-F011";
  /** Money of a subsidy scheme is counted as programme money. */
  public static final String SCHEME_MONEY_AS_PROGRAMME_MONEY = "DTZ-F012";
  /** An id occurs more than once where it must be unique. */
  public static final String DUPLICATE_ID = "DTZ-F013";
  /** An id refers to nothing the programme knows (partner, cost category, programme). */
  public static final String UNKNOWN_ID = "DTZ-F014";
  /** A contribution is charged to a partner that is not a paying member in that year. */
  public static final String PAYER_NOT_A_MEMBER = "DTZ-F015";
  /** A paying member of the year has no contribution line. */
  public static final String MEMBER_NOT_CHARGED = "DTZ-F016";
  /** A part is for another year or reference date than the whole it belongs to. */
  public static final String PERIOD_MISMATCH = "DTZ-F017";

  private RuleCodes() {}
}
