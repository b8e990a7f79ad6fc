package nl.dutchtechzone.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.SecondProgramme;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/**
 * Writes the HTML page of the reference data and of a second programme, in Dutch and English,
 * and of the illustrative document, to {@code target/html-preview}, through the registry's file
 * writing; {@code scripts/screenshot-html.sh} renders them in headless Chromium and {@code
 * scripts/axe-check.sh} checks them for accessibility.
 */
class HtmlPreviewTest {

  @Test
  void writesThePreviewPages() throws IOException {
    Exporters exporters = Exporters.builder().add(new HtmlExporter()).build();
    Path base = Path.of(System.getProperty("dtz.preview.dir", "target/html-preview"));
    Map<String, ExportContext> pages = new LinkedHashMap<>();
    pages.put("reference-nl", Fixtures.reference(ExportContext.DUTCH));
    pages.put("reference-en", Fixtures.reference(ExportContext.ENGLISH));
    pages.put("illustrative-en", Fixtures.illustrative(ExportContext.ENGLISH));
    pages.put("second-nl", SecondProgramme.context(ExportContext.DUTCH));
    pages.put("second-en", SecondProgramme.context(ExportContext.ENGLISH));
    for (Map.Entry<String, ExportContext> page : pages.entrySet()) {
      String name = page.getKey();
      Path dir = Files.createDirectories(base.resolve(name));

      Path file = exporters.exportTo("html", page.getValue(), dir);

      assertThat(file.getFileName().toString()).isEqualTo(name.startsWith("reference")
          ? "DTZ-2023.html" : name.startsWith("second") ? "KZW-2024.html" : "DTZ-2022.html");
      assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }
  }
}
