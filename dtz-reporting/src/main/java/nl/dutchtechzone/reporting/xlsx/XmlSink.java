package nl.dutchtechzone.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered UTF-8 writer for the XML parts of a workbook, without the locking and encoder
 * layers of {@link java.io.BufferedWriter} over {@link java.io.OutputStreamWriter}: markup is
 * copied byte by byte, numbers are written without making strings, and text is escaped and
 * encoded in one pass.
 *
 * <p>Instances are mutable and not thread-safe; the writer uses one per workbook.
 */
final class XmlSink {

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int n;

  /**
   * A sink writing to a stream.
   *
   * @param out the stream
   */
  XmlSink(OutputStream out) {
    this.out = out;
  }

  private void room(int bytes) throws IOException {
    if (n + bytes > buf.length) {
      flush();
    }
  }

  /**
   * Writes the buffered bytes to the stream.
   *
   * @throws IOException if the stream fails
   */
  void flush() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }

  /**
   * Writes markup: ASCII text that needs no escaping.
   *
   * @param markup the markup, ASCII only
   * @return this sink
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the markup holds a character outside ASCII
   */
  XmlSink raw(String markup) throws IOException {
    int length = markup.length();
    int i = 0;
    while (i < length) {
      if (n == buf.length) {
        flush();
      }
      // Check the room once per run of bytes, not once per character.
      int end = Math.min(length, i + buf.length - n);
      for (; i < end; i++) {
        char c = markup.charAt(i);
        if (c >= 0x80) {
          throw new IllegalArgumentException("markup holds the non-ASCII character U+"
              + Integer.toHexString(c) + " at " + i
              + ": expected ASCII, text goes through text()");
        }
        buf[n++] = (byte) c;
      }
    }
    return this;
  }

  /**
   * Writes markup made once by {@link #ascii(String)}.
   *
   * @param markup the bytes of ASCII markup
   * @return this sink
   * @throws IOException if the stream fails
   */
  XmlSink raw(byte[] markup) throws IOException {
    if (markup.length > buf.length - n) {
      flush();
      if (markup.length > buf.length) {
        out.write(markup);
        return this;
      }
    }
    System.arraycopy(markup, 0, buf, n, markup.length);
    n += markup.length;
    return this;
  }

  /**
   * The bytes of a piece of markup, for writing it many times with {@link #raw(byte[])}.
   *
   * @param markup the markup, ASCII only
   * @return its bytes
   * @throws IllegalArgumentException if the markup holds a character outside ASCII
   */
  static byte[] ascii(String markup) {
    byte[] bytes = new byte[markup.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = markup.charAt(i);
      if (c >= 0x80) {
        throw new IllegalArgumentException("markup holds the non-ASCII character U+"
            + Integer.toHexString(c) + " at " + i + ": expected ASCII, text goes through text()");
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  /**
   * Writes one ASCII character.
   *
   * @param c the character, ASCII
   * @return this sink
   * @throws IOException if the stream fails
   */
  XmlSink raw(char c) throws IOException {
    room(1);
    buf[n++] = (byte) c;
    return this;
  }

  /**
   * Writes a whole number in decimal.
   *
   * @param value the number
   * @return this sink
   * @throws IOException if the stream fails
   */
  XmlSink number(long value) throws IOException {
    if (value == Long.MIN_VALUE) {
      return raw(Long.toString(value));
    }
    room(20);
    if (value < 0) {
      buf[n++] = '-';
      value = -value;
    }
    if (value <= Integer.MAX_VALUE) {
      digits((int) value);
      return this;
    }
    int start = n;
    do {
      buf[n++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    reverse(start, n - 1);
    return this;
  }

  /**
   * Writes whole cents as a plain decimal number of euros: {@code -1234.05}.
   *
   * @param cents the cents, not {@link Long#MIN_VALUE}
   * @return this sink
   * @throws IOException if the stream fails
   */
  XmlSink cents(long cents) throws IOException {
    room(22);
    long abs = Math.abs(cents);
    if (cents < 0) {
      buf[n++] = '-';
    }
    long whole = abs / 100;
    int fraction = (int) (abs - whole * 100);
    if (whole <= Integer.MAX_VALUE) {
      digits((int) whole);
    } else {
      int start = n;
      do {
        buf[n++] = (byte) ('0' + whole % 10);
        whole /= 10;
      } while (whole > 0);
      reverse(start, n - 1);
    }
    buf[n++] = '.';
    buf[n++] = (byte) ('0' + fraction / 10);
    buf[n++] = (byte) ('0' + fraction % 10);
    return this;
  }

  /** "00" to "99": the two digits of each number below 100, for writing two at a time. */
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  /**
   * The digits of a non-negative int, most significant first: its length counted first, then
   * filled from the end two digits at a time, in int arithmetic.
   */
  private void digits(int value) {
    int length = 1;
    for (int v = value; v >= 10; v /= 10) {
      length++;
    }
    int i = n + length;
    n = i;
    while (value >= 100) {
      int q = value / 100;
      int pair = (value - q * 100) * 2;
      buf[--i] = PAIRS[pair + 1];
      buf[--i] = PAIRS[pair];
      value = q;
    }
    if (value >= 10) {
      buf[--i] = PAIRS[value * 2 + 1];
      buf[--i] = PAIRS[value * 2];
    } else {
      buf[--i] = (byte) ('0' + value);
    }
  }

  private void reverse(int i, int j) {
    while (i < j) {
      byte t = buf[i];
      buf[i++] = buf[j];
      buf[j--] = t;
    }
  }

  /**
   * Writes text as XML character data that a spreadsheet reads back as written: {@code & < > "}
   * as entities; characters XML cannot carry (controls other than tab and line feed, carriage
   * return, lone surrogates, U+FFFE and U+FFFF) as the Office escape {@code _xHHHH_}; an
   * underscore that would start such an escape as {@code _x005F_}; everything else in UTF-8.
   *
   * @param text the text
   * @return this sink
   * @throws IOException if the stream fails
   */
  XmlSink text(String text) throws IOException {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      room(10);
      if (c < 0x80) {
        if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '_'
            || c == '\t' || c == '\n') {
          buf[n++] = (byte) c;
        } else if (c == '&') {
          raw("&amp;");
        } else if (c == '<') {
          raw("&lt;");
        } else if (c == '>') {
          raw("&gt;");
        } else if (c == '"') {
          raw("&quot;");
        } else if (c == '_') {
          raw(looksLikeEscape(text, i) ? "_x005F_" : "_");
        } else {
          escape(c);
        }
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xC0 | c >> 6);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buf[n++] = (byte) (0xF0 | cp >> 18);
        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        escape(c);
      } else {
        buf[n++] = (byte) (0xE0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return this;
  }

  private void escape(char c) throws IOException {
    raw("_x");
    String hex = "0123456789ABCDEF";
    raw(hex.charAt(c >> 12 & 0xF)).raw(hex.charAt(c >> 8 & 0xF)).raw(hex.charAt(c >> 4 & 0xF))
        .raw(hex.charAt(c & 0xF)).raw('_');
  }

  private static boolean looksLikeEscape(String text, int at) {
    if (at + 6 >= text.length() || text.charAt(at + 1) != 'x' && text.charAt(at + 1) != 'X'
        || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
