package nl.dutchtechzone.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Text made visible and harmless for a terminal or a one-line message: characters that move the
 * cursor, change the terminal, reorder the text or cannot be seen are shown escaped, such as
 * {@code \u001b} for ESC.
 *
 * <p>The characters escaped are the control characters (Unicode category Cc: NUL, ESC, tab, CR,
 * LF, U+0085 and the rest), the format characters (category Cf, which includes the bidi controls
 * U+202A&ndash;U+202E and U+2066&ndash;U+2069 and the zero-width characters), the line and
 * paragraph separators U+2028 and U+2029, and unpaired surrogates. A character outside the Basic
 * Multilingual Plane is escaped as its two UTF-16 halves, {@code \udb40\udc01}.
 *
 * <p>This class is thread-safe.
 */
public final class VisibleText {

  private VisibleText() {}

  /**
   * Whether a character is one that {@link #of} escapes.
   *
   * @param codePoint the character
   * @return true if it is a control, format, line or paragraph separator or surrogate character
   */
  public static boolean isEscaped(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a character is a bidi embedding, override or isolate control (U+202A&ndash;U+202E,
   * U+2066&ndash;U+2069): an invisible character that reorders the text after it, up to the end
   * of the paragraph, such as U+202E RIGHT-TO-LEFT OVERRIDE turning {@code 2023} into {@code
   * 3202}. The human-readable exports (HTML, Markdown, PDF) leave them out, so that no text from
   * the input can reorder what follows it; the bidi marks U+200E, U+200F and U+061C, which reorder
   * nothing, stay.
   *
   * @param codePoint the character
   * @return true for U+202A&ndash;U+202E and U+2066&ndash;U+2069
   */
  public static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /**
   * The text with every character that {@link #isEscaped} shown as {@code \}{@code uXXXX}.
   *
   * @param text the text, not null
   * @return the visible text; {@code text} itself if nothing needed escaping
   */
  public static String of(String text) {
    requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && !isEscaped(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (isEscaped(c)) {
        b.append(escape(c));
      } else {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  /**
   * One character escaped.
   *
   * @param codePoint the character
   * @return {@code \}{@code uXXXX}, or two such escapes for a character outside the BMP
   */
  public static String escape(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      return String.format(Locale.ROOT, "\\u%04x", codePoint);
    }
    return String.format(Locale.ROOT, "\\u%04x\\u%04x", (int) Character.highSurrogate(codePoint),
        (int) Character.lowSurrogate(codePoint));
  }
}
