package nl.dutchtechzone.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.Test;

/** The plugin declares its exporter twice: in module-info and in the services file. */
class ModuleDescriptorTest {

  @Test
  void moduleInfoProvidesTheExporter() throws IOException, URISyntaxException {
    Path classes = Path.of(LedgerExporter.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("nl.dutchtechzone.examples.ledger");
    assertThat(descriptor.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(ReportExporter.class.getName());
      assertThat(p.providers()).containsExactly(LedgerExporter.class.getName());
    });
    assertThat(descriptor.requires()).anyMatch(r -> r.name().equals("nl.dutchtechzone.reporting")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }

  @Test
  void servicesFileListsTheExporter() throws IOException {
    String resource = "/META-INF/services/" + ReportExporter.class.getName();
    try (InputStream in = LedgerExporter.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).toList();
      assertThat(lines).containsExactly(LedgerExporter.class.getName());
    }
  }
}
