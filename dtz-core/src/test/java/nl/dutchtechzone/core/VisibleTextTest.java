package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text made visible for terminals and one-line messages. */
class VisibleTextTest {

  @Test
  void escapesControlFormatBidiAndSeparatorCharacters() {
    assertThat(VisibleText.of("\u001b[2J\u001b[31mRED\u001b]0;owned\u0007"))
        .isEqualTo("\\u001b[2J\\u001b[31mRED\\u001b]0;owned\\u0007");
    assertThat(VisibleText.of("a\rb\nc\u0000d\u0085e\tf"))
        .isEqualTo("a\\u000db\\u000ac\\u0000d\\u0085e\\u0009f");
    assertThat(VisibleText.of("DTZ\u202egpj.exe\u2066\u2069\u200b\u2028\u2029"))
        .isEqualTo("DTZ\\u202egpj.exe\\u2066\\u2069\\u200b\\u2028\\u2029");
    assertThat(VisibleText.of("tag\udb40\udc01")).isEqualTo("tag\\udb40\\udc01");
    assertThat(VisibleText.of("lone\ud800")).isEqualTo("lone\\ud800");
  }

  @Test
  void tellsTheBidiEmbeddingOverrideAndIsolateControls() {
    for (int c = 0x202A; c <= 0x202E; c++) {
      assertThat(VisibleText.isBidiControl(c)).as("U+%04X", c).isTrue();
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      assertThat(VisibleText.isBidiControl(c)).as("U+%04X", c).isTrue();
    }
    for (int c : new int[] {0x2029, 0x202F, 0x2065, 0x206A, 0x200E, 0x200F, 0x061C, 'a', 0}) {
      assertThat(VisibleText.isBidiControl(c)).as("U+%04X", c).isFalse();
    }
  }

  @Test
  void leavesOrdinaryTextAsItIs() {
    String text = "€ 102.121,79 — Zoë's 😀 plan";

    assertThat(VisibleText.of(text)).isSameAs(text);
    assertThat(VisibleText.isEscaped('a')).isFalse();
    assertThat(VisibleText.isEscaped(0x1b)).isTrue();
  }
}
