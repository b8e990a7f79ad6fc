package nl.dutchtechzone.core;

import static java.util.Objects.requireNonNull;

/**
 * The rule for text that becomes part of a file name, such as a programme's short name in
 * {@code RLW-2023.csv}: one rule, so that the model refuses what an exporter would refuse.
 *
 * <p>A safe file-name part is 1 to {@value #MAX_LENGTH} characters (code points) long, does not
 * start with {@code .}, does not start or end with white space or end with {@code .}, and holds
 * none of: the path separators {@code /} and {@code \}; the characters {@code : * ? " < > |};
 * control characters (Unicode category Cc, which includes NUL, newline and U+0085); format
 * characters (category Cf, which includes the bidi controls U+202A&ndash;U+202E and
 * U+2066&ndash;U+2069 and the zero-width characters); line and paragraph separators (U+2028,
 * U+2029); and unpaired surrogates.
 *
 * <p>This class is thread-safe.
 */
public final class FileNames {

  /** The longest safe file-name part, in code points. */
  public static final int MAX_LENGTH = 64;

  private FileNames() {}

  /**
   * Whether a text is safe as part of a file name.
   *
   * @param part the text, not null
   * @return true if {@code part} follows the rule of this class
   */
  public static boolean isSafePart(String part) {
    return problem(requireNonNull(part, "part")) == null;
  }

  /**
   * Checks that a text is safe as part of a file name.
   *
   * @param field the name of the field being checked, for the message, not null
   * @param part the value, not null
   * @return {@code part}
   * @throws IllegalArgumentException naming the field, the value (with unsafe characters shown
   *     as {@code \}{@code uXXXX}) and what is wrong if it is not safe
   */
  public static String checkPart(String field, String part) {
    requireNonNull(field, "field");
    requireNonNull(part, "part");
    String problem = problem(part);
    if (problem != null) {
      throw new IllegalArgumentException(field + " becomes part of file names and must be a"
          + " plain name of 1 to " + MAX_LENGTH + " characters without path separators, control,"
          + " format or bidi characters, any of : * ? \" < > |, a leading '.' or surrounding"
          + " spaces; got '" + visible(part) + "' (" + problem + ")");
    }
    return part;
  }

  private static String problem(String part) {
    if (part.isEmpty()) {
      return "empty";
    }
    int length = part.codePointCount(0, part.length());
    if (length > MAX_LENGTH) {
      return length + " characters";
    }
    if (part.charAt(0) == '.') {
      return "starts with '.'";
    }
    if (Character.isWhitespace(part.codePointAt(0))
        || Character.isWhitespace(part.codePointBefore(part.length()))
        || Character.isSpaceChar(part.codePointAt(0))
        || Character.isSpaceChar(part.codePointBefore(part.length()))) {
      return "starts or ends with white space";
    }
    if (part.endsWith(".")) {
      return "ends with '.'";
    }
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      if ("/\\:*?\"<>|".indexOf(c) >= 0) {
        return "holds '" + (char) c + "' at " + i;
      }
      if (isUnsafe(c)) {
        return "holds " + escape(c) + " at " + i;
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static boolean isUnsafe(int c) {
    return VisibleText.isEscaped(c);
  }

  private static String visible(String text) {
    return VisibleText.of(text);
  }

  private static String escape(int c) {
    return VisibleText.escape(c);
  }
}
