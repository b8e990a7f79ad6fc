package nl.dutchtechzone.reporting.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Direction;
import nl.dutchtechzone.core.FileNames;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;

/**
 * Random valid datasets for property tests: every optional part present or absent, lists from
 * empty to several, awkward text (quotes, back-slashes, control characters, non-Latin scripts,
 * astral characters, Turkish dotted and dotless i), amounts from large negatives to large
 * positives, decimals of any non-negative scale. One seed gives one dataset.
 */
final class RandomDatasets {

  private static final String[] WORDS = {
    "Emmen", "Coevorden", "maakindustrie", "€ 1.400.000,--", "\"quoted\"", "back\\slash",
    "tab\there", "line\nbreak", "İstanbul ıi", "Ærø", "日本語", "emoji \uD83D\uDE80", "<b>&amp;</b>",
    "=SUM(A1)", "ünïcödé", "a", "Zuid- en Oost-Drenthe", "\u00a0nbsp", "ctrl\u0001char", "'"
  };

  private final Random random;
  private int counter;

  private RandomDatasets(long seed) {
    this.random = new Random(seed);
  }

  static Dataset generate(long seed) {
    return new RandomDatasets(seed).dataset();
  }

  private Dataset dataset() {
    Programme programme = programme();
    List<AnnualPlan> plans = new ArrayList<>();
    List<Integer> years = programme.strategicPeriod().years();
    for (int year : years) {
      if (random.nextInt(3) == 0) {
        plans.add(plan(programme, year));
      }
    }
    List<AnnualReport> reports = new ArrayList<>();
    for (int year : years) {
      if (random.nextInt(3) == 0) {
        AnnualPlan plan = plans.stream().filter(p -> p.year() == year).findFirst().orElse(null);
        reports.add(report(programme, year, plan));
      }
    }
    List<CoverLetter> letters = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      letters.add(CoverLetter.builder().from(text()).to(text()).place(text())
          .date(LocalDate.of(1900 + random.nextInt(300), 1 + random.nextInt(12),
              1 + random.nextInt(28)))
          .reference(text()).handledBy(text()).subject(text()).status(localized())
          .attachments(texts(3)).build());
    }
    List<InhabitantFigure> figures = new ArrayList<>();
    for (Partner p : programme.partners()) {
      if (p.isMunicipality()) {
        for (int year = 2015 + random.nextInt(3); year < 2022; year += 1 + random.nextInt(3)) {
          for (FigureStatus status : FigureStatus.values()) {
            if (random.nextBoolean()) {
              figures.add(InhabitantFigure.of(p.cbsCode().get(), text(),
                  LocalDate.of(year, 1, 1), random.nextInt(3) == 0 ? 0
                      : (random.nextLong() & Long.MAX_VALUE)
                          % (DatasetLimits.MAX_INHABITANTS + 1),
                  status, localized()));
            }
          }
        }
      }
    }
    return Dataset.builder().programme(programme).inhabitantFigures(figures).plans(plans).reports(reports)
        .coverLetters(letters).build();
  }

  private Programme programme() {
    List<Partner> partners = new ArrayList<>();
    Set<Integer> codes = new TreeSet<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      PartnerKind kind = pick(PartnerKind.values());
      Partner.Builder b = Partner.builder().id(id("p")).name(text()).kind(kind);
      if (kind == PartnerKind.MUNICIPALITY) {
        int code;
        do {
          code = random.nextInt(10_000);
        } while (!codes.add(code));
        b.cbsCode(MunicipalityCode.of(String.format(java.util.Locale.ROOT, "GM%04d", code)));
      }
      if (random.nextBoolean()) {
        b.description(localized());
      }
      partners.add(b.build());
    }
    int first = 1990 + random.nextInt(100);
    StrategicPeriod period = StrategicPeriod.of(first, first + random.nextInt(5));
    List<Membership> memberships = new ArrayList<>();
    for (Partner p : partners) {
      int from = first - random.nextInt(3);
      for (int spell = random.nextInt(3); spell > 0; spell--) {
        Membership.Builder m = Membership.builder().partnerId(p.id()).fromYear(from);
        if (random.nextBoolean() || spell > 1) {
          int last = from + random.nextInt(4);
          m.lastYear(last);
          from = last + 1 + random.nextInt(2);
        } else {
          spell = 0;
        }
        if (random.nextBoolean()) {
          m.source(text());
        }
        memberships.add(m.build());
      }
    }
    Programme.Builder b = Programme.builder().id(id("prog")).shortName(shortName()).name(text())
        .purpose(localized()).aims(localizedList(3)).partners(partners)
        .memberships(memberships).strategicPeriod(period);
    if (random.nextBoolean()) {
      b.origin(localized());
    }
    List<Partner> municipalities = new ArrayList<>();
    partners.stream().filter(Partner::isMunicipality).forEach(municipalities::add);
    if (!municipalities.isEmpty() && random.nextBoolean()) {
      b.office(ProgrammeOffice.of(pick(municipalities).id(), random.nextBoolean()));
    }
    if (random.nextBoolean()) {
      List<String> members = new ArrayList<>();
      partners.stream().filter(p -> random.nextBoolean()).forEach(p -> members.add(p.id()));
      b.board(ProgramBoard.of(text(), members));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addSectorThemes(SectorTheme.of(id("st"), localized()));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      RelatedProgramme.Builder r = RelatedProgramme.builder().id(id("rp")).name(text())
          .kind(pick(RelationKind.values())).ownGovernance(random.nextBoolean());
      if (random.nextBoolean()) {
        r.pillar(text());
      }
      if (random.nextBoolean()) {
        r.role(localized());
      }
      partners.stream().filter(p -> random.nextInt(3) == 0).forEach(p -> r.addCoFunderIds(
          p.id()));
      if (random.nextBoolean()) {
        r.lastOpenedYear(1900 + random.nextInt(301));
      }
      for (int e = random.nextInt(3); e > 0; e--) {
        FundEvent.Builder f = FundEvent.builder().id(id("fe")).kind(pick(FundEventKind.values()))
            .amount(Money.ofCents(1 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000L))
            .description(localized());
        if (random.nextBoolean()) {
          f.date(LocalDate.of(2000 + random.nextInt(50), 1 + random.nextInt(12),
              1 + random.nextInt(28)));
        }
        if (random.nextBoolean()) {
          f.destination(localized());
        }
        r.addFundEvents(f.build());
      }
      b.addRelatedProgrammes(r.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addIndicators(Indicator.builder().id(id("ind")).name(localized()).unit(text())
          .direction(pick(Direction.values())).cumulative(random.nextBoolean()).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addCostCategories(CostCategory.of(id("cc"), localized()));
    }
    if (random.nextBoolean()) {
      b.contributionPerInhabitant(java.math.BigDecimal.valueOf(random.nextInt(100_000), 2 + random.nextInt(2)));
    }
    return b.build();
  }

  private AnnualPlan plan(Programme programme, int year) {
    List<InvestmentTheme> themes = new ArrayList<>();
    List<PlanHeading> headings = new ArrayList<>();
    for (int t = random.nextInt(4); t > 0; t--) {
      String themeId = id("theme");
      List<String> themeHeadings = new ArrayList<>();
      for (int h = random.nextInt(3); h > 0; h--) {
        PlanHeading heading = PlanHeading.of(id("h"), themeId, localized());
        headings.add(heading);
        themeHeadings.add(heading.id());
      }
      InvestmentTheme.Builder theme = InvestmentTheme.builder().id(themeId).title(localized());
      for (int a = random.nextInt(4); a > 0; a--) {
        ActionPoint.Builder action = ActionPoint.builder().id(id(year + ".a"))
            .text(localized());
        themeHeadings.stream().filter(h -> random.nextBoolean()).forEach(action::addHeadingIds);
        if (!programme.indicators().isEmpty() && random.nextBoolean()) {
          action.target(Target.of(pick(programme.indicators()).id(), decimal(), text()));
        }
        if (random.nextBoolean()) {
          action.lineOfWork(id("low"));
        }
        theme.addActions(action.build());
      }
      themes.add(theme.build());
    }
    AnnualPlan.Builder b = AnnualPlan.builder().programmeId(programme.id()).year(year)
        .strategicPeriod(programme.strategicPeriod()).themes(themes).headings(headings);
    if (random.nextBoolean()) {
      b.introduction(localized());
    }
    if (random.nextBoolean()) {
      Budget.Builder budget = Budget.builder().year(year).status(pick(BudgetStatus.values()));
      if (random.nextBoolean()) {
        budget.scopeNote(localized());
      }
      if (!programme.costCategories().isEmpty()) {
        for (int l = random.nextInt(5); l > 0; l--) {
          Scope scope = pick(Scope.values());
          BudgetLine.Builder line = BudgetLine.builder().id(id("bl"))
              .flow(pick(Flow.values())).categoryId(pick(programme.costCategories()).id())
              .description(localized()).planned(money()).scope(scope);
          if (random.nextBoolean()) {
            line.amended(money());
          }
          if (scope == Scope.OUT_OF_SCOPE || random.nextBoolean()) {
            line.note(localized());
          }
          budget.addLines(line.build());
        }
      }
      b.budget(budget.build());
    }
    for (int k = random.nextInt(4); k > 0; k--) {
      InKindCapacity.Builder inKind = InKindCapacity.builder()
          .offeredByKind(pick(PartnerKind.values())).description(localized());
      if (!programme.partners().isEmpty() && random.nextBoolean()) {
        inKind.partnerId(pick(programme.partners()).id());
      }
      if (random.nextBoolean()) {
        inKind.fte(decimal());
      }
      if (random.nextBoolean()) {
        inKind.estimatedValue(Money.ofCents(random.nextInt(Integer.MAX_VALUE)));
      }
      b.addInKind(inKind.build());
    }
    return b.build();
  }

  private AnnualReport report(Programme programme, int year, AnnualPlan plan) {
    AnnualReport.Builder b = AnnualReport.builder().programmeId(programme.id()).year(year);
    if (random.nextBoolean()) {
      b.goal(localized());
    }
    if (random.nextBoolean()) {
      FinancialStatement.Builder s = FinancialStatement.builder().year(year)
          .carriedForward(money()).statedSpendingTotal(money());
      for (int i = random.nextInt(3); i > 0; i--) {
        s.addIncome(statementLine(programme));
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        s.addSpending(statementLine(programme));
      }
      if (random.nextBoolean()) {
        s.statedIncomeTotal(money());
      }
      b.statement(s.build());
    }
    for (Indicator indicator : programme.indicators()) {
      if (random.nextBoolean()) {
        b.addIndicatorValues(IndicatorValue.builder().id(id("iv")).indicatorId(indicator.id())
            .title(localized()).value(decimal()).actionIds(actionIds(plan)).build());
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addObservations(Observation.builder().id(id("ob")).title(localized())
          .points(localizedList(3)).actionIds(actionIds(plan)).build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addOutcomes(Outcome.builder().id(id("oc")).title(localized()).summary(localized())
          .actionIds(actionIds(plan)).build());
    }
    List<Aim> aims = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      aims.add(Aim.of(id("aim"), localized()));
    }
    b.aims(aims);
    for (int i = random.nextInt(5); i > 0; i--) {
      Activity.Builder a = Activity.builder().id(id("act")).title(localized())
          .actionIds(actionIds(plan));
      aims.stream().filter(x -> random.nextBoolean()).forEach(x -> a.addAimIds(x.id()));
      if (random.nextBoolean()) {
        a.lineOfWork(id("low"));
      }
      if (random.nextBoolean()) {
        a.note(localized());
      }
      b.addActivities(a.build());
    }
    return b.build();
  }

  private StatementLine statementLine(Programme programme) {
    StatementLine.Builder line = StatementLine.builder().id(id("sl")).label(localized())
        .amount(money());
    if (!programme.costCategories().isEmpty() && random.nextBoolean()) {
      line.categoryId(pick(programme.costCategories()).id());
    }
    return line.build();
  }

  private List<String> actionIds(AnnualPlan plan) {
    List<String> ids = new ArrayList<>();
    if (plan == null) {
      for (int i = random.nextInt(2); i > 0; i--) {
        ids.add(id("elsewhere"));
      }
    } else {
      plan.actions().stream().filter(a -> random.nextInt(3) == 0).forEach(a -> ids.add(a.id()));
    }
    return ids;
  }

  private Money money() {
    switch (random.nextInt(4)) {
      case 0:
        return Money.ZERO;
      case 1:
        // Anywhere in the supported range, its ends included.
        return Money.ofCents(random.nextBoolean()
            ? (random.nextBoolean() ? 1 : -1) * DatasetLimits.MAX_AMOUNT_CENTS
            : random.nextLong() % (DatasetLimits.MAX_AMOUNT_CENTS + 1));
      default:
        return Money.ofCents(random.nextInt(100_000_000) - 1_000_000);
    }
  }

  private BigDecimal decimal() {
    return BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5));
  }

  private String id(String prefix) {
    return prefix + "-" + (counter++) + (random.nextBoolean() ? "_x.Y" : "");
  }

  /** A random text that is a safe file-name part, as every programme's short name must be. */
  private String shortName() {
    String name = text();
    return FileNames.isSafePart(name) ? name : "P" + random.nextInt(1000);
  }

  private String text() {
    StringBuilder sb = new StringBuilder(pick(WORDS));
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(' ').append(pick(WORDS));
    }
    return sb.toString();
  }

  private List<String> texts(int max) {
    List<String> out = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      out.add(text());
    }
    return out;
  }

  private LocalizedText localized() {
    return random.nextBoolean() ? LocalizedText.of(text(), text()) : LocalizedText.dutch(text());
  }

  private List<LocalizedText> localizedList(int max) {
    List<LocalizedText> out = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      out.add(localized());
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
