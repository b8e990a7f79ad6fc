package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --locale nl} the command line speaks Dutch also where picocli or the exporter
 * registry would speak English: parse errors, converter errors, the help, the version, and the
 * problems of plugins and providers, and the errors of the library it reports (CBS files,
 * inhabitant registers, missing figures, tracking). A bad {@code --locale} itself is reported in
 * English, the default language, since it names no language.
 */
class DutchCommandLineTest {

  private static final String NAME = "dtz-walkthrough: ";
  private static final String TRY_HELP = "Zie 'dtz-walkthrough --help' voor de opties.\n";

  private static String err(String... args) {
    Run run = Run.of(args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.out).as(run.toString()).isEmpty();
    return run.err;
  }

  @Test
  void parseErrorsAreInDutch() {
    assertThat(err("--locale", "nl", "--colour")).isEqualTo(NAME
        + "Onbekende optie: '--colour'\n  Bedoelde u: --contribution-year\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "--year")).isEqualTo(NAME
        + "--year heeft een waarde nodig (N)\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "--dataset")).isEqualTo(NAME
        + "--dataset heeft een waarde nodig (BESTAND)\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "--year", "2022", "--year", "2023")).isEqualTo(NAME
        + "--year mag maar één keer worden gegeven\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "extra")).isEqualTo(NAME
        + "onverwacht argument 'extra': elke waarde volgt op de optie waar die bij hoort, zoals"
        + " --dataset BESTAND\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "--strict=perhaps")).isEqualTo(NAME
        + "--strict: verwacht: true of false, maar kreeg 'perhaps'\n" + TRY_HELP);
  }

  @Test
  void convertersRefuseValuesInDutchAlsoWhenTheLocaleComesAfterTheBadOption() {
    assertThat(err("--year", "twintig", "--locale", "nl")).isEqualTo(NAME
        + "--year: moet een heel jaar van 1900 tot en met 2200 zijn, maar is 'twintig'\n"
        + TRY_HELP);
    assertThat(err("--locale=nl", "--contribution-year", "1800")).isEqualTo(NAME
        + "--contribution-year: moet een heel jaar van 1900 tot en met 2200 zijn, maar is"
        + " '1800'\n" + TRY_HELP);
    assertThat(err("--locale", "nl", "--time-limit", "soon")).isEqualTo(NAME
        + "--time-limit: moet een aantal seconden zijn, zoals 60 of 0.5, maar is 'soon'\n"
        + TRY_HELP);
    assertThat(err("--locale", "nl", "--time-limit", "0")).isEqualTo(NAME
        + "--time-limit: moet meer dan 0 en ten hoogste 86400 seconden zijn, met ten hoogste 3"
        + " decimalen, maar is '0'\n" + TRY_HELP);
    assertThat(err("--locale", "NL", "--inhabitants-status", "later")).isEqualTo(NAME
        + "--inhabitants-status: moet provisional, revised of final zijn, maar is 'later'\n"
        + TRY_HELP);
  }

  @Test
  void aBadLocaleIsReportedInEnglishTheDefaultLanguage() {
    for (String bad : List.of("xx", "nederlands", "nl_NL", "12", "")) {
      assertThat(err("--locale", bad)).isEqualTo(NAME + "--locale: must be a language tag such"
          + " as nl, en or de, got '" + bad + "'\n"
          + "Try 'dtz-walkthrough --help' for the options.\n");
    }
    assertThat(err("--year", "2023", "--locale")).isEqualTo(NAME
        + "--locale needs a value (LANG)\nTry 'dtz-walkthrough --help' for the options.\n");
    assertThat(err("--year", "abc", "--locale", "nederlands"))
        .isEqualTo(NAME + "--year: must be a whole year from 1900 to 2200, got 'abc'\n"
            + "Try 'dtz-walkthrough --help' for the options.\n");
    // The last --locale decides, as picocli would have let it.
    assertThat(err("--locale", "nl", "--locale", "fr", "--year", "x"))
        .startsWith(NAME).endsWith("Try 'dtz-walkthrough --help' for the options.\n");
    // After "--" nothing is an option: a --locale there chooses nothing.
    assertThat(err("--", "--locale", "nl")).startsWith(NAME + "Unknown options: '--locale', 'nl'");
  }

