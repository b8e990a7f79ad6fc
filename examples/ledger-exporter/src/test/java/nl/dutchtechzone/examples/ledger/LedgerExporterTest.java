package nl.dutchtechzone.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import org.junit.jupiter.api.Test;

class LedgerExporterTest {

  private static final String HEADER = "year,taakveld,taakveld_name,economic_category,"
      + "economic_category_name,side,partner_code,partner_name,amount,status,figure_status,"
      + "reference_date,inhabitants,rate,source,description\r\n";

  private static final Programme DTZ = DutchTechZone.programme();

  private static ContributionStatement contributions2021() {
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register())
        .calculate(DTZ.id(), 2021, DTZ.partners().stream().filter(Partner::isMunicipality)
            .collect(Collectors.toList()));
  }

  private static ExportContext.Builder context() {
    return ExportContext.builder().programme(DTZ).year(2021).contributions(contributions2021());
  }

  private static String export(ExportContext context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LedgerExporter().export(context, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void describesItselfAsTheLedgerFormat() {
    LedgerExporter exporter = new LedgerExporter();

    assertThat(exporter.format()).isEqualTo("ledger");
    assertThat(exporter.fileExtension()).isEqualTo("ledger.csv");
    assertThat(exporter.mediaType()).isEqualTo("text/csv; charset=UTF-8");
    assertThat(exporter.priority()).isZero();
  }

  @Test
  void writesOneBookingLinePerMunicipalityUnderTaakveld31() throws IOException {
    String csv = export(context().build());

    assertThat(csv).startsWith(HEADER);
    assertThat(csv.lines()).hasSize(5);
    assertThat(csv).contains("2021,3.1,Economische ontwikkeling,4.3,Inkomensoverdrachten,lasten,"
        + "GM0114,Emmen,107024.00,estimate,provisional,2021-01-01,107024,1.00,"
        + "\"CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's\","
        + "\"Bijdrage Dutch TechZone 2021: 107.024 inwoners x € 1,00 "
        + "(peildatum 2021-01-01, voorlopig cijfer)\"\r\n");
    assertThat(csv.lines().skip(1).map(l -> l.split(",")[6]))
        .containsExactly("GM0109", "GM0114", "GM0118", "GM0160");
    assertThat(csv).contains(",GM0109,Coevorden,35317.00,", ",GM0118,Hoogeveen,55603.00,",
        ",GM0160,Hardenberg,61346.00,");
  }

  @Test
  void carriesTheStableIdOfEachFigureStatusAndNamesItInTheDescription() throws IOException {
    ContributionStatement estimate = contributions2021();
    ContributionLine emmen = estimate.line("emmen").orElseThrow();
    ContributionLine hoogeveen = estimate.line("hoogeveen").orElseThrow();
    InhabitantRegister register = ReferenceInhabitants.register()
        .with(InhabitantFigure.of(emmen.cbsCode(), emmen.name(), emmen.referenceDate(), 107030,
            FigureStatus.REVISED_PROVISIONAL, "test: revised"))
        .with(InhabitantFigure.of(hoogeveen.cbsCode(), hoogeveen.name(),
            hoogeveen.referenceDate(), 55600, FigureStatus.FINAL, "test: final"));
    ContributionStatement mixed = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register).calculate(DTZ.id(), 2021, DTZ.partners().stream()
            .filter(Partner::isMunicipality).collect(Collectors.toList()));

    String dutch = export(context().contributions(mixed).build());
    String english = export(context().contributions(mixed).locale(ExportContext.ENGLISH).build());

    assertThat(dutch).contains(",GM0109,Coevorden,35317.00,estimate,provisional,",
        ",GM0114,Emmen,107030.00,estimate,revised-provisional,",
        ",GM0118,Hoogeveen,55600.00,estimate,final,",
        "(peildatum 2021-01-01, nader voorlopig cijfer)",
        "(peildatum 2021-01-01, definitief cijfer)");
    assertThat(english).contains("(reference date 2021-01-01, revised provisional figure)",
        "(reference date 2021-01-01, final figure)");
  }

  @Test
  void writesTheDescriptionInEnglishForAnEnglishContext() throws IOException {
    String csv = export(context().locale(ExportContext.ENGLISH).build());

    assertThat(csv).contains("\"Contribution Dutch TechZone 2021: 107,024 inhabitants x € 1.00 "
        + "(reference date 2021-01-01, provisional figure)\"");
  }

  @Test
  void choosesTheDescriptionsLanguageByDtzsOneRule() throws IOException {
    String dutch = "\"Bijdrage Dutch TechZone 2021: 107.024 inwoners x € 1,00 "
        + "(peildatum 2021-01-01, voorlopig cijfer)\"";
    String english = "\"Contribution Dutch TechZone 2021: 107,024 inhabitants x € 1.00 "
        + "(reference date 2021-01-01, provisional figure)\"";
    assertThat(export(context().locale(Locale.forLanguageTag("nl-BE")).build())).contains(dutch);
    assertThat(export(context().locale(Locale.forLanguageTag("en-GB")).build()))
        .contains(english);
    assertThat(export(context().locale(Locale.FRENCH).build())).contains(english);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(export(context().locale(ExportContext.ENGLISH).build())).contains(english);
      assertThat(export(context().locale(Locale.GERMAN).build())).contains(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void writesTheFiguresSourceInTheLanguageOfTheContext() throws IOException {
    String english = export(context().locale(ExportContext.ENGLISH).build());
    String dutch = export(context().build());

    assertThat(english).contains(",1.00,\"CBS, table 03759ned, as quoted by encyclopaedia pages\","
        + "\"Contribution").doesNotContain("zoals aangehaald");
    assertThat(dutch).contains(",1.00,\"CBS, tabel 03759ned, zoals aangehaald op"
        + " encyclopediepagina's\",\"Bijdrage").doesNotContain("as quoted by");
  }

  @Test
  void partnerOptionKeepsOnlyThatMunicipalitysBookingLine() throws IOException {
    String csv = export(context().options(ExportOptions.of(Map.of(LedgerExporter.PARTNER,
        "GM0109"))).build());

    assertThat(csv.lines()).hasSize(2);
    assertThat(csv).contains(",GM0109,Coevorden,35317.00,");
  }

  @Test
  void unknownPartnerIsRejectedListingTheKnownCodes() {
    ExportContext context = context().options(ExportOptions.of(Map.of(LedgerExporter.PARTNER,
        "GM9999"))).build();

    assertThatThrownBy(() -> export(context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ledger.partner' is 'GM9999'")
        .hasMessageContaining("GM0109, GM0114, GM0118, GM0160");
  }

  @Test
  void economicCategoryCanBeSetWithItsName() throws IOException {
    String csv = export(context().options(ExportOptions.of(Map.of(
        LedgerExporter.ECONOMIC_CATEGORY, "4.3.1",
        LedgerExporter.ECONOMIC_CATEGORY_NAME, "Eigen categorie"))).build());

    assertThat(csv).contains(",3.1,Economische ontwikkeling,4.3.1,Eigen categorie,lasten,");
    assertThat(csv).doesNotContain("Inkomensoverdrachten");
  }

  @Test
  void economicCategoryWithoutItsNameIsRejected() {
    ExportContext context = context().options(ExportOptions.of(Map.of(
        LedgerExporter.ECONOMIC_CATEGORY, "4.3.1"))).build();

    assertThatThrownBy(() -> export(context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go together")
        .hasMessageContaining("'4.3.1'")
        .hasMessageContaining("(not set)");
  }

  @Test
  void malformedEconomicCategoryIsRejectedQuotingIt() {
    ExportContext context = context().options(ExportOptions.of(Map.of(
        LedgerExporter.ECONOMIC_CATEGORY, "4.3.x",
        LedgerExporter.ECONOMIC_CATEGORY_NAME, "x"))).build();

    assertThatThrownBy(() -> export(context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got '4.3.x'");
  }

  @Test
  void formulaLikeTextIsNeutralisedButNumbersAreNot() throws IOException {
    String csv = export(context().options(ExportOptions.of(Map.of(
        LedgerExporter.ECONOMIC_CATEGORY, "4.3",
        LedgerExporter.ECONOMIC_CATEGORY_NAME, "=HYPERLINK(\"x\")"))).build());

    assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",lasten,");
    assertThat(csv).contains(",107024.00,");
  }

  @Test
  void withoutContributionsWritesTheHeaderOnly() throws IOException {
    String csv = export(ExportContext.builder().programme(DTZ).year(2023).build());

    assertThat(csv).isEqualTo(HEADER);
  }

  @Test
  void writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      String turkish = export(context().build());
      Locale.setDefault(Locale.US);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      String american = export(context().build());
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
      String dutch = export(context().build());
      Locale.setDefault(Locale.forLanguageTag("en-US"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      String pacific = export(context().build());

      assertThat(turkish).isNotEmpty().isEqualTo(american).isEqualTo(dutch)
          .isEqualTo(pacific);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    new LedgerExporter().export(context().build(), out);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void isDiscoveredAsAProvider() {
    Exporters exporters = Exporters.discover(LedgerExporter.class.getClassLoader());

    assertThat(exporters.formats()).contains("ledger");
    assertThat(exporters.get("ledger")).isInstanceOf(LedgerExporter.class);
  }
}
