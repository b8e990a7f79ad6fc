package nl.dutchtechzone.reporting.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.VisibleText;

/**
 * Writes HTML (and inline SVG) so that escaping cannot be forgotten: text and attribute values
 * go in only through {@link #text(String)} and the attribute arguments, which escape them; tag
 * and attribute names must be plain names; there is no method that takes markup. The writer
 * keeps the open elements and closes them in order, so the page is always well-formed.
 *
 * <p>The only unescaped content is the style sheet passed to {@link #style(String)}, which must
 * be a constant of this package and may not contain {@code <}.
 *
 * <p>Not thread-safe: one writer per page.
 */
final class Html {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  /** The elements that may be written without an end tag: HTML void elements and SVG shapes. */
  private static final Set<String> EMPTY = Set.of("meta", "br", "hr", "line", "rect", "circle",
      "path");

  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();

  Html(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Writes the HTML5 document type. */
  Html doctype() {
    checkState(out.length() == 0, "the doctype comes first");
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens an element.
   *
   * @param tag the tag name
   * @param attributes pairs of attribute name and value; a null value leaves the attribute out
   */
  Html open(String tag, String... attributes) {
    startTag(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Writes an element without content that has no end tag ({@code <meta/>}, {@code <rect/>}). */
  Html empty(String tag, String... attributes) {
    checkArgument(EMPTY.contains(tag), "<%s> needs an end tag", tag);
    startTag(tag, attributes);
    out.append("/>");
    return this;
  }

  /** Writes an element holding only a text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  /** Closes the innermost open element. */
  Html close() {
    checkState(!open.isEmpty(), "no element is open");
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Closes the innermost open element, which must be {@code tag}. */
  Html close(String tag) {
    checkState(tag.equals(open.peek()), "closing <%s> while <%s> is open", tag, open.peek());
    return close();
  }

  /** Writes a text, escaped. */
  Html text(String text) {
    escape(requireNonNull(text, "text"), out);
    return this;
  }

  /** Writes a line break into the source (not into the page). */
  Html nl() {
    out.append('\n');
    return this;
  }

  /** Writes a {@code <style>} element with a constant style sheet. */
  Html style(String css) {
    checkArgument(css.indexOf('<') < 0, "a style sheet may not contain '<'");
    open("style");
    out.append('\n').append(css).append('\n');
    return close();
  }

  /** The page; every element must be closed. */
  String finish() {
    checkState(open.isEmpty(), "elements left open: %s", open);
    return out.toString();
  }

  private void startTag(String tag, String... attributes) {
    checkArgument(NAME.matcher(tag).matches(), "not a tag name: '%s'", tag);
    checkArgument(attributes.length % 2 == 0, "attributes come in name-value pairs");
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i];
      checkArgument(name != null && NAME.matcher(name).matches(),
          "not an attribute name: '%s'", name);
      checkArgument(!name.regionMatches(true, 0, "on", 0, 2),
          "event handler attributes are not written: '%s'", name);
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(name).append("=\"");
      escape(value, out);
      out.append('"');
    }
  }

  /**
   * Escapes text for HTML content and attribute values: {@code & < > " '} become character
   * references; control characters other than line feed and tab become spaces; bidi embedding,
   * override and isolate controls ({@link VisibleText#isBidiControl}) are left out, so that no
   * text can reorder what follows it.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    escape(text, s);
    return s.toString();
  }

  private static void escape(String text, StringBuilder s) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&quot;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          if (!VisibleText.isBidiControl(c)) {
            s.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
          }
      }
    }
  }
}
