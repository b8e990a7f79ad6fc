package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.testing.PublicApiNullsContract;
import org.junit.jupiter.api.Test;

/** Every public type of dtz-core rejects null arguments with a NullPointerException. */
class PublicApiNullsTest extends PublicApiNullsContract {

  @Override
  protected Map<Class<?>, Object> samples() {
    Programme programme = DutchTechZone.programme();
    AnnualPlan plan = DutchTechZone.plan2023();
    AnnualReport report = DutchTechZone.report2022();
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    m.put(LocalizedText.class, LocalizedText.of("tekst", "text"));
    m.put(Money.class, Money.ofCents(1));
    m.put(nl.dutchtechzone.core.money.ExactSum.class, new nl.dutchtechzone.core.money.ExactSum());
    m.put(nl.dutchtechzone.core.money.CountOverflowException.class,
        new nl.dutchtechzone.core.money.CountOverflowException(
            nl.dutchtechzone.core.money.Quantity.of(Money.class, "sum")));
    m.put(nl.dutchtechzone.core.money.MoneyOverflowException.class,
        new nl.dutchtechzone.core.money.MoneyOverflowException(
            nl.dutchtechzone.core.money.Quantity.of(Money.class, "sum")));
    m.put(nl.dutchtechzone.core.money.OverflowException.class,
        m.get(nl.dutchtechzone.core.money.MoneyOverflowException.class));
    m.put(nl.dutchtechzone.core.internal.BundleMessages.class,
        nl.dutchtechzone.core.internal.BundleMessages.of("nl.dutchtechzone.core.money.messages",
            nl.dutchtechzone.core.internal.BundleMessages.loaderOf(Money.class.getModule())));
    m.put(nl.dutchtechzone.core.money.Quantity.class,
        nl.dutchtechzone.core.money.Quantity.of(Money.class, "budget.spending", 2023));
    m.put(MunicipalityCode.class, MunicipalityCode.of("GM0114"));
    m.put(Partner.class, programme.partners().get(0));
    m.put(Membership.class, programme.memberships().get(0));
    m.put(StrategicPeriod.class, programme.strategicPeriod());
    m.put(SectorTheme.class, programme.sectorThemes().get(0));
    m.put(CostCategory.class, programme.costCategories().get(0));
    m.put(Indicator.class, programme.indicators().get(0));
    m.put(RelatedProgramme.class, programme.relatedProgrammes().get(1));
    m.put(FundEvent.class, programme.relatedProgrammes().get(1).fundEvents().get(0));
    m.put(ProgrammeOffice.class, programme.office().orElseThrow());
    m.put(ProgramBoard.class, programme.board().orElseThrow());
    m.put(Programme.class, programme);
    m.put(CoverLetter.class, DutchTechZone.coverLetter());
    m.put(Target.class, Target.of("meetings-attended", BigDecimal.TEN, "count"));
    m.put(ActionPoint.class, plan.actions().get(0));
    m.put(InvestmentTheme.class, plan.themes().get(0));
    m.put(PlanHeading.class, plan.headings().get(0));
    m.put(BudgetLine.class, BudgetLine.builder().id("l1").flow(Flow.SPENDING)
        .categoryId("branding").description(LocalizedText.dutch("regel"))
        .planned(Money.ofEuros(10)).build());
    m.put(Budget.class, Budget.builder().year(2023).status(BudgetStatus.ESTIMATE).build());
    m.put(InKindCapacity.class, plan.inKind().get(0));
    m.put(AnnualPlan.class, plan);
    m.put(Aim.class, report.aims().get(0));
    m.put(Activity.class, report.activities().get(0));
    m.put(Outcome.class, report.outcomes().get(0));
    m.put(IndicatorValue.class, report.indicatorValues().get(0));
    m.put(Observation.class, report.observations().get(0));
    m.put(StatementLine.class, report.statement().orElseThrow().spending().get(0));
    m.put(FinancialStatement.class, report.statement().orElseThrow());
    m.put(AnnualReport.class, report);
    return m;
  }

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.core";
  }

  @Override
  protected void setDefaults(NullPointerTester tester) {
    tester.setDefault(LocalDate.class, LocalDate.of(2023, 1, 1));
    tester.setDefault(Module.class, Money.class.getModule());
    tester.setDefault(nl.dutchtechzone.core.internal.BundleMessages.Loader.class,
        nl.dutchtechzone.core.internal.BundleMessages.loaderOf(Money.class.getModule()));
  }

  @Test
  void findsThePublicTypes() {
    assertThat(publicTypes()).contains(Money.class, Programme.class, AnnualPlan.class,
        AnnualReport.class, DutchTechZone.class, Programme.Builder.class);
  }

  @Test
  void nullMessagesNameTheParameter() {
    assertThatThrownBy(() -> Partner.builder().id(null)).hasMessage("id");
    assertThatThrownBy(() -> LocalizedText.of("a", null)).hasMessage("en");
    assertThatThrownBy(() -> Money.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> Money.ofCents(1).plus(null)).hasMessage("other");
    assertThatThrownBy(() -> MunicipalityCode.of(null)).hasMessage("code");
    assertThatThrownBy(() -> DutchTechZone.programme().partner(null)).hasMessage("partnerId");
    assertThatThrownBy(() -> Partner.builder().id("x").name("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }
}
