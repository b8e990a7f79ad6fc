package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import org.junit.jupiter.api.Test;

/**
 * The {@code source} of a membership in the dataset format: a text in Dutch and English, which a
 * file may also give as a string (a text written in one language, kept as written), as every file
 * before the text did. A string stays a string when written back, so such a file keeps its bytes.
 */
class DatasetMembershipSourceTest {

  private static final String REFERENCE =
      new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);

  /** The province's membership source as the writer writes it, indented as in the file. */
  private static final String TEXT = "\"source\": {\n"
      + "          \"nl\": \"Jaarplan 2023 en Jaarverslag 2022 Dutch TechZone (Gedeputeerde"
      + " Staten van Drenthe, 16 mei 2023); het vroegste jaar dat de documenten beschrijven,"
      + " beginjaar niet vermeld\",\n"
      + "          \"en\": \"Jaarplan 2023 en Jaarverslag 2022 Dutch TechZone (Gedeputeerde"
      + " Staten van Drenthe, 16 mei 2023); earliest year the documents cover, start year not"
      + " stated\"\n"
      + "        }";

  private static String withSources(String replacement) {
    assertThat(REFERENCE).contains(TEXT);
    return REFERENCE.replace(TEXT, replacement);
  }

  private static Optional<String> provinceSource(Dataset d, Locale locale) {
    return d.programme().memberships().stream()
        .filter(m -> m.partnerId().equals("provincie-drenthe")).findFirst().orElseThrow()
        .source(locale);
  }

  @Test
  void writesTheReferenceSourcesWithTheirDutchAndEnglishReading() throws DatasetException {
    Dataset back = JsonDatasets.read(REFERENCE.getBytes(UTF_8));
    assertThat(provinceSource(back, Locale.forLanguageTag("nl-NL")).orElseThrow())
        .endsWith("het vroegste jaar dat de documenten beschrijven, beginjaar niet vermeld");
    assertThat(provinceSource(back, Locale.forLanguageTag("en-GB")).orElseThrow())
        .endsWith("earliest year the documents cover, start year not stated");
    assertThat(back.programme().memberships())
        .isEqualTo(Dataset.dutchTechZone().programme().memberships());
  }

  @Test
  void readsAStringSourceAsATextInOneLanguageAndWritesItBackAsThatString()
      throws DatasetException {
    String legacy = withSources("\"source\": \"the programme's website, 2024\"");

    Dataset read = JsonDatasets.read(legacy.getBytes(UTF_8));

    assertThat(read.programme().memberships()).extracting(Membership::source)
        .contains(Optional.of(LocalizedText.dutch("the programme's website, 2024")));
    assertThat(provinceSource(read, new Locale("nl"))).contains("the programme's website, 2024");
    assertThat(provinceSource(read, Locale.ENGLISH)).contains("the programme's website, 2024");
    assertThat(new String(JsonDatasets.toBytes(read), UTF_8)).isEqualTo(legacy);
  }

  @Test
  void refusesABlankStringSourceNamingTheField() {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(withSources("\"source\": \" \"").getBytes(UTF_8)));

    assertThat(e.problems()).hasSize(2).allSatisfy(p -> {
      assertThat(p.path()).matches("\\$\\.programme\\.memberships\\[[45]]\\.source");
      assertThat(p.message()).isEqualTo("'source' must not be blank");
    });
  }
}
