package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.validation.RuleCodes;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.7: one fact, one sign. The JSON export's {@code statementTotals.spendingDifference}
 * and DTZ-F002's difference are both actual minus expected: the lines' sum minus the printed
 * total.
 */
class SpendingDifferenceSignTest {

  @Test
  void theJsonDifferenceHasTheSignOfTheValidationDifference() throws IOException {
    FinancialStatement printed = DutchTechZone.report2022().statement().orElseThrow();
    FinancialStatement off = FinancialStatement.builder().from(printed)
        .statedSpendingTotal(printed.statedSpendingTotal().plus(Money.ofCents(1))).build();
    AnnualReport report = AnnualReport.builder().from(DutchTechZone.report2022())
        .statement(off).build();
    ValidationResult validation = Validators.statement().validate(off);
    Violation f002 = validation.violations(RuleCodes.SPENDING_SUM_MISMATCH).get(0);
    assertThat(f002.difference()).contains(Money.parse("-0.01"));
    assertThat(f002.messageEn()).endsWith("(difference EUR -0.01)");
    assertThat(f002.messageNl()).endsWith("(verschil € -0,01)");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(ExportContext.builder().programme(DutchTechZone.programme())
        .year(2022).report(report).validation(validation).build(), out);
    assertThat(out.toString(UTF_8)).contains("\"statedSpendingTotal\": \"289467.22\",\n"
        + "    \"spendingDifference\": \"-0.01\"\n");
  }
}
