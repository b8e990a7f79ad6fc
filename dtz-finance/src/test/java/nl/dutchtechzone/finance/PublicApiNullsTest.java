package nl.dutchtechzone.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.allocation.AllocationKey;
import nl.dutchtechzone.finance.allocation.CostShare;
import nl.dutchtechzone.finance.allocation.CostShareLine;
import nl.dutchtechzone.finance.allocation.CostSharing;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.ContributionHistory;
import nl.dutchtechzone.finance.contribution.ContributionVintage;
import nl.dutchtechzone.finance.contribution.FigureChoice;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import nl.dutchtechzone.finance.contribution.RegisterConflictException;
import nl.dutchtechzone.finance.contribution.Reorganisation;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.MissingInhabitantFigureException;
import nl.dutchtechzone.finance.internal.BundleMessages;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.FundBalance;
import nl.dutchtechzone.finance.ledger.FundLedger;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.Severity;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validator;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.finance.validation.assertj.ValidationResultAssert;
import nl.dutchtechzone.testing.PublicApiNullsContract;
import org.junit.jupiter.api.Test;

/**
 * Every public type of dtz-finance rejects null arguments with a NullPointerException. The types
 * are found by scanning the module, so a new public type without a sample fails this test.
 */
class PublicApiNullsTest extends PublicApiNullsContract {

  @Override
  protected Map<Class<?>, Object> samples() {
    Programme programme = DutchTechZone.programme();
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    // dtz-core values the finance API takes as arguments
    m.put(Programme.class, programme);
    m.put(Partner.class, programme.partners().get(0));
    m.put(MunicipalityCode.class, MunicipalityCode.of("GM0114"));
    m.put(RelatedProgramme.class, programme.relatedProgrammes().get(1));
    m.put(FundEvent.class, programme.relatedProgrammes().get(1).fundEvents().get(0));
    m.put(AnnualPlan.class, DutchTechZone.plan2023());
    m.put(Budget.class, DutchTechZone.plan2023().budget().orElseThrow());
    m.put(InKindCapacity.class, DutchTechZone.plan2023().inKind().get(0));
    m.put(AnnualReport.class, DutchTechZone.report2022());
    m.put(FinancialStatement.class, DutchTechZone.report2022().statement().orElseThrow());
    m.put(Money.class, Money.ofEuros(10));
    // dtz-finance
    AllocationKey key = AllocationKey.equal(List.of("emmen", "coevorden"));
    m.put(AllocationKey.class, key);
    m.put(CostSharing.class, CostSharing.of(key));
    m.put(CostShare.class, CostSharing.of(key).share(Map.of("branding", Money.ofEuros(10))));
    m.put(CostShareLine.class, CostShareLine.of("emmen", "branding", Money.ofEuros(1), false));
    ContributionCalculator calculator =
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register());
    ContributionStatement statement =
        calculator.calculate("dtz", 2021, programme.municipalitiesIn(2022));
    m.put(ContributionCalculator.class, calculator);
    m.put(ContributionStatement.class, statement);
    m.put(ContributionLine.class, statement.lines().get(0));
    m.put(ContributionScheme.class, ReferenceScheme.dutchTechZone());
    m.put(InhabitantFigure.class, ReferenceInhabitants.figures2021().get(0));
    m.put(InhabitantRegister.class, ReferenceInhabitants.register());
    m.put(RegisterConflictException.class, new RegisterConflictException(
        ReferenceInhabitants.figures2021().get(0)));
    m.put(BundleMessages.class,
        BundleMessages.of("nl.dutchtechzone.finance.contribution.messages"));
    m.put(MissingInhabitantFigureException.class, new MissingInhabitantFigureException(
        MunicipalityCode.of("GM0114"), "Emmen", LocalDate.of(2021, 1, 1)));
    m.put(Settlement.class, Settlement.between(statement,
        ContributionStatement.builder().from(statement).status(BudgetStatus.FINAL).build()));
    Provenance provenance = Provenance.of("03759ned", "2021JJ00", FigureStatus.FINAL,
        "test-file.json", LocalDate.of(2022, 7, 1));
    m.put(Provenance.class, provenance);
    InhabitantRegister register = ReferenceInhabitants.register();
    m.put(FigureChoice.class, register.explain(MunicipalityCode.of("GM0114"),
        ReferenceInhabitants.REFERENCE_DATE));
    m.put(Reorganisation.class, Reorganisation.of(List.of(MunicipalityCode.of("GM0109")),
        Partner.municipality("test-successor", "Test successor", "GM9001"), 2030));
    ContributionHistory history = ContributionHistory.of(calculator, "dtz", 2021,
        programme.municipalitiesIn(2022));
    m.put(ContributionHistory.class, history);
    m.put(ContributionVintage.class, history.vintages().get(0));
    m.put(SettlementLine.class,
        SettlementLine.of("emmen", "Emmen", Money.ofEuros(2), Money.ofEuros(3)));
    FundLedger ledger = FundLedger.of(programme.relatedProgrammes().get(1));
    m.put(FundLedger.class, ledger);
    m.put(FundBalance.class, ledger.balance());
    YearBalance year = YearBalance.of(DutchTechZone.report2022().statement().orElseThrow());
    m.put(YearBalance.class, year);
    m.put(ChainBreak.class, ChainBreak.of(2022, 2023, Money.ofEuros(1), Money.ofEuros(2)));
    m.put(RollForward.class, RollForward.of(List.of(year)));
    m.put(Validator.class, Validators.statement());
    m.put(ProgrammeYear.class, ProgrammeYear.of(programme, DutchTechZone.report2022()));
    m.put(Violation.class, Violation.builder().code("DTZ-F001").severity(Severity.ERROR)
        .path("statement").messageEn("negative").messageNl("negatief").build());
    m.put(ValidationResult.class, ValidationResult.clean());
    m.put(ValidationResultAssert.class, new ValidationResultAssert(ValidationResult.clean()));
    return m;
  }

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.finance";
  }

  @Override
  protected void setDefaults(NullPointerTester tester) {
    tester.setDefault(LocalDate.class, LocalDate.of(2021, 1, 1));
    tester.setDefault(MonthDay.class, MonthDay.of(1, 1));
    tester.setDefault(Locale.class, Locale.ROOT);
    tester.setDefault(LocalizedText.class, LocalizedText.of("bron", "source"));
    tester.setDefault(String.class, "emmen");
  }

  @Test
  void findsThePublicTypes() {
    assertThat(publicTypes()).contains(ContributionCalculator.class, Settlement.class,
        FundLedger.class, Validator.class, ContributionStatement.Builder.class,
        ValidationResultAssert.class).doesNotContainNull();
    assertThat(publicTypes()).noneMatch(t -> t.getSimpleName().startsWith("Immutable"));
  }

  @Override
  protected boolean constructorsMayTakeNull(Class<?> type) {
    // AssertJ's contract: the actual value may be null, and the assertions then fail (see
    // FinanceAssertionsTest.aNullResultFailsTheAssertionNotWithANullPointer).
    return type == ValidationResultAssert.class;
  }

  @Test
  void nullMessagesNameTheParameter() {
    assertThatThrownBy(() -> Settlement.between(null, null)).hasMessage("estimate");
    assertThatThrownBy(() -> ContributionCalculator.of(ReferenceScheme.dutchTechZone(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("register");
    assertThatThrownBy(() -> CostSharing.forProgramme(null, null, "office"))
        .hasMessage("programme");
  }
}
