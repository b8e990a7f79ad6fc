package nl.dutchtechzone.finance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.FinancialStatement;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final ValidationRule<FinancialStatement> NO_INCOME =
      ValidationRule.of("ACME-001", s -> s.income().isEmpty()
          ? List.of(Violation.builder().code("ACME-001").severity(Severity.WARNING)
              .path("statement[" + s.year() + "].income").messageEn("no income")
              .messageNl("geen inkomsten").build())
          : List.of());

  @Test
  void switchesRulesOffByCode() {
    FinancialStatement off = ReferenceReportValidationTest.oneCentOff();
    Validator<FinancialStatement> v = Validators.statement();
    assertThat(v.codes()).containsExactly("DTZ-F001", "DTZ-F002", "DTZ-F003");
    Validator<FinancialStatement> without = v.without(RuleCodes.SPENDING_SUM_MISMATCH);
    assertThat(without.codes()).containsExactly("DTZ-F001", "DTZ-F003");
    assertThat(without.validate(off).hasNoViolations()).isTrue();
    assertThat(v.validate(off).has(RuleCodes.SPENDING_SUM_MISMATCH)).isTrue();
    assertThat(without.toString()).contains("DTZ-F001");
  }

  @Test
  void rejectsSwitchingOffAnUnknownCode() {
    assertThatThrownBy(() -> Validators.statement().without("DTZ-F099"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DTZ-F099")
        .hasMessageContaining("DTZ-F002");
  }

  @Test
  void addsCustomRulesAfterTheBuiltInOnes() {
    FinancialStatement noIncome = FinancialStatement.builder().year(2022)
        .carriedForward(Money.ZERO).statedSpendingTotal(Money.ofCents(1)).build();
    Validator<FinancialStatement> v = Validators.statement().with(NO_INCOME);
    assertThat(v.codes()).endsWith("ACME-001");
    ValidationResult r = v.validate(noIncome);
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactly("DTZ-F002", "ACME-001");
    assertThat(r.errors()).extracting(Violation::code).containsExactly("DTZ-F002");
    assertThat(r.warnings()).extracting(Violation::code).containsExactly("ACME-001");
    assertThat(r.isValid()).isFalse();
    assertThat(r.codes()).containsExactly("ACME-001", "DTZ-F002");
    assertThat(NO_INCOME.toString()).contains("ACME-001");
  }

  @Test
  void rejectsTwoRulesWithOneCode() {
    assertThatThrownBy(() -> Validators.statement().with(NO_INCOME).with(NO_INCOME))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACME-001");
  }

  @Test
  void aRuleThatThrowsOrReturnsNullIsNamed() {
    FinancialStatement s = ReferenceReportValidationTest.oneCentOff();
    ValidationRule<FinancialStatement> boom = new ValidationRule<>() {
      @Override
      public String code() {
        return "ACME-002";
      }

      @Override
      public List<Violation> check(FinancialStatement subject) {
        throw new IllegalStateException("kaboom");
      }
    };
    assertThatThrownBy(() -> Validator.of(List.of(boom)).validate(s))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACME-002")
        .hasMessageContaining("kaboom");
    ValidationRule<FinancialStatement> nothing = new ValidationRule<>() {
      @Override
      public String code() {
        return "ACME-003";
      }

      @Override
      public List<Violation> check(FinancialStatement subject) {
        return null;
      }
    };
    assertThatThrownBy(() -> Validator.of(List.of(nothing)).validate(s))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACME-003");
  }

  @Test
  void violationChecksItsCodePathAndMessages() {
    Violation.Builder ok = Violation.builder().code("DTZ-F002").severity(Severity.ERROR)
        .path("p").messageEn("en").messageNl("nl");
    Violation v = ok.build();
    assertThat(v.isError()).isTrue();
    assertThat(v.toString()).isEqualTo("DTZ-F002 ERROR at p: en");
    assertThat(v.message(new Locale("nl"))).isEqualTo("nl");
    assertThat(v.message(Locale.ROOT)).isEqualTo("en");
    assertThat(v.expected()).isEmpty();
    assertThatThrownBy(() -> Violation.builder().from(v).code("dtz-f002").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtz-f002");
    assertThatThrownBy(() -> Violation.builder().from(v).code("DTZ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'DTZ'");
    assertThatThrownBy(() -> Violation.builder().from(v).path(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
    assertThatThrownBy(() -> Violation.builder().from(v).messageEn(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageEn");
    assertThatThrownBy(() -> Violation.builder().from(v).messageNl("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageNl");
    assertThat(Violation.builder().from(v).severity(Severity.WARNING).build().isError())
        .isFalse();
  }

  @Test
  void resultListsEveryViolation() {
    Violation a = Violation.builder().code("DTZ-F001").severity(Severity.ERROR).path("a")
        .messageEn("first").messageNl("eerste").build();
    Violation b = Violation.builder().code("DTZ-F002").severity(Severity.WARNING).path("b")
        .messageEn("second").messageNl("tweede").build();
    ValidationResult r = ValidationResult.of(List.of(a)).and(ValidationResult.of(List.of(b)));
    assertThat(r.violations()).containsExactly(a, b);
    assertThat(r.describe()).isEqualTo(
        "2 violation(s):\n  DTZ-F001 ERROR at a: first\n  DTZ-F002 WARNING at b: second");
    assertThat(r.violations("DTZ-F002")).containsExactly(b);
    assertThat(r.has("DTZ-F003")).isFalse();
    assertThat(ValidationResult.clean().describe()).isEqualTo("no violations");
    assertThat(ValidationResult.clean().isValid()).isTrue();
    assertThat(ValidationResult.of(List.of(b)).isValid()).isTrue();
    assertThat(ValidationResult.of(List.of(b)).hasNoViolations()).isFalse();
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Validator.class);
    tester.testAllPublicInstanceMethods(Validators.statement());
    tester.testAllPublicStaticMethods(Validators.class);
    tester.testAllPublicStaticMethods(ValidationResult.class);
    tester.testAllPublicInstanceMethods(ValidationResult.clean());
    tester.testAllPublicStaticMethods(ValidationRule.class);
  }
}
