package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.testing.ModuleLayers;
import org.junit.jupiter.api.Test;

/**
 * Every built-in exporter is declared twice, in {@code module-info} and in {@code
 * META-INF/services}, and discovery works on the module path too: the tests otherwise run on the
 * class path, so this one loads the library into a module layer of its own.
 */
class ModuleDescriptorTest {

  private static final String SERVICE = ReportExporter.class.getName();

  private static final String MODULE = "nl.dutchtechzone.reporting";

  private static ModuleDescriptor descriptor() {
    return ModuleLayers.descriptor(MODULE);
  }

  @Test
  void declaresEveryBuiltInInModuleInfoAndInTheServicesFile() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.uses()).contains(SERVICE);
    List<String> provided = ModuleLayers.providers(MODULE, SERVICE);
    assertThat(provided).contains(
        "nl.dutchtechzone.reporting.csv.CsvExporter",
        "nl.dutchtechzone.reporting.csv.CsvProgressExporter",
        "nl.dutchtechzone.reporting.html.HtmlExporter",
        "nl.dutchtechzone.reporting.markdown.MarkdownExporter");
    assertThat(ModuleLayers.servicesFile(MODULE, SERVICE)).isEqualTo(provided);
  }

  @Test
  void exportsTheSpiAndTheRegistry() {
    Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());

    assertThat(exported).contains("nl.dutchtechzone.reporting",
        "nl.dutchtechzone.reporting.spi");
    assertThat(exported).doesNotContain("nl.dutchtechzone.reporting.internal");
  }

  @Test
  void discoversTheBuiltInsOnTheModulePath() throws Exception {
    ClassLoader loader = ModuleLayers.load(MODULE);

    Class<?> exporters = loader.loadClass(Exporters.class.getName());
    assertThat(exporters.getModule().isNamed()).isTrue();
    Object registry = exporters.getMethod("discover", ClassLoader.class).invoke(null, loader);

    int provided = ModuleLayers.providers(MODULE, SERVICE).size();
    List<String> formats = ((List<?>) exporters.getMethod("formats").invoke(registry)).stream()
        .map(String::valueOf).collect(Collectors.toList());
    assertThat(formats).hasSize(provided).containsSubsequence("csv", "csv-progress", "html", "markdown");
    assertThat((List<?>) exporters.getMethod("problems").invoke(registry)).isEmpty();
  }
}
