package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dutchtechzone.core.reference.DutchTechZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one rule for text that becomes part of a file name, and the programme's short name. */
class FileNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"DTZ", "Veluwe", "Regio-Deal_2", "a", "Zuid Oost", "Ümlaut",
      "😀x"})
  void acceptsPlainNames(String name) {
    assertThat(FileNames.isSafePart(name)).isTrue();
    assertThat(FileNames.checkPart("f", name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "../escape", "a/b", "a\\b", ".hidden", "nul\u0000", "new\nline",
      "tab\there", "next\u0085line", "DTZ\u202egpj.exe", "a\u202ab", "a\u2066b", "a\u2069b",
      "zero\u200bwidth", "a\u2028b", "trailing.", " lead", "trail ", "c:d", "a*b", "a?b",
      "a\"b", "a<b", "a>b", "a|b", "esc\u001b[2J", "half\ud800"})
  void refusesUnsafeNames(String name) {
    assertThat(FileNames.isSafePart(name)).isFalse();
    assertThatThrownBy(() -> FileNames.checkPart("Programme.shortName", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Programme.shortName")
        .hasMessageContaining("plain name");
  }

  @Test
  void refusesMoreThanTheMaximumLengthCountedInCodePoints() {
    String longest = "😀".repeat(FileNames.MAX_LENGTH);

    assertThat(FileNames.isSafePart(longest)).isTrue();
    assertThat(FileNames.isSafePart(longest + "x")).isFalse();
    assertThat(FileNames.isSafePart("x".repeat(300))).isFalse();
  }

  @Test
  void theMessageShowsUnsafeCharactersEscaped() {
    assertThatThrownBy(() -> FileNames.checkPart("f", "DTZ\u202egpj.exe"))
        .hasMessageContaining("'DTZ\\u202egpj.exe'")
        .hasMessageContaining("holds \\u202e at 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u202e"));
  }

  @Test
  void aProgrammeRefusesAnUnsafeShortName() {
    Programme base = DutchTechZone.programme();

    assertThatThrownBy(() -> Programme.builder().from(base).shortName("../escape").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Programme.shortName of 'dtz'")
        .hasMessageContaining("'../escape'");
    assertThatThrownBy(() -> Programme.builder().from(base).shortName("DTZ\u202egpj.exe").build())
        .hasMessageContaining("\\u202e");
  }
}
