package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.reporting.cbs.CbsException;
import nl.dutchtechzone.reporting.cbs.CbsFigures;
import nl.dutchtechzone.reporting.cbs.CbsReader;
import nl.dutchtechzone.reporting.csv.CsvExporter;
import nl.dutchtechzone.reporting.csv.CsvProgressExporter;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.Chart;
import nl.dutchtechzone.reporting.document.ChartItem;
import nl.dutchtechzone.reporting.document.Column;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.document.Field;
import nl.dutchtechzone.reporting.document.Fields;
import nl.dutchtechzone.reporting.document.Item;
import nl.dutchtechzone.reporting.document.ItemList;
import nl.dutchtechzone.reporting.document.KeyFigure;
import nl.dutchtechzone.reporting.document.KeyFigures;
import nl.dutchtechzone.reporting.document.Notation;
import nl.dutchtechzone.reporting.document.Paragraph;
import nl.dutchtechzone.reporting.document.Row;
import nl.dutchtechzone.reporting.document.Section;
import nl.dutchtechzone.reporting.document.SectionKind;
import nl.dutchtechzone.reporting.document.Series;
import nl.dutchtechzone.reporting.document.Table;
import nl.dutchtechzone.reporting.document.Texts;
import nl.dutchtechzone.reporting.html.HtmlExporter;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.DatasetException;
import nl.dutchtechzone.reporting.json.DatasetProblem;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.json.JsonExporter;
import nl.dutchtechzone.reporting.markdown.MarkdownExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import nl.dutchtechzone.reporting.tracking.ActionRef;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.AimCoverage;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;
import nl.dutchtechzone.reporting.tracking.CategorySpending;
import nl.dutchtechzone.reporting.tracking.Evidence;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.HeadingSummary;
import nl.dutchtechzone.reporting.tracking.IndicatorPoint;
import nl.dutchtechzone.reporting.tracking.IndicatorSeries;
import nl.dutchtechzone.reporting.tracking.LineOfWork;
import nl.dutchtechzone.reporting.tracking.LineOfWorkEntry;
import nl.dutchtechzone.reporting.tracking.Link;
import nl.dutchtechzone.reporting.tracking.PeriodRollUp;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ReportTracking;
import nl.dutchtechzone.reporting.tracking.StatusAssessment;
import nl.dutchtechzone.reporting.tracking.StatusCounts;
import nl.dutchtechzone.reporting.tracking.TargetResult;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingException;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import nl.dutchtechzone.reporting.tracking.VarianceExplanation;
import nl.dutchtechzone.reporting.xlsx.XlsxExporter;
import nl.dutchtechzone.testing.PublicApiNullsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type of dtz-reporting rejects null arguments with a NullPointerException: the
 * types of the exported packages and the built-in exporters (public so that the service loader
 * can create them). The types are found by scanning the module, so a new public type without a
 * sample fails this test. The {@code internal} package is neither exported nor API.
 */
class PublicApiNullsTest extends PublicApiNullsContract {

  @TempDir
  static Path folder;

