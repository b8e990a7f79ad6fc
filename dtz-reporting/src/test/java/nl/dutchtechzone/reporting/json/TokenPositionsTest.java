package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader takes the line and column of a token from Jackson's parser without making a
 * {@link JsonLocation} per value ({@link ReadState#line}, {@link ReadState#column}): they must
 * be the location's, for every token of real datasets, read from bytes and from a stream.
 */
class TokenPositionsTest {

  @Test
  void theFastPositionsAreUsedOnThisJacksonVersion() {
    // If a Jackson upgrade turns them off, reading gets slower, not wrong: this says so.
    assertThat(ReadState.FAST_POSITIONS).isTrue();
  }

  @Test
  void everyTokenOfTheReferenceDatasetIsWhereItsLocationSays() throws IOException {
    byte[] json = JsonDatasets.toBytes(Dataset.dutchTechZone());
    assertAgree(json);
  }

  @Test
  void aDatasetWithWindowsLineBreaksTabsAndMultiByteCharactersToo() throws IOException {
    String text = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8)
        .replace("\n", "\r\n").replace("  ", "\t")
        .replace("Dutch TechZone", "D\u00fctch \u20ac TechZone \ud83d\ude00");
    assertAgree(text.getBytes(UTF_8));
  }

  private static void assertAgree(byte[] json) throws IOException {
    for (boolean stream : new boolean[] {false, true}) {
      List<String> fast = new ArrayList<>();
      List<String> made = new ArrayList<>();
      try (JsonParser p = stream
          ? JsonSupport.FACTORY.createParser(new ByteArrayInputStream(json))
          : JsonSupport.FACTORY.createParser(json)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          JsonLocation at = p.currentTokenLocation();
          fast.add(t + " " + ReadState.line(p) + ":" + ReadState.column(p));
          made.add(t + " " + at.getLineNr() + ":" + at.getColumnNr());
        }
      }
      assertThat(fast).as(stream ? "from a stream" : "from bytes").hasSizeGreaterThan(500)
          .isEqualTo(made);
    }
  }
}
