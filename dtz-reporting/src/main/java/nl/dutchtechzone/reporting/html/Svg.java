package nl.dutchtechzone.reporting.html;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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

  /** Splits a label into lines of at most {@code width} characters, at most {@code lines}. */
  static List<String> wrap(String text, int width, int lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        out.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    if (out.size() > lines) {
      List<String> cut = new ArrayList<>(out.subList(0, lines));
      String last = cut.get(lines - 1);
      cut.set(lines - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "…");
      return cut;
    }
    return out;
  }
}
