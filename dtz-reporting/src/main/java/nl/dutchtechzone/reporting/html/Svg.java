package nl.dutchtechzone.reporting.html;

import java.math.BigInteger;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for the inline SVG charts: integer coordinates and word wrapping. */
final class Svg {

  private Svg() {}

  /**
   * Where a value lies on an axis of {@code length} pixels from {@code min} to {@code max},
   * rounded half-up to a whole pixel; integer arithmetic only, so the same on every machine.
   */
  static long scale(long value, long min, long max, long length) {
    if (max == min) {
      return 0;
    }
    BigInteger span = BigInteger.valueOf(max).subtract(BigInteger.valueOf(min));
    BigInteger numerator = BigInteger.valueOf(value).subtract(BigInteger.valueOf(min))
        .multiply(BigInteger.valueOf(length));
    BigInteger two = BigInteger.valueOf(2);
    return numerator.multiply(two).add(span).divide(span.multiply(two)).longValueExact();
  }

  /**
   * Splits a label into lines of at most {@code width} characters, at most {@code lines}; a label
   * that needs more lines is cut and ends with an ellipsis. Characters are counted and cut as
   * user-perceived characters (grapheme clusters, as the JDK's character break iterator finds
   * them), so a character outside the Basic Multilingual Plane or a letter with a combining mark
   * is never split.
   */
  static List<String> wrap(String text, int width, int lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentLength = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int length = graphemes(word);
      if (currentLength > 0 && currentLength + 1 + length > width) {
        out.add(current.toString());
        current.setLength(0);
        currentLength = 0;
      }
      if (currentLength > 0) {
        current.append(' ');
        currentLength++;
      }
      current.append(word);
      currentLength += length;
    }
    if (currentLength > 0) {
      out.add(current.toString());
    }
    if (out.size() > lines) {
      List<String> cut = new ArrayList<>(out.subList(0, lines));
      String last = cut.get(lines - 1);
      cut.set(lines - 1, prefix(last, width - 1) + "…");
      return cut;
    }
    return out;
  }

  /** The number of grapheme clusters of a text. */
  static int graphemes(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  /** The first {@code count} grapheme clusters of a text (all of it if it has fewer). */
  static String prefix(String text, int count) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(text);
    int end = 0;
    for (int i = 0; i < count; i++) {
      int next = it.next();
      if (next == BreakIterator.DONE) {
        return text;
      }
      end = next;
    }
    return text.substring(0, end);
  }
}
