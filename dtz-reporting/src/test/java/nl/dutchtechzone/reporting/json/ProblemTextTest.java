package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dutchtechzone.reporting.internal.BundleTexts;
import org.junit.jupiter.api.Test;

/** The texts of dataset problems: English and Dutch bundles with the same keys. */
class ProblemTextTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String REFERENCE =
      new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);

  @Test
  void theDutchAndTheEnglishBundleHaveTheSameKeysWithTheSameArguments() {
    Set<String> english = BundleTexts.keysOf(ProblemText.BUNDLE, "");
    Set<String> dutch = BundleTexts.keysOf(ProblemText.BUNDLE, "nl");

    assertThat(dutch).isNotEmpty().isEqualTo(english);
    BundleTexts en = BundleTexts.of(ProblemText.BUNDLE, Locale.ROOT);
    BundleTexts nl = BundleTexts.of(ProblemText.BUNDLE, DUTCH);
    List<String> differing = new ArrayList<>();
    for (String key : english) {
      if (count(en.pattern(key).orElseThrow()) != count(nl.pattern(key).orElseThrow())) {
        differing.add(key);
      }
    }
    assertThat(differing).as("keys whose %%s arguments differ").isEmpty();
  }

  @Test
  void everyValueTypeOfTheDatasetHasItsNameInBothLanguages() {
    Set<Class<?>> types = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Dataset.class));
    while (!todo.isEmpty()) {
      ValueType type = ValueType.of(todo.pop());
      if (type != null && types.add(type.type)) {
        type.attributes.forEach(a -> todo.push(a.valueClass));
      }
    }
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : types) {
      for (String language : List.of("", "nl")) {
        if (!BundleTexts.keysOf(ProblemText.BUNDLE, language)
            .contains("object." + type.getSimpleName())) {
          missing.add(type.getSimpleName() + " '" + language + "'");
        }
      }
    }
    assertThat(types).hasSizeGreaterThan(30);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKindOfIdHasItsTextsInBothLanguages() {
    for (DatasetReferences.Ids ids : DatasetReferences.Ids.values()) {
      assertThat(BundleTexts.keysOf(ProblemText.BUNDLE, "nl")).contains(
          "duplicate." + ids.name(), "unknown." + ids.name());
    }
  }

  @Test
  void rendersEveryProblemOfABadDatasetInDutchWithItsPlace() {
    String json = REFERENCE.replaceFirst("\"partnerId\": \"emmen\"", "\"partnerId\": \"nobody\"")
        .replaceFirst("\"fromYear\": 2021", "\"fromYear\": 1800")
        .replaceFirst("\"amount\": \"223573.30\"", "\"amount\": \"223.573,30\"")
        .replaceFirst("\"date\": \"2023-05-16\"", "\"date\": \"16-05-2023\"")
        .replaceFirst("\"shortName\": \"DTZ\"", "\"shortName\": 7");

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));

    assertThat(e.problems()).extracting(p -> p.message(DUTCH)).containsExactly(
        "verwacht een tekst, maar kreeg een getal",
        "verwacht een jaar van 1900 tot en met 2200, maar kreeg 1800",
        "onbekende partner-id 'nobody'; bekend: [coevorden, crosspoint, emmen, fablab, "
            + "hardenberg, hoogeveen, innofuture, ministerie-ezk, provincie-drenthe, "
            + "rijnland-instituut, siec, sod, technasium-network, volkerwessels-vakschool]",
        "onjuist bedrag \"223.573,30\"; verwacht gewone notatie met een punt en precies twee "
            + "decimalen, zonder scheidingstekens voor duizendtallen, zoals \"289467.21\" of "
            + "\"-12.50\"",
        "onjuiste datum \"16-05-2023\"; verwacht ISO-8601 jjjj-mm-dd, zoals \"2023-05-16\"");
    DatasetProblem first = e.problems().get(0);
    assertThat(first.describe(DUTCH)).isEqualTo(first.path() + " (regel " + first.line()
        + ", kolom " + first.column() + "): verwacht een tekst, maar kreeg een getal");
    assertThat(first.describe(Locale.ENGLISH)).isEqualTo(first.describe());
    assertThat(first.message(Locale.FRENCH)).isEqualTo(first.message())
        .isEqualTo("expected a string, got a number");
  }

  @Test
  void aThirdLanguageIsABundleFileWithEnglishForTheKeysItLacks() {
    // The test bundle problems_de.properties has two fragments in German.
    String json = REFERENCE.replaceFirst("\"shortName\": \"DTZ\"", "\"shortName\": 7");

    DatasetProblem p = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8))).problems().get(0);

    assertThat(p.message(Locale.GERMAN)).isEqualTo("expected a string, aber erhielt eine Zahl");
    assertThat(p.describe(Locale.GERMAN)).isEqualTo(p.path() + " (Zeile " + p.line()
        + ", Spalte " + p.column() + "): expected a string, aber erhielt eine Zahl");
  }

  @Test
  void aNoteAndACountAreTextsOfTheirOwn() {
    String json = REFERENCE.replaceFirst("\"cbsCode\": \"GM0109\"", "\"cbsCode\": \"GM109\"");

    DatasetProblem p = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8))).problems().get(0);

    // The model's refusal stays English; the note after it is Dutch.
    assertThat(p.message(DUTCH)).contains("GM109").endsWith("; zolang dit niet is opgelost, "
        + "verwijst 1 inwoneraantal naar een CBS-code die geen partner heeft [GM0109] en wordt "
        + "het niet gecontroleerd");
    assertThat(p.message()).endsWith("; until it is fixed, 1 inhabitant figure refers to a CBS "
        + "code no partner has [GM0109] and is not checked");
  }

  @Test
  void aProblemWithAMessageOfItsOwnHasItInEveryLanguage() {
    DatasetProblem p = DatasetProblem.of("$.x", 1, 2, "something odd");

    assertThat(p.message(DUTCH)).isEqualTo("something odd");
    assertThat(p.describe(DUTCH)).isEqualTo("$.x (regel 1, kolom 2): something odd");
  }

  @Test
  void aTextWithoutItsArgumentsIsAnError() {
    assertThatThrownBy(() -> ProblemText.of("field.unknown", "x").english())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'field.unknown'");
    assertThatThrownBy(() -> ProblemText.of("no.such.key").english())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no.such.key'");
  }

  private static int count(String text) {
    Matcher m = Pattern.compile("%s").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
