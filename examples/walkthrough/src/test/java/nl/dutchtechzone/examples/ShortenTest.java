package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line shortens long texts without cutting a character in two. */
class ShortenTest {

  @Test
  void leavesShortTextAsItIs() {
    assertThat(Walkthrough.shorten("short", 10)).isEqualTo("short");
    assertThat(Walkthrough.shorten("😀😀😀😀😀", 5)).isEqualTo("😀😀😀😀😀");
  }

  @Test
  void cutsBetweenCharactersOutsideTheBasicMultilingualPlane() {
    String shortened = Walkthrough.shorten("😀😀😀😀😀😀", 5);

    assertThat(shortened).isEqualTo("😀😀...");
    assertThat(shortened.chars().anyMatch(c -> Character.isSurrogate((char) c)
        && !Character.isHighSurrogate((char) c) && !Character.isLowSurrogate((char) c)))
        .isFalse();
    assertThat(shortened.codePoints().filter(Character::isSupplementaryCodePoint).count())
        .isEqualTo(2);
  }

  @Test
  void keepsACombiningMarkWithItsLetter() {
    // "e" + COMBINING ACUTE ACCENT is one grapheme; the cut must not fall between them.
    String text = "ab" + "e\u0301" + "cdefgh";

    assertThat(Walkthrough.shorten(text, 6)).isEqualTo("ab...");
    assertThat(Walkthrough.shorten(text, 7)).isEqualTo("abe\u0301...");
  }

  @Test
  void cutsPlainTextAtTheLimit() {
    assertThat(Walkthrough.shorten("abcdefghij", 8)).isEqualTo("abcde...");
  }
}