  @Test
  void theHelpAndTheVersionAreInDutch() {
    Run help = Run.of("--locale", "nl", "--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("[--dataset=BESTAND]", "[--out=MAP]", "[--plugins=MAP]",
        "[--time-limit=SECONDEN]", "[--inhabitants=PAD]...", "  --time-limit=SECONDEN\n");
    assertThat(help.out).doesNotContain("FILE", "DIR", "SECONDS", "PATH");

    Run version = Run.of("--locale", "nl", "--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).matches("dtz-walkthrough \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"
        + "dtz-bibliotheek \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, (git-commit [0-9a-f]{40}|git-commit"
        + " onbekend \\(niet gebouwd uit een git-checkout\\))\\n");
  }

  @Test
  void aMissingPluginFolderIsReportedInDutch(@TempDir Path dir) {
    Path missing = dir.resolve("plugins");
    assertThat(err("--locale", "nl", "--plugins", missing.toString(), "--out", dir.toString()))
        .isEqualTo(NAME + "--plugins " + missing + ": die map bestaat niet; verwacht: een map"
            + " met exporter-plugins (jars)\n");
  }

  @Test
  void aMissingInhabitantFigureIsReportedInDutch(@TempDir Path dir) {
    assertThat(err("--locale", "nl", "--contribution-year", "2023", "--out", dir.toString()))
        .isEqualTo(NAME + "geen bijdragen voor 2023: geen inwonertal voor gemeente Coevorden"
            + " (GM0109) op peildatum 2023-01-01; voeg een voorlopig of definitief inwonertal"
            + " voor die datum toe\n");
  }

  /** Files and datasets that make the library report its errors and notes through the CLI. */
  private static List<String[]> libraryRuns(Path dir) throws IOException {
    Path good = dir.resolve("test-data-good.json");
    Files.writeString(good, cbs("GM0114", "107030", "GM0109", "35320"), StandardCharsets.UTF_8);
    Path badJson = dir.resolve("test-data-bad.json");
    Files.writeString(badJson, cbs("GM0114", "-5", "GM0109", "35320"), StandardCharsets.UTF_8);
    Path badTable = dir.resolve("test-data-table.json");
    Files.writeString(badTable, cbs("GM0114", "1", "GM0109", "2")
        .replace("03759ned", "83765ned"), StandardCharsets.UTF_8);
    Path badCsv = dir.resolve("test-data-bad.csv");
    Files.writeString(badCsv, "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"\r\n"
        + "\"Emmen\";\"twintig\";\"1\"\r\n", StandardCharsets.UTF_8);
    Path untracked = dir.resolve("untracked.json");
    Files.writeString(untracked, Files.readString(REFERENCE, StandardCharsets.UTF_8)
        .replaceFirst("\"actionIds\": \\[\\]", "\"actionIds\": [\"2022.99\"]"),
        StandardCharsets.UTF_8);
    return List.of(
        new String[] {"--inhabitants", good.toString(), "--inhabitants-status", "final",
            "--out", dir.resolve("out-good").toString()},
        new String[] {"--inhabitants", good.toString(), "--inhabitants", good.toString(),
            "--inhabitants-status", "final", "--out", dir.toString()},
        new String[] {"--inhabitants", badJson.toString(), "--inhabitants-status", "final"},
        new String[] {"--inhabitants", badTable.toString(), "--inhabitants-status", "final"},
        new String[] {"--inhabitants", badCsv.toString()},
        new String[] {"--inhabitants", dir.resolve("none.json").toString()},
        new String[] {"--dataset", untracked.toString(), "--out", dir.toString()},
        new String[] {"--contribution-year", "2023", "--out", dir.toString()});
  }

