package nl.dutchtechzone.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/**
 * Writes the HTML page of the reference data, in Dutch and English, and of the illustrative
 * document, to {@code target/html-preview}, through the registry's file writing; {@code
 * scripts/screenshot-html.sh} renders them in headless Chromium.
 */
class HtmlPreviewTest {

  @Test
  void writesThePreviewPages() throws IOException {
    Exporters exporters = Exporters.builder().add(new HtmlExporter()).build();
    Path base = Path.of(System.getProperty("dtz.preview.dir", "target/html-preview"));
    for (String name : new String[] {"reference-nl", "reference-en", "illustrative-en"}) {
      Path dir = Files.createDirectories(base.resolve(name));
      ExportContext context = name.equals("reference-nl") ? Fixtures.reference(ExportContext.DUTCH)
          : name.equals("reference-en") ? Fixtures.reference(ExportContext.ENGLISH)
          : Fixtures.illustrative(ExportContext.ENGLISH);

      Path file = exporters.exportTo("html", context, dir);

      assertThat(file.getFileName().toString())
          .isEqualTo(name.startsWith("reference") ? "DTZ-2023.html" : "DTZ-2022.html");
      assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }
  }
}
