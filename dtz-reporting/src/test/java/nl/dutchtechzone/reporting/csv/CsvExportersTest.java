package nl.dutchtechzone.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportersTest {

  private static final CsvExporter CSV = new CsvExporter();
  private static final CsvProgressExporter PROGRESS = new CsvProgressExporter();

  private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(text)).getRecords();
  }

  @Test
  void writesTheReferenceContributionsAndStatementAsTidyRowsWithCrlf() {
    String text = Render.text(CSV, Fixtures.reference(ExportContext.DUTCH));

    assertThat(text).isEqualTo(
        "year,section,flow,line,label,partner_code,partner_name,category,phase,scope,amount\r\n"
            + "2021,contribution,income,coevorden,Coevorden,GM0109,Coevorden,contributions,"
            + "provisional,in-scope,35317.00\r\n"
            + "2021,contribution,income,emmen,Emmen,GM0114,Emmen,contributions,"
            + "provisional,in-scope,107024.00\r\n"
            + "2021,contribution,income,hardenberg,Hardenberg,GM0160,Hardenberg,contributions,"
            + "provisional,in-scope,61346.00\r\n"
            + "2021,contribution,income,hoogeveen,Hoogeveen,GM0118,Hoogeveen,contributions,"
            + "provisional,in-scope,55603.00\r\n"
            + "2022,statement,carried-forward,carried-forward,Doorgeschoven budget 2021,,,,"
            + "actual,in-scope,130500.00\r\n"
            + "2022,statement,income,income-2022,Inkomsten 2022,,,,actual,in-scope,261089.00\r\n"
            + "2022,statement,spending,programme-costs,Programmakosten incl. Program Board,,,"
            + "programme-costs,actual,in-scope,223573.30\r\n"
            + "2022,statement,spending,branding,\"Branding, marketing & communicatie\",,,"
            + "branding,actual,in-scope,34877.25\r\n"
            + "2022,statement,spending,projects,Projecten en initiatieven,,,projects,actual,"
            + "in-scope,31016.66\r\n");
  }

  @Test
  void contributionRowsCarryTheStableIdOfEachFigureStatus() {
    Programme programme = DutchTechZone.programme();
    ContributionStatement estimate = Fixtures.contributions2021();
    ContributionLine emmen = estimate.line("emmen").orElseThrow();
    ContributionLine hoogeveen = estimate.line("hoogeveen").orElseThrow();
    InhabitantRegister register = ReferenceInhabitants.register()
        .with(InhabitantFigure.of(emmen.cbsCode(), emmen.name(), emmen.referenceDate(), 107030,
            FigureStatus.REVISED_PROVISIONAL, "test: revised"))
        .with(InhabitantFigure.of(hoogeveen.cbsCode(), hoogeveen.name(),
            hoogeveen.referenceDate(), 55600, FigureStatus.FINAL, "test: final"));
    ContributionStatement mixed = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register).calculate(programme.id(), 2021, programme.municipalitiesIn(2022));
    ExportContext context = ExportContext.builder().programme(programme).year(2021)
        .contributions(mixed).build();

    assertThat(Render.text(CSV, context)).isEqualTo(CsvExporter.HEADER.stream()
        .collect(Collectors.joining(",")) + "\r\n"
        + "2021,contribution,income,coevorden,Coevorden,GM0109,Coevorden,contributions,"
        + "provisional,in-scope,35317.00\r\n"
        + "2021,contribution,income,emmen,Emmen,GM0114,Emmen,contributions,"
        + "revised-provisional,in-scope,107030.00\r\n"
        + "2021,contribution,income,hardenberg,Hardenberg,GM0160,Hardenberg,contributions,"
        + "provisional,in-scope,61346.00\r\n"
        + "2021,contribution,income,hoogeveen,Hoogeveen,GM0118,Hoogeveen,contributions,"
        + "final,in-scope,55600.00\r\n");
  }

  @Test
  void writesTheSettlementAsThreeRowsPerMunicipalityWithPlainAmounts() throws IOException {
    Settlement settlement = Fixtures.illustrativeSettlement2021();
    ExportContext context = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2021).settlement(settlement).build();

    List<CSVRecord> rows = parse(Render.text(CSV, context), ',');

    assertThat(rows).hasSize(1 + 3 * 4);
    // The illustrative final figures differ by +12, -85, +40 and +103 inhabitants at EUR 1.00.
    String[][] expected = {
        {"coevorden", "GM0109", "35317.00", "35329.00", "12.00"},
        {"emmen", "GM0114", "107024.00", "106939.00", "-85.00"},
        {"hardenberg", "GM0160", "61346.00", "61386.00", "40.00"},
        {"hoogeveen", "GM0118", "55603.00", "55706.00", "103.00"}};
    List<String> phases = List.of("estimated", "settled", "difference");
    for (int m = 0; m < expected.length; m++) {
      for (int k = 0; k < 3; k++) {
        CSVRecord r = rows.get(1 + 3 * m + k);
        assertThat(r.get(1)).isEqualTo("settlement");
        assertThat(r.get(0)).isEqualTo("2021");
        assertThat(r.get(2)).isEqualTo("income");
        assertThat(r.get(3)).isEqualTo(expected[m][0]);
        assertThat(r.get(5)).isEqualTo(expected[m][1]);
        assertThat(r.get(7)).isEqualTo(ContributionStatement.INCOME_CATEGORY);
        assertThat(r.get(8)).isEqualTo(phases.get(k));
        assertThat(r.get(9)).isEqualTo("in-scope");
        assertThat(r.get(10)).isEqualTo(expected[m][2 + k]);
      }
    }
    assertThat(rows.stream().filter(r -> r.get(8).equals("difference"))
        .map(r -> Money.parse(r.get(10))).reduce(Money.zero(), Money::plus))
        .isEqualTo(settlement.total());
  }

  @Test
  void neutralisesHostileMunicipalityNamesOfASettlement() throws IOException {
    ContributionStatement estimate = Fixtures.contributions2021();
    List<ContributionLine> lines = new ArrayList<>();
    List<String> hostile = List.of("=1+2", "+SUM(A1)", "-1", "@x");
    for (int i = 0; i < estimate.lines().size(); i++) {
      lines.add(ContributionLine.builder().from(estimate.lines().get(i))
          .name(hostile.get(i % hostile.size())).build());
    }
    ContributionStatement named = ContributionStatement.builder().from(estimate).lines(lines)
        .build();
    ExportContext context = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2021).settlement(Settlement.of(named, named)).build();

    List<CSVRecord> rows = parse(Render.text(CSV, context), ',');

    assertThat(rows.subList(1, rows.size())).hasSize(12).allSatisfy(r -> {
      assertThat(r.get(4)).startsWith("'");
      assertThat(r.get(6)).startsWith("'");
      assertThat(r.get(10)).matches("-?[0-9]+\\.[0-9]{2}");
    });
  }

  @Test
  void writesBudgetLinesPlannedAndAmendedAndVariancesFromTracking() throws IOException {
    List<CSVRecord> rows = parse(Render.text(CSV, Fixtures.illustrative(ExportContext.ENGLISH)),
        ',');

    assertThat(rows.get(0).toList()).isEqualTo(CsvExporter.HEADER);
    List<String> budget = rows.stream().filter(r -> r.get(1).equals("budget")).map(r -> r.get(3) + "/" + r.get(8) + "/" + r.get(9) + "=" + r.get(10))
        .collect(Collectors.toList());
    assertThat(budget).containsExactly(
        "contributions/planned/in-scope=259290.00",
        "programme-costs/planned/in-scope=220000.00",
        "programme-costs/amended/in-scope=225000.00",
        "branding/planned/in-scope=40000.00",
        "projects/planned/in-scope=30000.00",
        "network-plan/planned/out-of-scope=50000.00");
    List<String> variance = rows.stream().filter(r -> r.get(1).equals("variance"))
        .map(r -> r.get(7) + "/" + r.get(8) + "=" + r.get(10)).collect(Collectors.toList());
    assertThat(variance).containsExactly("programme-costs/amended=-1426.70",
        "branding/planned=-5122.75", "projects/planned=1016.66");
  }

  @Test
  void dutchExcelDialectUsesSemicolonsDecimalCommasAndAByteOrderMark() throws IOException {
    ExportContext context = Fixtures.referenceBuilder(ExportContext.DUTCH)
        .options(Fixtures.excelNl()).build();
    byte[] bytes = Render.bytes(CSV, context);

    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("year;section;flow;line;label;").contains("\r\n")
        .contains(";actual;in-scope;223573,30\r\n")
        .contains("Branding, marketing & communicatie;;;branding");
    assertThat(parse(text, ';').get(8).get(10)).isEqualTo("34877,25");
  }

  @Test
  void neutralisesTextCellsThatASpreadsheetWouldRunButNeverNumbers() throws IOException {
    List<CSVRecord> money = parse(Render.text(CSV, Fixtures.illustrative(ExportContext.ENGLISH)),
        ',');
    List<CSVRecord> progress = parse(
        Render.text(PROGRESS, Fixtures.illustrative(ExportContext.ENGLISH)), ',');

    assertThat(money).anySatisfy(r -> assertThat(r.get(4))
        .isEqualTo("'-Network and connection plan"));
    assertThat(money).anySatisfy(r -> assertThat(r.get(10)).isEqualTo("-1426.70"));
    assertThat(progress.get(2).get(4))
        .isEqualTo("'=HYPERLINK(\"http://example.invalid\") \"quoted\", comma");
  }

  @Test
  void theCallerCanOptOutOfNeutralising() throws IOException {
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .options(ExportOptions.builder().set(ExportOptions.CSV_NEUTRALISE_FORMULAS, "false")
            .build())
        .build();

    assertThat(parse(Render.text(PROGRESS, context), ',').get(2).get(4))
        .isEqualTo("=HYPERLINK(\"http://example.invalid\") \"quoted\", comma");
    assertThat(parse(Render.text(CSV, context), ',')).anySatisfy(r -> assertThat(r.get(4))
        .isEqualTo("-Network and connection plan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx", "\0x",
      "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF20x"})
  void neutralisesEveryDangerousLeadingCharacter(String cell) {
    assertThat(CsvTable.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a=b", "1-2", " =x", "'=x", "Emmen", "€ 5"})
  void leavesOtherTextAlone(String cell) {
    assertThat(CsvTable.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void progressHasOneRowPerTrackedActionWithStatusEvidenceAndTarget() throws IOException {
    List<CSVRecord> rows = parse(
        Render.text(PROGRESS, Fixtures.illustrative(ExportContext.DUTCH)), ',');

    assertThat(rows.get(0).toList()).isEqualTo(CsvProgressExporter.HEADER);
    assertThat(rows).hasSize(1 + 4 + 15);
    assertThat(rows.get(1).toList()).containsExactly("2022", "network",
        "Netwerk & verbinding <test>", "2022.1", "Initiatieven spreken", "done", "1",
        "initiatives-talked-with", "60", "count", "65", "108.33");
    assertThat(rows.get(4).get(5)).isEqualTo("dropped");
    assertThat(rows.get(5).toList().subList(0, 7)).containsExactly("2023", "entrepreneurship",
        "Investeren in ondernemen met ambitie, zowel bij koplopers als mkb-peleton", "2023.1.1",
        "Stimuleren en faciliteren van ontmoetingen en samenwerking tussen overheid, "
            + "kennisinstellingen, ondernemersverenigingen en ondernemers. Ook bestuurders "
            + "worden hierin betrokken.", "not-started", "0");
  }

  @Test
  void progressWithoutTrackingListsThePlanAndLeavesTheStatusEmpty() throws IOException {
    ExportContext context = Fixtures.referenceBuilder(ExportContext.ENGLISH)
        .tracking(java.util.Optional.empty()).build();

    List<CSVRecord> rows = parse(Render.text(PROGRESS, context), ',');

    assertThat(rows).hasSize(1 + 15);
    assertThat(rows.get(1).toList()).containsExactly("2023", "entrepreneurship",
        "Investing in ambitious entrepreneurship, among front-runners as well as the SME "
            + "peloton", "2023.1.1",
        "Stimulate and facilitate meetings and cooperation between government, knowledge "
            + "institutions, business associations and entrepreneurs, involving administrators"
            + " too.", "", "", "", "", "", "", "");
  }

  @Test
  void writesOnlyTheHeaderWhenTheDocumentHasNoMoney() {
    assertThat(Render.text(CSV, Fixtures.programmeOnly(ExportContext.DUTCH))).isEqualTo(
        "year,section,flow,line,label,partner_code,partner_name,category,phase,scope,amount\r\n");
    assertThat(Render.text(PROGRESS, Fixtures.programmeOnly(ExportContext.DUTCH)))
        .isEqualTo(String.join(",", CsvProgressExporter.HEADER) + "\r\n");
  }

  @Test
  void rejectsAnUnknownDialectNamingTheOptionAndTheChoices() {
    ExportContext context = Fixtures.referenceBuilder(ExportContext.DUTCH)
        .options(ExportOptions.builder().set(ExportOptions.CSV_DIALECT, "excel-de").build())
        .build();

    assertThatThrownBy(() -> Render.bytes(CSV, context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("export option 'csv.dialect' must be one of [rfc4180, excel-nl], got "
            + "'excel-de'");
  }

  @Test
  void describesItself() {
    assertThat(CSV.format()).isEqualTo("csv");
    assertThat(CSV.fileExtension()).isEqualTo("csv");
    assertThat(CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
    assertThat(PROGRESS.format()).isEqualTo("csv-progress");
    assertThat(PROGRESS.fileExtension()).isEqualTo("progress.csv");
  }
}
