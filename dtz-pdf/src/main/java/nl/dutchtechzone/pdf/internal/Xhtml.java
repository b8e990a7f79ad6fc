package nl.dutchtechzone.pdf.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.VisibleText;

/**
 * Builds a well-formed XHTML document in which every text and attribute value is escaped: text
 * enters only through {@link #text(String)} and attribute values, and both are escaped by
 * construction, so no caller can put markup into the page by mistake.
 *
 * <p>Element and attribute names are checked against a strict pattern (they come from code,
 * never from data). Elements are closed in order; {@link #toString()} fails while one is open.
 * Characters that XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
 * return, C1 controls, unpaired surrogates, U+FFFE and U+FFFF) are written as U+FFFD, so that
 * hostile text can neither break the parse nor hide in the page.
 *
 * <p>Instances are not thread-safe; each document has its own.
 */
public final class Xhtml {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9:-]*");
  private static final char REPLACEMENT = '\uFFFD';

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Starts a document: the XML declaration and the opening {@code <html>} element with the XHTML
   * namespace and the language in {@code lang} and {@code xml:lang}.
   *
   * @param language the BCP 47 language tag, not null
   */
  public Xhtml(String language) {
    requireNonNull(language, "language");
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang",
        language);
  }

  /**
   * Opens an element.
   *
   * @param name the element name, lower-case letters and digits, not null
   * @param attributes attribute names and values in pairs, not null; a null value leaves the
   *     attribute out
   * @return this builder
   * @throws IllegalArgumentException if a name is invalid or the attributes are not in pairs
   */
  public Xhtml open(String name, String... attributes) {
    startTag(name, attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /**
   * Writes an element that holds no content, such as {@code <meta/>}.
   *
   * @param name the element name, not null
   * @param attributes attribute names and values in pairs, not null; a null value leaves the
   *     attribute out
   * @return this builder
   * @throws IllegalArgumentException if a name is invalid or the attributes are not in pairs
   */
  public Xhtml empty(String name, String... attributes) {
    startTag(name, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes an element with text content: {@code open(name, attributes).text(text).close()}.
   *
   * @param name the element name, not null
   * @param text the text, not null; escaped
   * @param attributes attribute names and values in pairs, not null
   * @return this builder
   * @throws IllegalArgumentException if a name is invalid or the attributes are not in pairs
   */
  public Xhtml element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close();
  }

  /**
   * Writes text, escaped.
   *
   * @param text the text, not null
   * @return this builder
   */
  public Xhtml text(String text) {
    requireNonNull(text, "text");
    escape(text, false);
    return this;
  }

  /**
   * Writes a style sheet from code: a {@code <style>} element whose content is the given CSS.
   *
   * @param css the style sheet, not null; must not contain {@code <}
   * @return this builder
   * @throws IllegalArgumentException if the style sheet contains {@code <}
   */
  public Xhtml style(String css) {
    requireNonNull(css, "css");
    if (css.indexOf('<') >= 0) {
      throw new IllegalArgumentException("a style sheet must not contain '<'");
    }
    open("style");
    out.append(css);
    return close();
  }

  /**
   * Closes the innermost open element.
   *
   * @return this builder
   * @throws IllegalStateException if no element is open
   */
  public Xhtml close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element is open");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /**
   * Closes the {@code <html>} element and returns the document.
   *
   * @return the document
   * @throws IllegalStateException if an element other than {@code <html>} is still open
   */
  public String finish() {
    if (open.size() != 1) {
      throw new IllegalStateException("elements still open: " + open);
    }
    close();
    out.append('\n');
    return out.toString();
  }

  /**
   * The document so far.
   *
   * @return the markup written so far
   */
  @Override
  public String toString() {
    return out.toString();
  }

  private void startTag(String name, String... attributes) {
    requireNonNull(name, "name");
    requireNonNull(attributes, "attributes");
    checkName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes of <" + name + "> must come in name-value pairs, got "
              + attributes.length + " strings");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      String attribute = requireNonNull(attributes[i], "attribute name");
      checkName(attribute);
      String value = attributes[i + 1];
      if (value != null) {
        out.append(' ').append(attribute).append("=\"");
        escape(value, true);
        out.append('"');
      }
    }
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "element and attribute names must be lower-case letters, digits, ':' or '-', got '"
              + name + "'");
    }
  }

  private void escape(String text, boolean attribute) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t', '\n', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
              || c == '\uFFFE' || c == '\uFFFF') {
            out.append(REPLACEMENT);
          } else if (VisibleText.isBidiControl(c)) {
            // left out: no text may reorder what follows it
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