  @Override
  protected Map<Class<?>, Object> samples() {
    Programme programme = DutchTechZone.programme();
    TrackingReport tracking = Fixtures.illustrativeTracking();
    PlanTracking plan = tracking.plans().get(0);
    TrackedAction action = tracking.actions().stream()
        .filter(a -> a.target().isPresent() && a.hasEvidence()).findFirst().orElseThrow();
    PeriodRollUp rollUp = tracking.rollUp();
    LineOfWork lineOfWork = tracking.linesOfWork().get(0);
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    // values of the other modules that the reporting API takes as arguments
    m.put(Programme.class, programme);
    m.put(AnnualPlan.class, DutchTechZone.plan2023());
    m.put(AnnualReport.class, DutchTechZone.report2022());
    m.put(CoverLetter.class, DutchTechZone.coverLetter());
    m.put(StrategicPeriod.class, programme.strategicPeriod());
    m.put(LocalizedText.class, LocalizedText.of("tekst", "text"));
    m.put(Money.class, Money.ofEuros(10));
    m.put(ContributionStatement.class, Fixtures.contributions2021());
    m.put(InhabitantFigure.class, ReferenceInhabitants.figures2021().get(0));
    m.put(ValidationResult.class, ValidationResult.clean());
    // nl.dutchtechzone.reporting
    m.put(Exporters.class, Exporters.builder().add(new CsvExporter()).build());
    m.put(ExporterError.class, new ExporterError("csv", CsvExporter.class.getName(),
        new NoClassDefFoundError("com/example/Missing")));
    m.put(ExportTimeoutException.class, new ExportTimeoutException("csv",
        java.time.Duration.ofSeconds(1), folder.resolve("DTZ-2022.csv")));
    m.put(ProviderProblem.class, ProviderProblem.builder().kind(ProviderProblem.Kind.OTHER)
        .message("a problem").build());
    // spi
    m.put(ExportContext.class, Fixtures.reference(ExportContext.DUTCH));
    m.put(ExportOptions.class, Fixtures.excelNl());
    // exporters
    m.put(CsvExporter.class, new CsvExporter());
    m.put(CsvProgressExporter.class, new CsvProgressExporter());
    m.put(HtmlExporter.class, new HtmlExporter());
    m.put(JsonExporter.class, new JsonExporter());
    m.put(MarkdownExporter.class, new MarkdownExporter());
    m.put(XlsxExporter.class, new XlsxExporter());
    // document
    Document document = Document.of(Fixtures.reference(ExportContext.DUTCH));
    Table table = document.table("statement").orElseThrow();
    Chart chart = document.section(SectionKind.STATEMENT).orElseThrow().blocks().stream()
        .filter(Chart.class::isInstance).map(Chart.class::cast).findFirst().orElseThrow();
    m.put(Document.class, document);
    m.put(Section.class, document.sections().get(0));
    m.put(Table.class, table);
    m.put(Column.class, table.columns().get(0));
    m.put(Row.class, table.rows().get(0));
    m.put(Chart.class, chart);
    m.put(ChartItem.class, chart.items().get(0));
    m.put(Series.class, chart.series().get(0));
    m.put(Paragraph.class, Paragraph.of("text"));
    m.put(Field.class, new Field("label", Cell.text("value")));
    m.put(Fields.class, new Fields(List.of(new Field("label", Cell.text("value")))));
    m.put(KeyFigure.class, new KeyFigure("id", "label", Cell.count(1)));
    m.put(KeyFigures.class, new KeyFigures(List.of(new KeyFigure("id", "label", Cell.count(1)))));
    m.put(Item.class, new Item(Optional.empty(), Optional.of("title"), "text", List.of()));
    m.put(ItemList.class, new ItemList(List.of()));
    m.put(Texts.class, Texts.of(ExportContext.DUTCH));
    m.put(Notation.class, Notation.of(ExportContext.DUTCH));
    m.put(Cell.class, Cell.text("text"));
    m.put(Cell.Text.class, Cell.text("text"));
    m.put(Cell.Label.class, Cell.label("status.done", "gereed"));
    m.put(Cell.Amount.class, Cell.money(Money.ofEuros(1)));
    m.put(Cell.Rate.class, Cell.rate(BigDecimal.ONE));
    m.put(Cell.Count.class, Cell.count(1));
    m.put(Cell.Number.class, Cell.number(BigDecimal.ONE, "uur"));
    m.put(Cell.Percent.class, Cell.percent(BigDecimal.ONE));
    m.put(Cell.Date.class, Cell.date(LocalDate.of(2023, 1, 1)));
    m.put(Cell.Year.class, Cell.year(2023));
    m.put(Cell.Reference.class, Cell.reference("id", "name"));
    m.put(Cell.Empty.class, Cell.empty());
    // json
    m.put(Dataset.class, Dataset.dutchTechZone());
    m.put(DatasetProblem.class, DatasetProblem.of("$.programme", 1, 1, "a problem"));
    m.put(DatasetException.class,
        new DatasetException(List.of(DatasetProblem.of("$.programme", 1, 1, "a problem"))));
    // cbs
    CbsReader cbs = CbsReader.of(programme.partners().stream()
        .filter(nl.dutchtechzone.core.Partner::isMunicipality).collect(Collectors.toList()));
    m.put(CbsReader.class, cbs);
    m.put(TrackingException.class, org.assertj.core.api.Assertions.catchThrowableOfType(
        TrackingException.class, () -> Tracker.track(TrackingInput.builder()
            .programme(DutchTechZone.programme())
            .addLinks(Link.of(2021, "2021.1", "2021.x")).build())));
    m.put(CbsException.class, new CbsException("test.json", "value[0]", "RegioS", "a problem"));
    try {
      m.put(CbsFigures.class, cbs.readTypedDataSet(new java.io.ByteArrayInputStream(
          ("{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/OData/03759ned/$metadata\","
              + " \"value\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "test.json", Map.of(), java.util.Optional.empty(), java.time.LocalDate.of(2026, 1, 1)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // tracking
    m.put(TrackingReport.class, tracking);
    m.put(PlanTracking.class, plan);
    m.put(ReportTracking.class, tracking.reports().get(0));
    m.put(TrackedAction.class, action);
    m.put(ThemeSummary.class, plan.themes().get(0));
    m.put(HeadingSummary.class, tracking.plan(2023).orElseThrow().headings().get(0));
    m.put(StatusCounts.class, plan.counts());
    m.put(AimCoverage.class, tracking.reports().get(0).aims().get(0));
    m.put(BudgetVariance.class, tracking.budget().get(0));
    m.put(Gap.class, tracking.gaps().get(0));
    m.put(LineOfWork.class, lineOfWork);
    m.put(LineOfWorkEntry.class, lineOfWork.entries().get(0));
    m.put(PeriodRollUp.class, rollUp);
    m.put(CategorySpending.class, rollUp.spending().get(0));
    m.put(IndicatorSeries.class, IndicatorSeries.builder().indicatorId("meetings-attended")
        .name(LocalizedText.of("bijeenkomsten", "meetings")).unit("count").cumulative(false)
        .addPoints(IndicatorPoint.of(2022, BigDecimal.TEN)).build());
    m.put(IndicatorPoint.class, IndicatorPoint.of(2022, BigDecimal.TEN));
    m.put(TargetResult.class, action.target().orElseThrow());
    m.put(Evidence.class, action.evidence().get(0));
    m.put(ActionRef.class, ActionRef.of(2022, "2022.1"));
    m.put(Link.class, Link.of(2022, "2022.1", "2022.initiatives"));
    m.put(StatusAssessment.class, StatusAssessment.of(2022, "2022.4", ActionStatus.DROPPED));
    m.put(VarianceExplanation.class, VarianceExplanation.of(2022, "branding",
        LocalizedText.of("uitleg", "explanation")));
    m.put(TrackingInput.class, TrackingInput.builder().programme(programme).build());
    return m;
  }

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.reporting";
  }

  @Override
  protected boolean isTested(JavaClass type) {
    return !type.getPackageName().startsWith("nl.dutchtechzone.reporting.internal");
  }

  @Override
  protected void setDefaults(NullPointerTester tester) {
    tester.setDefault(LocalDate.class, LocalDate.of(2023, 1, 1));
    tester.setDefault(Locale.class, ExportContext.DUTCH);
    tester.setDefault(String.class, "csv");
    tester.setDefault(int.class, 2022);
    tester.setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.setDefault(OutputStream.class, new ByteArrayOutputStream());
    tester.setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]));
    tester.setDefault(Path.class, folder);
    tester.setDefault(Class.class, ActionStatus.class);
    tester.setDefault(Enum.class, ActionStatus.DONE);
    tester.setDefault(ClassLoader.class, PublicApiNullsTest.class.getClassLoader());
  }

  @Test
  void findsThePublicTypes() {
    assertThat(publicTypes()).contains(Exporters.class, Exporters.Builder.class,
        ExportContext.Builder.class, JsonDatasets.class, Tracker.class, CsvExporter.class,
        HtmlExporter.class, MarkdownExporter.class, LineOfWorkEntry.Source.class);
    assertThat(publicTypes()).noneMatch(t -> t.getSimpleName().startsWith("Immutable"));
  }

  @Test
  void nullMessagesNameTheParameter() {
    Exporters exporters = Exporters.builder().add(new CsvExporter()).build();
    assertThatThrownBy(() -> exporters.find(null)).hasMessage("format");
    assertThatThrownBy(() -> exporters.export("csv", null, new ByteArrayOutputStream()))
        .hasMessage("context");
    assertThatThrownBy(() -> new HtmlExporter().export(null, new ByteArrayOutputStream()))
        .hasMessage("context");
    assertThatThrownBy(() -> JsonDatasets.read((byte[]) null)).hasMessage("json");
  }
}
