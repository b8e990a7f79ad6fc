package nl.dutchtechzone.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;

/**
 * The walk-through: runs the library over the Dutch TechZone reference data and prints what it
 * finds.
 */
public final class Walkthrough {

  private final PrintStream out;

  /**
   * Creates a walk-through that prints to a stream.
   *
   * @param out where to print, not null
   */
  public Walkthrough(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the walk-through on the embedded reference data.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new Walkthrough(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
  }

  /** Prints the programme, the 2022 statement and the 2023 plan. */
  public void run() {
    Programme programme = DutchTechZone.programme();
    out.printf("%s (%s), strategic period %s%n", programme.name(), programme.shortName(),
        programme.strategicPeriod().label());
    out.println("Partners:");
    for (Partner p : programme.partners()) {
      out.printf("  %-28s %-22s %s%n", p.name(), p.kind().label().in(Locale.ENGLISH),
          p.cbsCode().map(Object::toString).orElse(""));
    }

    AnnualReport report = DutchTechZone.report2022();
    FinancialStatement s = report.statement().orElseThrow();
    out.printf("%nStatement %d%n", s.year());
    out.printf("  %-40s %15s%n", "Carried forward", s.carriedForward().toDutchString());
    for (StatementLine l : s.income()) {
      out.printf("  %-40s %15s%n", l.label().in(Locale.ENGLISH), l.amount().toDutchString());
    }
    for (StatementLine l : s.spending()) {
      out.printf("  %-40s %15s%n", "- " + l.label().in(Locale.ENGLISH),
          l.amount().toDutchString());
    }
    Money closing = s.carriedForward().plus(s.incomeSum()).minus(s.spendingSum());
    out.printf("  %-40s %15s%n", "Closing balance", closing.toDutchString());

    AnnualPlan plan = DutchTechZone.plan2023();
    out.printf("%nAnnual plan %d%n", plan.year());
    for (InvestmentTheme t : plan.themes()) {
      out.printf("  %s%n", t.title().in(Locale.ENGLISH));
      for (ActionPoint a : t.actions()) {
        out.printf("    [%s] %s%n", a.id(), a.text().in(Locale.ENGLISH));
      }
    }
  }
}