  private static final Path REFERENCE = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("../../docs/examples/dtz-reference.json").normalize();

  /** A CBS TypedDataSet of table 03759ned with 1 January 2021 totals of two municipalities. */
  private static String cbs(String code1, String value1, String code2, String value2) {
    String meta = "https://opendata.cbs.nl/ODataApi/OData/03759ned/$metadata"
        + "#Cbs.OData.WebAPI.TypedDataSet";
    String row = "{\"ID\": %d, \"Geslacht\": \"T001038\", \"Leeftijd\": \"10000\","
        + " \"BurgerlijkeStaat\": \"T001019\", \"RegioS\": \"%s\", \"Perioden\": \"2021JJ00\","
        + " \"BevolkingOp1Januari_1\": %s}";
    return "{\"odata.metadata\": \"" + meta + "\", \"value\": ["
        + String.format(java.util.Locale.ROOT, row, 0, code1, value1) + ", "
        + String.format(java.util.Locale.ROOT, row, 1, code2, value2) + ", "
        + String.format(java.util.Locale.ROOT, row, 2, "NL01", "17475415") + "]}";
  }

  @Test
  void theLibrarysErrorsAndNotesAreInDutch(@TempDir Path dir) throws IOException {
    List<String[]> cases = libraryRuns(dir);
    List<Run> dutch = new ArrayList<>();
    for (String[] args : cases) {
      List<String> all = new ArrayList<>(List.of("--locale", "nl"));
      all.addAll(List.of(args));
      dutch.add(Run.of(all.toArray(new String[0])));
    }

    assertThat(dutch.get(0).exitCode).as(dutch.get(0).toString()).isZero();
    assertThat(dutch.get(0).out).contains(dir.resolve("test-data-good.json")
        + " (CBS 03759ned): 2 cijfers uit 3 rijen; 1 rij van andere regio's overgeslagen");
    assertThat(dutch.get(0).out).contains("CBS 03759ned, periode 2021JJ00 (definitief), bestand "
        + dir.resolve("test-data-good.json") + ", opgehaald op ");
    assertThat(dutch.get(1).err).startsWith(NAME + "--inhabitants: het inwonerregister mag per"
        + " gemeente, peildatum en ophaaldatum hoogstens één definitief inwonertal hebben,"
        + " maar ");
    assertThat(dutch.get(1).err).contains("(bron: CBS 03759ned, periode 2021JJ00 (definitief),"
        + " bestand " + dir.resolve("test-data-good.json") + ", opgehaald op ");
    assertThat(dutch.get(2).err).isEqualTo(NAME + "--inhabitants "
        + dir.resolve("test-data-bad.json") + ", value[0], veld 'BevolkingOp1Januari_1':"
        + " verwacht: een aantal inwoners dat niet negatief is, maar kreeg -5\n");
    assertThat(dutch.get(3).err).contains("veld 'odata.metadata': onbekende tabel '83765ned';"
        + " verwacht: 03759ned of 37230ned");
    assertThat(dutch.get(4).err).contains(dir.resolve("test-data-bad.csv") + ", regel 2, veld"
        + " 'Perioden': periode 'twintig' is geen jaar");
    assertThat(dutch.get(5).err).isEqualTo(NAME + "--inhabitants " + dir.resolve("none.json")
        + " kan niet worden gelezen: dat bestand bestaat niet\n");
    assertThat(dutch.get(6).err).isEqualTo(NAME + "de voortgang van de dataset kan niet worden"
        + " bepaald: onderdeel '2022.initiatives' van verslag 2022 verwijst naar actie '2022.99'"
        + " van 2022, maar de invoer heeft geen plan voor 2022; jaren met een plan: [2023]\n");
    assertThat(dutch.get(7).err).contains("geen inwonertal voor gemeente Coevorden (GM0109)");
    for (int i = 1; i < dutch.size(); i++) {
      assertThat(dutch.get(i).exitCode).as(dutch.get(i).toString())
          .isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    }
    Set<String> english = englishSentences();
    for (Run run : dutch) {
      for (String sentence : english) {
        assertThat(run.out + run.err).as("'%s' in %s", sentence, run).doesNotContain(sentence);
      }
    }
    // The scan sees English where there is English: the same runs without --locale nl.
    StringBuilder englishOutput = new StringBuilder();
    for (String[] args : cases) {
      Run run = Run.of(args);
      englishOutput.append(run.out).append(run.err);
    }
    assertThat(english).filteredOn(sentence -> englishOutput.toString().contains(sentence))
        .contains("figure per municipality, reference date and retrieval date, but",
            "expected a number of inhabitants, not negative, got", "cannot be read:",
            "of other regions", ", but the input has no plan for", ") on reference date");
  }

