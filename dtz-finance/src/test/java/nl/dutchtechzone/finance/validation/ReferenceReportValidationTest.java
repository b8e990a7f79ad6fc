package nl.dutchtechzone.finance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.ledger.YearBalance;
import org.junit.jupiter.api.Test;

class ReferenceReportValidationTest {

  private static FinancialStatement statement2022() {
    return DutchTechZone.report2022().statement().orElseThrow();
  }

  static FinancialStatement oneCentOff() {
    FinancialStatement s = statement2022();
    List<StatementLine> spending = new ArrayList<>(s.spending());
    StatementLine branding = spending.get(1);
    spending.set(1, StatementLine.builder().from(branding)
        .amount(branding.amount().plus(Money.ofCents(1))).build());
    return FinancialStatement.builder().from(s).spending(spending).build();
  }

  @Test
  void referenceStatementValidatesClean() {
    assertThat(Validators.statement().validate(statement2022()).violations()).isEmpty();
  }

  @Test
  void referenceProgrammeYearValidatesClean() {
    ProgrammeYear year = ProgrammeYear.of(DutchTechZone.programme(), DutchTechZone.report2022());
    ValidationResult result = Validators.programmeYear().validate(year);
    assertThat(result.violations()).isEmpty();
    assertThat(result.hasNoViolations()).isTrue();
  }

  @Test
  void referenceStatementClosesAt102121_79() {
    YearBalance balance = YearBalance.of(statement2022());
    assertThat(balance.closing()).isEqualTo(Money.parse("102121.79"));
    assertThat(balance.closing().toDutchString()).isEqualTo("€ 102.121,79");
  }

  @Test
  void oneCentOffGivesExactlyTheSumMismatchWithBothAmounts() {
    ValidationResult result = Validators.statement().validate(oneCentOff());

    assertThat(result.violations()).hasSize(1);
    Violation v = result.violations().get(0);
    assertThat(v.code()).isEqualTo("DTZ-F002").isEqualTo(RuleCodes.SPENDING_SUM_MISMATCH);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo("statement[2022].spending");
    assertThat(v.expected()).contains(Money.parse("289467.21"));
    assertThat(v.actual()).contains(Money.parse("289467.22"));
    assertThat(v.messageEn()).contains("EUR 289467.22").contains("EUR 289467.21")
        .contains("EUR 0.01");
    assertThat(v.messageNl()).contains("€ 289.467,22").contains("€ 289.467,21")
        .contains("€ 0,01");
    assertThat(v.message(Locale.forLanguageTag("nl-NL"))).isEqualTo(v.messageNl());
    assertThat(v.message(Locale.ENGLISH)).isEqualTo(v.messageEn());
  }

  @Test
  void oneCentOffInAProgrammeYearGivesOnlyTheSumMismatch() {
    FinancialStatement off = oneCentOff();
    ProgrammeYear year = ProgrammeYear.builder().programme(DutchTechZone.programme())
        .year(2022).statement(off).build();
    assertThat(Validators.programmeYear().validate(year).codes())
        .containsExactly(RuleCodes.SPENDING_SUM_MISMATCH);
  }
}
