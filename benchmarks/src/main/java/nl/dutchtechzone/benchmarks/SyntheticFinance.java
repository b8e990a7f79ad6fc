package nl.dutchtechzone.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;

/**
 * SYNTHETIC finance data for benchmarks: invented municipalities with invented inhabitant
 * figures, and budgets of any number of invented lines. None of it is published or Dutch
 * TechZone data; every inhabitant figure says so in its source.
 *
 * <p>The Netherlands has 342 municipalities (2024); the synthetic ones are {@code GM0001} to
 * {@code GM0342} (ids {@code gm0001} ..., names "Synthetic municipality 0001" ...). Their
 * inhabitant counts are drawn, with a fixed seed, log-uniformly between 1,000 and 900,000: the
 * real range runs from about 1,000 (Schiermonnikoog) to about 930,000 (Amsterdam) with a median
 * near 30,000, which the log-uniform draw roughly matches.
 */
public final class SyntheticFinance {

  /** The number of Dutch municipalities on 1 January 2024. */
  public static final int MUNICIPALITIES = 342;

  /** The source every synthetic figure carries. */
  public static final String SOURCE = "synthetic benchmark data, not published";

  private static final long SEED = 342L;

  private static final String[] SPENDING_CATEGORIES = {DutchTechZone.PROGRAMME_COSTS,
      DutchTechZone.BRANDING, DutchTechZone.PROJECTS};

  private SyntheticFinance() {}

  /**
   * The synthetic municipalities {@code GM0001} to {@code GM}n, in that order.
   *
   * @param n how many, 1 to 9999
   * @return the partners, ids {@code gm0001} ...
   */
  public static List<Partner> municipalities(int n) {
    List<Partner> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      String number = String.format(java.util.Locale.ROOT, "%04d", i);
      out.add(Partner.municipality("gm" + number, "Synthetic municipality " + number,
          "GM" + number));
    }
    return out;
  }

  /**
   * Synthetic inhabitant counts, log-uniform between 1,000 and 900,000, from a fixed seed.
   *
   * @param n how many
   * @return the counts
   */
  public static long[] inhabitants(int n) {
    Random random = new Random(SEED);
    long[] out = new long[n];
    double low = Math.log(1_000);
    double high = Math.log(900_000);
    for (int i = 0; i < n; i++) {
      out[i] = Math.round(Math.exp(low + random.nextDouble() * (high - low)));
    }
    return out;
  }

  /**
   * A register of provisional synthetic figures on 1 January of a year, one per municipality.
   *
   * @param municipalities the municipalities
   * @param inhabitants their counts, same order
   * @param year the year of the reference date
   * @return the register
   */
  public static InhabitantRegister register(List<Partner> municipalities, long[] inhabitants,
      int year) {
    List<InhabitantFigure> figures = new ArrayList<>(municipalities.size());
    for (int i = 0; i < municipalities.size(); i++) {
      Partner p = municipalities.get(i);
      figures.add(InhabitantFigure.of(p.cbsCode().orElseThrow(), p.name(),
          java.time.LocalDate.of(year, 1, 1), inhabitants[i], FigureStatus.PROVISIONAL, SOURCE));
    }
    return InhabitantRegister.of(figures);
  }

  /**
   * A synthetic 2023 budget of the given number of lines, all valid: every fourth line is income
   * of EUR 50.00 (category {@code contributions}), the others spending of EUR 10.00 to EUR 19.99
   * over the Dutch TechZone cost categories, so that income covers spending. With amendments,
   * every tenth line also has an amended amount.
   *
   * @param lines the number of lines
   * @param amendments whether every tenth line is amended
   * @return the budget
   */
  public static Budget budget(int lines, boolean amendments) {
    LocalizedText text = LocalizedText.dutch("synthetic");
    List<BudgetLine> out = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      BudgetLine.Builder b = BudgetLine.builder().id("b" + i).description(text);
      if (i % 4 == 0) {
        b.flow(Flow.INCOME).categoryId(ContributionStatement.INCOME_CATEGORY)
            .planned(Money.ofCents(5_000));
      } else {
        b.flow(Flow.SPENDING).categoryId(SPENDING_CATEGORIES[i % 3])
            .planned(Money.ofCents(1_000 + i % 1_000));
      }
      if (amendments && i % 10 == 0) {
        b.amended(Money.ofCents(i % 4 == 0 ? 5_000 : 1_000));
      }
      out.add(b.build());
    }
    return Budget.builder().year(2023).status(BudgetStatus.FINAL).lines(out).build();
  }
}