  @Test
  void aSumBeyondWhatMoneyHoldsIsReportedInDutch(@TempDir Path dir) throws IOException {
    Path file = CommandLineTest.sumOverflowDataset(dir);

    String err = err("--locale", "nl", "--dataset", file.toString(), "--out",
        dir.resolve("out").toString());

    // What overflowed and the range are Dutch too (were the library's English message).
    assertThat(err).isEqualTo(NAME + "de bedragen vallen elk binnen de grenzen van de dataset,"
        + " maar een som ervan niet: het uitgaventotaal van categorie '"
        + CommandLineTest.sumOverflowCategory() + "' in het financieel overzicht over 2022 is te"
        + " groot: het valt buiten het bereik van een bedrag, € -92.233.720.368.547.758,08 tot"
        + " € 92.233.720.368.547.758,07\n");
    Set<String> english = englishSentences();
    assertThat(english).allSatisfy(sentence ->
        assertThat(err).as("English text in the Dutch output").doesNotContain(sentence));
    // The scan sees English where there is English: the same run without --locale nl.
    String englishErr = err("--dataset", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(english).filteredOn(englishErr::contains)
        .contains("is too large: it overflows the range Money holds,", "spending of category '");
  }

  /** A plugin folder with every kind of broken plugin the registry and the CLI report. */
  private static Path brokenPlugins(Path dir) throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.writeString(plugins.resolve("a-broken.jar"), "not a zip", StandardCharsets.UTF_8);
    try (JarOutputStream jar = new JarOutputStream(
        Files.newOutputStream(plugins.resolve("b-missing.jar")))) {
      jar.putNextEntry(new JarEntry(
          "META-INF/services/nl.dutchtechzone.reporting.spi.ReportExporter"));
      jar.write("com.example.MissingExporter\n".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    FaultyPlugins.jar(plugins, "c-faulty.jar", FaultyPlugins.DuplicateCsvExporter.class,
        FaultyPlugins.BadFormatIdExporter.class, FaultyPlugins.ThrowingConstructorExporter.class,
        FaultyPlugins.LinkageErrorExporter.class, FaultyPlugins.HangingExporter.class);
    return plugins;
  }

  @Test
  void brokenPluginsAreReportedInDutch(@TempDir Path dir) throws IOException {
    Path plugins = brokenPlugins(dir);
    Path out = dir.resolve("out");

    Run run = Run.of("--locale", "nl", "--plugins", plugins.toString(), "--time-limit", "0.5",
        "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_TIMED_OUT);
    String reports = WalkthroughTest.section(run.out, "== Rapporten");
    String faulty = "exporter-provider " + FaultyPlugins.class.getName();
    assertThat(reports).contains(
        "probleem met exporter: plugin-jar " + plugins.resolve("a-broken.jar")
            + " is geen leesbaar jar-bestand (",
        "probleem met exporter: exporter-provider com.example.MissingExporter niet gevonden: die"
            + " klasse bestaat niet",
        "probleem met exporter: " + faulty + "$ThrowingConstructorExporter kon niet"
            + " worden gemaakt: zijn constructor faalde (java.lang.IllegalStateException: no"
            + " licence key)\n",
        "probleem met exporter: " + faulty + "$BadFormatIdExporter heeft formaat-id"
            + " 'Not A Format!'; verwacht: kleine letters, cijfers, '.' of '-', beginnend met een"
            + " letter, ten hoogste 64 tekens",
        "probleem met exporter: " + faulty + "$DuplicateCsvExporter (prioriteit -1)"
            + " claimt ook formaat 'csv'; nl.dutchtechzone.reporting.csv.CsvExporter"
            + " (prioriteit 0) wordt gebruikt",
        "MISLUKT: exporter " + FaultyPlugins.class.getName() + "$LinkageErrorExporter van"
            + " formaat 'test-linkage' faalde met java.lang.NoClassDefFoundError:"
            + " com/example/Missing");
    assertThat(reports).containsPattern("test-hanging +\\S+ .*0\\.5");
    assertThat(englishSentences()).isNotEmpty().allSatisfy(sentence ->
        assertThat(run.out + run.err).as("English text in the Dutch output")
            .doesNotContain(sentence));
  }

  @Test
  void noEnglishSentenceOfTheBundlesAppearsInDutchOutput(@TempDir Path dir) throws IOException {
    Path plugins = brokenPlugins(dir);
    List<Run> runs = new ArrayList<>();
    runs.add(Run.of("--locale", "nl", "--out", dir.resolve("out").toString()));
    Path second = dir.resolve("rivierenland-werkt.json");
    try (InputStream in = DutchCommandLineTest.class.getResourceAsStream(
        "rivierenland-werkt.json")) {
      Files.copy(in, second);
    }
    for (String year : List.of("2023", "2024")) {
      runs.add(Run.of("--locale", "nl", "--strict", "--dataset", second.toString(),
          "--contribution-year", year, "--out", dir.resolve("out-" + year).toString()));
    }
    runs.add(Run.of("--locale", "nl", "--help"));
    runs.add(Run.of("--locale", "nl", "--version"));
    runs.add(Run.of("--locale", "nl", "--strict", "--plugins", plugins.toString(), "--format",
        "csv", "--format", "test-linkage", "--out", dir.resolve("out2").toString()));
    for (String[] bad : List.of(new String[] {"--colour"}, new String[] {"--year"},
        new String[] {"--year", "x"}, new String[] {"--time-limit", "-1"},
        new String[] {"--format", "xml"}, new String[] {"x", "y"},
        new String[] {"--plugins", dir.resolve("none").toString()},
        new String[] {"--dataset", dir.resolve("none.json").toString()},
        new String[] {"--contribution-year", "2023", "--out", dir.toString()})) {
      List<String> args = new ArrayList<>(List.of("--locale", "nl"));
      args.addAll(List.of(bad));
      runs.add(Run.of(args.toArray(new String[0])));
    }
    Set<String> english = englishSentences();
    // The scan sees English where there is English: the same runs without --locale nl.
    Run englishRun = Run.of("--plugins", plugins.toString(), "--format", "test-linkage",
        "--out", dir.resolve("out3").toString());
    assertThat(english).filteredOn(sentence -> englishRun.out.contains(sentence))
        .contains("not found: no such class", "' failed with", "Annual plan")
        .hasSizeGreaterThan(20);
    String colour = Run.of("--colour").err;
    assertThat(english).filteredOn(colour::contains)
        .contains("Unknown option:", "--help' for the options.");
    for (Run run : runs) {
      for (String sentence : english) {
        assertThat(run.out + run.err).as("'%s' in %s", sentence, run).doesNotContain(sentence);
      }
    }
  }

  @Test
  void theReferenceFiguresSourceIsInTheReadersLanguageOnScreenAndInTheExports(@TempDir Path dir)
      throws IOException {
    String dutchSource = "CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's";
    String englishSource = "CBS, table 03759ned, as quoted by encyclopaedia pages";
    Run dutch = Run.of("--locale", "nl", "--out", dir.resolve("nl").toString());
    Run english = Run.of("--out", dir.resolve("en").toString());

    assertThat(dutch.exitCode).as(dutch.toString()).isZero();
    assertThat(dutch.out).contains("\n  Bron: " + dutchSource + "\n")
        .doesNotContain(englishSource).doesNotContain("table 03759ned");
    assertThat(Files.readString(dir.resolve("nl/DTZ-2023.md"), StandardCharsets.UTF_8))
        .contains("> Bron: " + dutchSource + "\n").doesNotContain(englishSource);
    assertThat(Files.readString(dir.resolve("nl/DTZ-2023.html"), StandardCharsets.UTF_8))
        .contains("Bron: " + dutchSource.replace("'", "&#39;")).doesNotContain(englishSource);
    assertThat(english.exitCode).as(english.toString()).isZero();
    assertThat(english.out).contains("\n  Source: " + englishSource + "\n")
        .doesNotContain(dutchSource);
    assertThat(Files.readString(dir.resolve("en/DTZ-2023.md"), StandardCharsets.UTF_8))
        .contains("> Source: " + englishSource + "\n").doesNotContain(dutchSource);
    assertThat(englishSentences()).as("the scan of every Dutch run").contains(englishSource);
  }

  /** The library's bundles of the texts of its exceptions and notes that the CLI prints. */
  private static final List<String> LIBRARY_BUNDLES = List.of(
      "nl/dutchtechzone/reporting/cbs/messages", "nl/dutchtechzone/reporting/tracking/messages",
      "nl/dutchtechzone/finance/contribution/messages", "nl/dutchtechzone/core/money/messages",
      "nl/dutchtechzone/core/money/quantities", "nl/dutchtechzone/finance/internal/quantities",
      "nl/dutchtechzone/reporting/tracking/quantities");

  /**
   * The literal parts of the English texts of the command line, the provider problems, the
   * validation messages, and the CBS, tracking and contribution messages (between placeholders)
   * that are sentences, at least two words, and that no Dutch text shares, and the English
   * reading of the library's reference figures' source: none of them may appear in Dutch output.
   */
  static Set<String> englishSentences() throws IOException {
    Set<String> sentences = new TreeSet<>();
    List<String> dutch = new ArrayList<>();
    dutch.addAll(load("/nl/dutchtechzone/examples/Walkthrough_nl.properties"));
    dutch.addAll(load("/nl/dutchtechzone/reporting/problems_nl.properties"));
    dutch.addAll(load("/nl/dutchtechzone/finance/validation/messages_nl.properties"));
    for (String bundle : LIBRARY_BUNDLES) {
      dutch.addAll(load("/" + bundle + "_nl.properties"));
    }
    List<String> english = new ArrayList<>();
    english.addAll(load("/nl/dutchtechzone/examples/Walkthrough.properties"));
    english.addAll(load("/nl/dutchtechzone/reporting/problems.properties"));
    english.addAll(load("/nl/dutchtechzone/finance/validation/messages.properties"));
    for (String bundle : LIBRARY_BUNDLES) {
      english.addAll(load("/" + bundle + ".properties"));
    }
    for (String text : english) {
      for (String part : text.split("%[a-z]|\\$\\{[A-Z-]+\\}|\\{\\d+[^}]*\\}")) {
        String literal = part.strip();
        if (literal.matches(".*\\p{L}{2,}\\s+\\p{L}{2,}.*")
            && dutch.stream().noneMatch(d -> d.contains(literal))) {
          sentences.add(literal);
        }
      }
    }
    sentences.add(ReferenceInhabitants.SOURCE.en().orElseThrow());
    return sentences;
  }

  private static List<String> load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = DutchCommandLineTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> values = new ArrayList<>();
    properties.stringPropertyNames().forEach(k -> values.add(properties.getProperty(k)));
    return values;
  }
}
