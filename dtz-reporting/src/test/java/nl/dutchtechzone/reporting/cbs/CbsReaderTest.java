package nl.dutchtechzone.reporting.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CBS readers on test files written in CBS's shapes. The files are test data, labelled so in
 * their names (and so in each figure's provenance); only the 2021 figures of Emmen (107,024) and
 * Coevorden (35,317) are published ones, as quoted in {@code ReferenceInhabitants}.
 */
class CbsReaderTest {

  static final String FILE = "test-data-03759ned.json";
  static final LocalDate RETRIEVED = LocalDate.of(2026, 11, 30);
  static final String METADATA_03759 =
      "https://opendata.cbs.nl/ODataApi/OData/03759ned/$metadata#Cbs.OData.WebAPI.TypedDataSet";
  static final String METADATA_37230 =
      "https://opendata.cbs.nl/ODataApi/OData/37230ned/$metadata#Cbs.OData.WebAPI.TypedDataSet";

  static final CbsReader READER = CbsReader.of(List.of(
      Partner.municipality("emmen", "Emmen", "GM0114"),
      Partner.municipality("coevorden", "Coevorden", "GM0109")));

  static String row(int id, String sex, String age, String marital, String region,
      String period, String value) {
    return "{\"ID\": " + id + ", \"Geslacht\": \"" + sex + "\", \"Leeftijd\": \"" + age
        + "\", \"BurgerlijkeStaat\": \"" + marital + "\", \"RegioS\": \"" + region
        + "\", \"Perioden\": \"" + period + "\", \"BevolkingOp1Januari_1\": " + value
        + ", \"GemiddeldeBevolking_2\": null}";
  }

  static String total(int id, String region, String period, String value) {
    return row(id, "T001038", "10000", "T001019", region, period, value);
  }

  static String dataset(String metadata, String... rows) {
    return "{\"odata.metadata\": \"" + metadata + "\", \"value\": [" + String.join(",\n", rows)
        + "]}";
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static final String PERIODEN = "{\"odata.metadata\": \"https://opendata.cbs.nl/ODataApi/OData/"
      + "03759ned/$metadata#Cbs.OData.WebAPI.Perioden\", \"value\": ["
      + "{\"Key\": \"2021JJ00\", \"Title\": \"2021\", \"Description\": \"\","
      + " \"Status\": \"Definitief\"},"
      + "{\"Key\": \"2022JJ00\", \"Title\": \"2022\", \"Description\": \"\","
      + " \"Status\": \"Nader voorlopig\"},"
      + "{\"Key\": \"2023JJ00\", \"Title\": \"2023\", \"Description\": \"\","
      + " \"Status\": \"Voorlopig\"}]}";

  CbsFigures read(String json) throws IOException {
    return READER.readTypedDataSet(utf8(json), FILE,
        CbsReader.readPerioden(utf8(PERIODEN), "test-data-Perioden.json"), Optional.empty(),
        RETRIEVED);
  }

  @Test
  void readsTheTotalsOfTheProgrammesMunicipalitiesWithTheirProvenance() throws IOException {
    CbsFigures figures = read(dataset(METADATA_03759,
        total(0, "NL01    ", "2021JJ00", "17475415"),
        total(1, "GM0114  ", "2021JJ00", "107024"),
        row(2, "3000", "10000", "T001019", "GM0114  ", "2021JJ00", "53000"),
        row(3, "T001038", "70100", "T001019", "GM0114  ", "2021JJ00", "1000"),
        total(4, "GM0109  ", "2021JJ00", "35317"),
        total(5, "GM0114  ", "2022JJ00", "107100"),
        total(6, "GM0109  ", "2023JJ00", "null"),
        total(7, "GM0118  ", "2021JJ00", "55603"),
        total(8, "PV22    ", "2021JJ00", "494000")));

    assertThat(figures.tableId()).isEqualTo("03759ned");
    assertThat(figures.file()).isEqualTo(FILE);
    assertThat(figures.rows()).isEqualTo(9);
    assertThat(figures.figures()).extracting(f -> f.municipality().value(),
        InhabitantFigure::municipalityName, InhabitantFigure::referenceDate,
        InhabitantFigure::inhabitants, InhabitantFigure::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("GM0114", "Emmen", LocalDate.of(2021, 1, 1),
                107_024L, FigureStatus.FINAL),
            org.assertj.core.groups.Tuple.tuple("GM0109", "Coevorden", LocalDate.of(2021, 1, 1),
                35_317L, FigureStatus.FINAL),
            org.assertj.core.groups.Tuple.tuple("GM0114", "Emmen", LocalDate.of(2022, 1, 1),
                107_100L, FigureStatus.REVISED_PROVISIONAL));
    Provenance p = figures.figures().get(2).provenance().orElseThrow();
    assertThat(p).isEqualTo(Provenance.of("03759ned", "2022JJ00",
        FigureStatus.REVISED_PROVISIONAL, FILE, RETRIEVED));
    assertThat(figures.skippedMunicipalities()).isEqualTo(Map.of("GM0118", 1L));
    assertThat(figures.otherRegionRows()).isEqualTo(2);
    assertThat(figures.otherRows()).isEqualTo(2);
    assertThat(figures.withoutFigure()).containsExactly("GM0109 2023JJ00");
    assertThat(figures.note()).isEqualTo(FILE + " (CBS 03759ned): 3 figures from 9 rows;"
        + " skipped 1 municipality not in the programme (1 row); skipped 2 rows of other"
        + " regions; skipped 2 rows of other breakdowns or periods; no figure published for"
        + " GM0109 2023JJ00");
  }

  @Test
  void refusesContentAfterTheRootObject() {
    String json = dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "107024"));
    for (String after : new String[] {"x", "{}", "[]", "1"}) {
      // The rows were read and the rest of the file ignored.
      assertThatThrownBy(() -> READER.readTypedDataSet(utf8(json + "\n" + after), FILE,
          Map.of(), Optional.of(FigureStatus.FINAL), RETRIEVED))
          .as(after).isInstanceOf(CbsException.class)
          .hasMessageStartingWith(FILE + ", line 2")
          .hasMessageEndingWith(after.equals("x") ? "" : "unexpected content after the end of"
              + " the JSON object; expected one JSON object only");
    }
  }

  @Test
  void namesWhatItGotAsJsonShowsItNotAsJacksonNamesIt() {
    // The messages said "got START_ARRAY" and "got VALUE_STRING".
    rejects("[]", FILE + ", $: expected a JSON object {\"odata.metadata\": ..., \"value\":"
        + " [...]}, got [");
    rejects("{\"odata.metadata\": \"" + METADATA_03759 + "\", \"value\": {}}",
        FILE + ", $, field 'value': expected an array, got {");
    rejects("{\"odata.metadata\": \"" + METADATA_03759 + "\", \"value\": [[]]}",
        FILE + ", value[0]: expected a row object, got [");
    rejects("{\"odata.metadata\": 7}", FILE + ", $, field 'odata.metadata': expected the"
        + " metadata URL, got 7");
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "[" + "1,".repeat(30) + "1]")),
        FILE + ", value[0], field 'BevolkingOp1Januari_1': expected a whole number of"
            + " inhabitants or null, got [");
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00",
        "\"" + "x".repeat(100) + "\"")), FILE + ", value[0], field 'BevolkingOp1Januari_1':"
            + " expected a whole number of inhabitants or null, got \"" + "x".repeat(40) + "...\"");
  }

  @Test
  void refusesAPathThatIsNoRegularFileBeforeOpeningIt(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path folder = Files.createDirectory(dir.resolve("figures.csv"));
    List<Path> notFiles = new ArrayList<>(List.of(folder));
    Path fifo = dir.resolve("pipe.json");
    // A FIFO nobody writes to: opening it waited for ever.
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      notFiles.add(fifo);
    }
    for (Path path : notFiles) {
      assertThatThrownBy(() -> READER.read(path, RETRIEVED, Optional.of(FigureStatus.FINAL)))
          .as(path.toString()).isInstanceOf(CbsException.class)
          .hasMessage(path + ", file name: not a regular file (a folder, a pipe or a device);"
              + " expected a CBS download saved as a file");
    }
  }

  @Test
  void withoutAPeriodenFileTheStatusMustBeGiven() throws IOException {
    String json = dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "107024"));
    assertThatThrownBy(() -> READER.readTypedDataSet(utf8(json), FILE, Map.of(),
        Optional.empty(), RETRIEVED))
        .isInstanceOf(CbsException.class)
        .hasMessage(FILE + ", value[0], field 'Perioden': no status for period 2021JJ00: give"
            + " the Perioden file of the table or the status explicitly");
    CbsFigures given = READER.readTypedDataSet(utf8(json), FILE, Map.of(),
        Optional.of(FigureStatus.PROVISIONAL), RETRIEVED);
    assertThat(given.figures()).singleElement()
        .extracting(InhabitantFigure::status).isEqualTo(FigureStatus.PROVISIONAL);
  }

  @Test
  void readsThe1JanuaryFigureOfTable37230() throws IOException {
    String json = "{\"odata.metadata\": \"" + METADATA_37230 + "\", \"value\": ["
        + "{\"ID\": 0, \"RegioS\": \"GM0114  \", \"Perioden\": \"2023JJ00\","
        + " \"BevolkingAanHetBeginVanDePeriode_1\": 107500},"
        + "{\"ID\": 1, \"RegioS\": \"GM0114  \", \"Perioden\": \"2023MM01\","
        + " \"BevolkingAanHetBeginVanDePeriode_1\": 107500, \"Levendgeborenen_2\": 80},"
        + "{\"ID\": 2, \"RegioS\": \"GM0114  \", \"Perioden\": \"2023MM02\","
        + " \"BevolkingAanHetBeginVanDePeriode_1\": 107520.0}]}";
    CbsFigures figures = READER.readTypedDataSet(utf8(json), "test-data-37230ned.json",
        Map.of("2023MM01", FigureStatus.PROVISIONAL), Optional.empty(), RETRIEVED);
    assertThat(figures.tableId()).isEqualTo("37230ned");
    assertThat(figures.figures()).singleElement().satisfies(f -> {
      assertThat(f.referenceDate()).isEqualTo(LocalDate.of(2023, 1, 1));
      assertThat(f.inhabitants()).isEqualTo(107_500);
      assertThat(f.provenance().orElseThrow().periodCode()).isEqualTo("2023MM01");
    });
    assertThat(figures.otherRows()).isEqualTo(2);
  }

  @Test
  void acceptsAWholeNumberWrittenAsADecimal() throws IOException {
    CbsFigures figures = read(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00",
        "107024.0")));
    assertThat(figures.figures().get(0).inhabitants()).isEqualTo(107_024);
  }

  private void rejects(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(CbsException.class).hasMessage(message);
  }

  @Test
  void rejectsAnUnknownTable() {
    rejects(dataset("https://opendata.cbs.nl/ODataApi/OData/83765NED/$metadata",
        total(0, "GM0114", "2021JJ00", "1")), FILE + ", $, field 'odata.metadata': unknown"
        + " table '83765ned', expected 03759ned or 37230ned");
  }

  @Test
  void rejectsRowsBeforeTheTableIsKnown() {
    rejects("{\"value\": [], \"odata.metadata\": \"" + METADATA_03759 + "\"}",
        FILE + ", $, field 'odata.metadata': missing before 'value': expected the metadata URL"
            + " that names the table, such as https://opendata.cbs.nl/ODataApi/OData/03759ned/"
            + "$metadata#Cbs.OData.WebAPI.TypedDataSet");
  }

  @Test
  void rejectsRowsWithoutTheTotals() {
    rejects(dataset(METADATA_03759,
        row(0, "3000", "10000", "T001019", "GM0114", "2021JJ00", "53000")),
        FILE + ", value, field 'Geslacht': no row of the programme's municipalities holds the"
            + " totals (Geslacht T001038, Leeftijd 10000, BurgerlijkeStaat T001019); download"
            + " the totals too");
  }

  @Test
  void rejectsANonNumericValue() {
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "\"107024\"")),
        FILE + ", value[0], field 'BevolkingOp1Januari_1': expected a whole number of"
            + " inhabitants or null, got \"107024\"");
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "107024.5")),
        FILE + ", value[0], field 'BevolkingOp1Januari_1': expected a whole number of"
            + " inhabitants or null, got 107024.5");
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "-1")),
        FILE + ", value[0], field 'BevolkingOp1Januari_1': expected a number of inhabitants,"
            + " not negative, got -1");
  }

  @Test
  void rejectsAMissingValue() {
    rejects(dataset(METADATA_03759, "{\"Geslacht\": \"T001038\", \"Leeftijd\": \"10000\","
        + " \"BurgerlijkeStaat\": \"T001019\", \"RegioS\": \"GM0114\", \"Perioden\":"
        + " \"2021JJ00\"}"), FILE + ", value[0], field 'BevolkingOp1Januari_1': missing:"
        + " expected the number of inhabitants (or null for no figure)");
    rejects(dataset(METADATA_03759, "{\"Geslacht\": \"T001038\", \"Leeftijd\": \"10000\","
        + " \"BurgerlijkeStaat\": \"T001019\", \"Perioden\": \"2021JJ00\","
        + " \"BevolkingOp1Januari_1\": 5}"), FILE + ", value[0], field 'RegioS': missing");
  }

  @Test
  void rejectsADuplicateRow() {
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021JJ00", "1"),
        total(1, "GM0109", "2021JJ00", "2"), total(2, "GM0114  ", "2021JJ00", "3")),
        FILE + ", value[2], field 'RegioS': duplicate row for GM0114, period 2021JJ00 (first"
            + " at value[0])");
  }

  @Test
  void rejectsAPeriodThatIsNotAYear() {
    rejects(dataset(METADATA_03759, total(0, "GM0114", "2021KW01", "1")),
        FILE + ", value[0], field 'Perioden': period '2021KW01' is not a year, expected a year"
            + " such as 2021JJ00");
    rejects(dataset(METADATA_03759, total(0, "GM0114", "21", "1")),
        FILE + ", value[0], field 'Perioden': period '21' is shaped wrongly, expected a CBS"
            + " period code such as 2021JJ00");
  }

  @Test
  void rejectsACodeShapedWrongly() {
    rejects(dataset(METADATA_03759, total(0, "GM114", "2021JJ00", "1")),
        FILE + ", value[0], field 'RegioS': municipality code 'GM114' is shaped wrongly,"
            + " expected GM followed by four digits");
    rejects(dataset(METADATA_03759, total(0, "Emmen", "2021JJ00", "1")),
        FILE + ", value[0], field 'RegioS': region code 'Emmen' is shaped wrongly, expected two"
            + " capitals and digits, such as GM0363 or NL01");
  }

  @Test
  void rejectsOnePageOfALongerResult() {
    rejects("{\"odata.metadata\": \"" + METADATA_03759 + "\", \"value\": [],"
        + " \"odata.nextLink\": \"https://opendata.cbs.nl/ODataFeed/OData/03759ned/"
        + "TypedDataSet?$skip=10000\"}", FILE + ", $, field 'odata.nextLink': the file is one"
        + " page of a longer result; download every page into one file, got next link"
        + " https://opendata.cbs.nl/ODataFeed/OData/03759ned/TypedDataSet?$skip=10000");
  }

  @Test
  void rejectsBrokenJsonWithItsLine() {
    assertThatThrownBy(() -> read("{\"odata.metadata\": \"" + METADATA_03759
        + "\",\n \"value\": [\n{\"ID\": }]}"))
        .isInstanceOf(CbsException.class).hasMessageStartingWith(FILE + ", line 3, column")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void readsTheThreeStatusesOfThePeriodenFileAndRejectsAnUnknownOne() throws IOException {
    assertThat(CbsReader.readPerioden(utf8(PERIODEN), "p.json")).isEqualTo(Map.of(
        "2021JJ00", FigureStatus.FINAL, "2022JJ00", FigureStatus.REVISED_PROVISIONAL,
        "2023JJ00", FigureStatus.PROVISIONAL));
    assertThatThrownBy(() -> CbsReader.readPerioden(utf8("{\"value\": [{\"Key\": \"2021JJ00\","
        + " \"Status\": \"Herzien\"}]}"), "p.json"))
        .isInstanceOf(CbsException.class).hasMessage("p.json, value[0], field 'Status':"
            + " unknown status 'Herzien', expected Definitief, Voorlopig or Nader voorlopig");
    assertThatThrownBy(() -> CbsReader.readPerioden(utf8("{\"value\": [{\"Status\":"
        + " \"Voorlopig\"}]}"), "p.json")).hasMessage("p.json, value[0], field 'Key': missing");
  }

  static final String CSV = "\uFEFF\"Bevolking; geslacht, leeftijd, burgerlijke staat en regio,"
      + " 1 januari (test data)\"\r\n"
      + "\"Geslacht\";\"Leeftijd\";\"Burgerlijke staat\";\"Regio's\";\"Perioden\";"
      + "\"Bevolking op 1 januari (aantal)\"\r\n"
      + "\"Totaal mannen en vrouwen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Emmen\";"
      + "\"2021\";\"107024\"\r\n"
      + "\"Totaal mannen en vrouwen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Emmen\";"
      + "\"2022**\";\"107100\"\r\n"
      + "\"Totaal mannen en vrouwen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Coevorden\";"
      + "\"2023*\";\"35200\"\r\n"
      + "\"Mannen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Coevorden\";\"2023*\";"
      + "\"17600\"\r\n"
      + "\"Totaal mannen en vrouwen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Hoogeveen\";"
      + "\"2023*\";\"55000\"\r\n"
      + "\"Totaal mannen en vrouwen\";\"Totaal\";\"Totaal burgerlijke staat\";\"Coevorden\";"
      + "\"2024*\";\".\"\r\n"
      + "\"Bron: CBS (test data)\"\r\n";

  @Test
  void readsAStatLineCsvWithNamesAndMarkers() throws IOException {
    CbsFigures figures = READER.readStatLineCsv(new StringReader(CSV), "test-data.csv",
        RETRIEVED);
    assertThat(figures.tableId()).isEqualTo("03759ned");
    assertThat(figures.figures()).extracting(f -> f.municipality().value(),
        InhabitantFigure::inhabitants, InhabitantFigure::status,
        f -> f.provenance().orElseThrow().periodCode()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("GM0114", 107_024L, FigureStatus.FINAL,
                "2021JJ00"),
            org.assertj.core.groups.Tuple.tuple("GM0114", 107_100L,
                FigureStatus.REVISED_PROVISIONAL, "2022JJ00"),
            org.assertj.core.groups.Tuple.tuple("GM0109", 35_200L, FigureStatus.PROVISIONAL,
                "2023JJ00"));
    assertThat(figures.skippedMunicipalities()).isEqualTo(Map.of("Hoogeveen", 1L));
    assertThat(figures.otherRows()).isEqualTo(1);
    assertThat(figures.withoutFigure()).containsExactly("GM0109 2024JJ00");
    assertThat(figures.rows()).isEqualTo(6);
  }

  @Test
  void readsAStatLineCsvWithCodesAndMonths() throws IOException {
    String csv = "\"Regiocode\";\"Regio's\";\"Perioden\";"
        + "\"Bevolking aan het begin van de periode (aantal)\"\n"
        + "\"GM0114\";\"Emmen\";\"2023 januari*\";\"107500\"\n"
        + "\"GM0114\";\"Emmen\";\"2023 februari*\";\"107520\"\n"
        + "\"NL01\";\"Nederland\";\"2023 januari*\";\"17811291\"\n"
        + "\"GM1680\";\"Aa en Hunze\";\"2023 januari*\";\"25000\"\n";
    CbsFigures figures = READER.readStatLineCsv(new StringReader(csv), "test-data-37230.csv",
        RETRIEVED);
    assertThat(figures.tableId()).isEqualTo("37230ned");
    assertThat(figures.figures()).singleElement().satisfies(f -> {
      assertThat(f.referenceDate()).isEqualTo(LocalDate.of(2023, 1, 1));
      assertThat(f.status()).isEqualTo(FigureStatus.PROVISIONAL);
      assertThat(f.provenance().orElseThrow().periodCode()).isEqualTo("2023MM01");
    });
    assertThat(figures.otherRows()).isEqualTo(1);
    assertThat(figures.otherRegionRows()).isEqualTo(1);
    assertThat(figures.skippedMunicipalities()).isEqualTo(Map.of("GM1680", 1L));
  }

  private void rejectsCsv(String csv, String message) {
    assertThatThrownBy(() -> READER.readStatLineCsv(new StringReader(csv), "t.csv", RETRIEVED))
        .isInstanceOf(CbsException.class).hasMessage(message);
  }

  @Test
  void rejectsBadStatLineCsvNamingLineAndColumn() {
    String head = "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"\n";
    rejectsCsv(head + "\"Emmen\";\"2021 kwartaal\";\"1\"\n", "t.csv, line 2, field"
        + " 'Perioden': period '2021 kwartaal' names no month, expected for instance 2023"
        + " januari");
    rejectsCsv(head + "\"Emmen\";\"twintig\";\"1\"\n", "t.csv, line 2, field 'Perioden':"
        + " period 'twintig' is not a year, expected a year such as 2021, 2021* or 2021**");
    rejectsCsv(head + "\"Emmen\";\"2021\";\"107.024\"\n", "t.csv, line 2, field 'Bevolking op"
        + " 1 januari (aantal)': expected a whole number of inhabitants (or . for no figure),"
        + " got '107.024'");
    rejectsCsv(head + "\"Emmen\";\"2021\";\"1\"\n\"Emmen\";\"2021\";\"2\"\n", "t.csv, line 3,"
        + " field 'Perioden': duplicate row for GM0114, period 2021 (first at line 2)");
    rejectsCsv(head + "\"Emmen\";\"2021\"\n", "t.csv, line 2: expected 3 columns like the"
        + " header, got 2");
    rejectsCsv("\"Regio's\";\"Perioden\";\"Inkomen\"\n", "t.csv, line 1: unknown table: no"
        + " column 'Bevolking op 1 januari' (03759ned) or 'Bevolking aan het begin van de"
        + " periode' (37230ned)");
    rejectsCsv("\"Regiocode\";\"Perioden\";\"Bevolking op 1 januari\"\n\"GM14\";\"2021\";"
        + "\"1\"\n", "t.csv, line 2, field 'Regiocode': municipality code 'GM14' is shaped"
        + " wrongly, expected GM followed by four digits");
    rejectsCsv("\"only a title\"\n", "t.csv, line 1, field 'Perioden': no header row found:"
        + " expected a StatLine table with a Perioden column");
  }

  @Test
  void readsAFileWithThePeriodenFileNextToIt(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("test-data-03759ned-2026.json");
    Files.writeString(data, dataset(METADATA_03759, total(0, "GM0114", "2023JJ00", "107200")));
    CbsFigures noStatus = READER.read(data, RETRIEVED, Optional.of(FigureStatus.FINAL));
    assertThat(noStatus.figures().get(0).status()).isEqualTo(FigureStatus.FINAL);
    assertThatThrownBy(() -> READER.read(data, RETRIEVED, Optional.empty()))
        .isInstanceOf(CbsException.class)
        .hasMessageContaining("(no test-data-03759ned-2026.Perioden.json next to it)");

    Files.writeString(dir.resolve("test-data-03759ned-2026.Perioden.json"), PERIODEN);
    CbsFigures figures = READER.read(data, RETRIEVED, Optional.of(FigureStatus.FINAL));
    assertThat(figures.figures().get(0).status())
        .as("the Perioden file carries the status").isEqualTo(FigureStatus.PROVISIONAL);
    assertThat(figures.figures().get(0).provenance().orElseThrow().file())
        .isEqualTo(data.toString());

    Path csv = dir.resolve("test-data.csv");
    Files.writeString(csv, CSV);
    assertThat(READER.read(csv, RETRIEVED, Optional.empty()).figures()).hasSize(3);

    Path txt = dir.resolve("test-data.txt");
    Files.writeString(txt, "x");
    assertThatThrownBy(() -> READER.read(txt, RETRIEVED, Optional.empty()))
        .isInstanceOf(CbsException.class).hasMessage(txt + ", file name: expected a .json file"
            + " (OData TypedDataSet) or a .csv file (StatLine download)");
  }

  @Test
  void refusesAProgrammeWithTwoMunicipalitiesOfOneCode() {
    assertThatThrownBy(() -> CbsReader.of(List.of(
        Partner.municipality("a", "A", "GM0114"), Partner.municipality("b", "B", "GM0114"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GM0114");
    assertThat(MunicipalityCode.of("GM0114")).isNotNull();
  }
}
