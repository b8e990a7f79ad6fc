package nl.dutchtechzone.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The byte-level XML sink writes numbers, cents and text as the JDK would. */
class XmlSinkTest {

  private interface Write {
    void to(XmlSink sink) throws IOException;
  }

  private static String written(Write write) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmlSink sink = new XmlSink(out);
    write.to(sink);
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesNumbersAndCentsAsTheJdkDoes() throws IOException {
    long[] edges = {0, 1, 9, 10, 99, 100, 101, 999, 1000, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L, Long.MAX_VALUE, -1, -10, -100, Integer.MIN_VALUE, Long.MIN_VALUE};
    for (long v : edges) {
      assertThat(written(s -> s.number(v))).isEqualTo(Long.toString(v));
    }
    for (long c : new long[] {0, 1, -1, 5, 99, 100, -105, 10212179, -28946721,
        XCell.MAX_EXACT_CENTS, -XCell.MAX_EXACT_CENTS, 100L * Integer.MAX_VALUE + 99}) {
      assertThat(written(s -> s.cents(c))).isEqualTo(BigDecimal.valueOf(c, 2).toPlainString());
    }
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 20_000; i++) {
      long v = random.nextLong() >> random.nextInt(64);
      assertThat(written(s -> s.number(v))).isEqualTo(Long.toString(v));
      long c = v % XCell.MAX_EXACT_CENTS;
      assertThat(written(s -> s.cents(c))).isEqualTo(BigDecimal.valueOf(c, 2).toPlainString());
    }
  }

  @Test
  void writesTextAsUtf8WithEntitiesAndOfficeEscapes() throws IOException {
    assertThat(written(s -> s.text("a&b<c>\"d\" € 😀 _x0041_ _x41_ \t\n\r\0")))
        .isEqualTo("a&amp;b&lt;c&gt;&quot;d&quot; € 😀 _x005F_x0041_ _x41_ \t\n_x000D__x0000_");
    assertThat(written(s -> s.text("\uD800 \uDC00 \uFFFE")))
        .isEqualTo("_xD800_ _xDC00_ _xFFFE_");
    String longText = "é".repeat(100_000);
    assertThat(written(s -> s.text(longText))).isEqualTo(longText);
  }

  @Test
  void refusesMarkupOutsideAscii() {
    assertThatThrownBy(() -> written(s -> s.raw("<numFmt formatCode=\"€\"/>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+20ac");
  }

  @Test
  void writesMarkupBytesAndStringsOfAnyLengthAcrossTheBuffer() throws IOException {
    byte[] cell = XmlSink.ascii("<c r=\"A1\">");
    String longMarkup = "<row/>".repeat(30_000);
    byte[] longBytes = XmlSink.ascii(longMarkup);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      expected.append("<c r=\"A1\">").append(i);
    }
    expected.append(longMarkup).append(longMarkup).append("x");
    assertThat(written(s -> {
      for (int i = 0; i < 10_000; i++) {
        s.raw(cell).number(i);
      }
      s.raw(longBytes).raw(longMarkup).raw('x');
    })).isEqualTo(expected.toString());
    assertThatThrownBy(() -> XmlSink.ascii("<t>é</t>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+e9 at 3");
  }
}
