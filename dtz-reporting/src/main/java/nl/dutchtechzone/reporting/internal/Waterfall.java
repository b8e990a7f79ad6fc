package nl.dutchtechzone.reporting.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;

/**
 * The money of a year as a waterfall: carried forward, each income line up, each spending line
 * down, and the closing balance (carried forward + income - spending, derived).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Waterfall {

  /** What a step of the waterfall is. */
  public enum Kind {
    /** The balance carried forward from the year before. */
    OPENING,
    /** Money coming in. */
    INCOME,
    /** Money going out. */
    SPENDING,
    /** The balance at the end of the year. */
    CLOSING
  }

  /** One bar of the waterfall: from one running balance to the next. */
  public static final class Step {
    /** What the step is. */
    public final Kind kind;
    /** The label of the line, in the wanted language. */
    public final String label;
    /** The amount of the line, without sign for spending. */
    public final Money amount;
    /** The running balance before the step (zero for opening and closing bars). */
    public final Money from;
    /** The running balance after the step. */
    public final Money to;

    Step(Kind kind, String label, Money amount, Money from, Money to) {
      this.kind = kind;
      this.label = label;
      this.amount = amount;
      this.from = from;
      this.to = to;
    }
  }

  private final List<Step> steps;

  private Waterfall(List<Step> steps) {
    this.steps = Collections.unmodifiableList(steps);
  }

  /**
   * The waterfall of a statement.
   *
   * @param statement the statement
   * @param english whether labels are to be English
   * @return the waterfall
   */
  public static Waterfall of(FinancialStatement statement, boolean english) {
    List<Step> steps = new ArrayList<>();
    Money balance = statement.carriedForward();
    steps.add(new Step(Kind.OPENING, Labels.get("carried-forward", english) + " "
        + (statement.year() - 1), balance, Money.ZERO, balance));
    for (StatementLine line : statement.income()) {
      Money next = balance.plus(line.amount());
      steps.add(new Step(Kind.INCOME, Fmt.text(line.label(), english), line.amount(), balance,
          next));
      balance = next;
    }
    for (StatementLine line : statement.spending()) {
      Money next = balance.minus(line.amount());
      steps.add(new Step(Kind.SPENDING, Fmt.text(line.label(), english), line.amount(),
          balance, next));
      balance = next;
    }
    steps.add(new Step(Kind.CLOSING, Labels.get("closing", english), balance, Money.ZERO,
        balance));
    return new Waterfall(steps);
  }

  /**
   * The steps, in order.
   *
   * @return the steps
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * The closing balance.
   *
   * @return carried forward + income - spending
   */
  public Money closing() {
    return steps.get(steps.size() - 1).to;
  }
}
