package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.Test;

/**
 * Every built-in exporter is declared twice, in {@code module-info} and in {@code
 * META-INF/services}, and discovery works on the module path too: the tests otherwise run on the
 * class path, so this one loads the library into a module layer of its own.
 */
class ModuleDescriptorTest {

  private static final String SERVICE = ReportExporter.class.getName();

  /** The compiled main classes of this module: the first class path entry holding them. */
  private static Path mainClasses() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> Files.exists(p.resolve("module-info.class"))
            && Files.exists(p.resolve("nl/dutchtechzone/reporting/Exporters.class")))
        .findFirst().orElseThrow();
  }

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(mainClasses()).find("nl.dutchtechzone.reporting").orElseThrow()
        .descriptor();
  }

  private static List<String> servicesFileEntries() throws IOException {
    return Files.readAllLines(mainClasses().resolve("META-INF/services/" + SERVICE),
            StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .sorted().collect(Collectors.toList());
  }

  @Test
  void declaresEveryBuiltInInModuleInfoAndInTheServicesFile() throws IOException {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.uses()).contains(SERVICE);
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(SERVICE))
        .flatMap(p -> p.providers().stream()).sorted().collect(Collectors.toList());
    assertThat(provided).contains(
        "nl.dutchtechzone.reporting.csv.CsvExporter",
        "nl.dutchtechzone.reporting.csv.CsvProgressExporter",
        "nl.dutchtechzone.reporting.html.HtmlExporter",
        "nl.dutchtechzone.reporting.markdown.MarkdownExporter");
    assertThat(servicesFileEntries()).isEqualTo(provided);
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
    Pattern wanted = Pattern.compile(".*(/dtz-(core|finance|reporting)/target/classes"
        + "|/dtz-(core|finance)-[^/]*\\.jar|/(guava|failureaccess|slf4j-api|commons-csv|commons-io|commons-codec|jackson-core|jackson-databind|jackson-annotations|jspecify)-[^/]*\\.jar)$");
    Path[] modulePath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(e -> wanted.matcher(e.replace(File.separatorChar, '/')).matches())
        .map(Path::of).toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(modulePath);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("nl.dutchtechzone.reporting"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("nl.dutchtechzone.reporting");

    Class<?> exporters = loader.loadClass(Exporters.class.getName());
    assertThat(exporters.getModule().isNamed()).isTrue();
    Object registry = exporters.getMethod("discover", ClassLoader.class).invoke(null, loader);

    int provided = descriptor().provides().stream().filter(p -> p.service().equals(SERVICE))
        .mapToInt(p -> p.providers().size()).sum();
    List<String> formats = ((List<?>) exporters.getMethod("formats").invoke(registry)).stream()
        .map(String::valueOf).collect(Collectors.toList());
    assertThat(formats).hasSize(provided).containsSubsequence("csv", "csv-progress", "html", "markdown");
    assertThat((List<?>) exporters.getMethod("problems").invoke(registry)).isEmpty();
  }
}
