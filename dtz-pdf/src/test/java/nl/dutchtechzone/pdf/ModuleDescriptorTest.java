package nl.dutchtechzone.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.Test;

/**
 * The exporter is declared twice, in {@code module-info} and in {@code META-INF/services}, and
 * works on the module path too: the other tests run on the class path, so this one loads dtz-pdf
 * and what it needs into a module layer of its own, discovers the exporter there and writes a
 * PDF with it (the fonts are resources of the named module).
 */
class ModuleDescriptorTest {

  private static final String SERVICE = ReportExporter.class.getName();

  private static Path mainClasses() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> Files.exists(p.resolve("module-info.class"))
            && Files.exists(p.resolve("nl/dutchtechzone/pdf/PdfExporter.class")))
        .findFirst().orElseThrow();
  }

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(mainClasses()).find("nl.dutchtechzone.pdf").orElseThrow()
        .descriptor();
  }

  @Test
  void declaresTheExporterInModuleInfoAndInTheServicesFile() throws IOException {
    List<String> provided = descriptor().provides().stream()
        .filter(p -> p.service().equals(SERVICE))
        .flatMap(p -> p.providers().stream()).sorted().collect(Collectors.toList());
    List<String> listed = Files.readAllLines(
            mainClasses().resolve("META-INF/services/" + SERVICE), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .sorted().collect(Collectors.toList());

    assertThat(provided).containsExactly(PdfExporter.class.getName());
    assertThat(listed).isEqualTo(provided);
    assertThat(descriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("nl.dutchtechzone.pdf");
  }

  @Test
  void discoversAndRunsTheExporterOnTheModulePath() throws Exception {
    Pattern wanted = Pattern.compile(".*(/dtz-(core|finance|reporting|pdf)/target/classes"
        + "|/dtz-(core|finance|reporting)-[^/]*(?<!-tests)\\.jar"
        + "|/(guava|failureaccess|slf4j-api|commons-csv|commons-io|commons-codec|jackson-core|jackson-databind|jackson-annotations"
        + "|jspecify|openhtmltopdf-core|openhtmltopdf-pdfbox|pdfbox|pdfbox-io|fontbox|xmpbox"
        + "|graphics2d|commons-logging)-[^/]*\\.jar)$");
    Path[] modulePath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(e -> wanted.matcher(e.replace(File.separatorChar, '/')).matches())
        .map(Path::of).toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(modulePath), ModuleFinder.of(), Set.of("nl.dutchtechzone.pdf"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("nl.dutchtechzone.pdf");

    Class<?> exporters = loader.loadClass("nl.dutchtechzone.reporting.Exporters");
    Object registry = exporters.getMethod("discover", ClassLoader.class).invoke(null, loader);
    Object pdf = exporters.getMethod("get", String.class).invoke(registry, "pdf");
    assertThat(pdf.getClass().getModule().getName()).isEqualTo("nl.dutchtechzone.pdf");
    assertThat((List<?>) exporters.getMethod("problems").invoke(registry)).isEmpty();

    // A context built inside the layer, from the reference data there.
    Class<?> reference = loader.loadClass("nl.dutchtechzone.core.reference.DutchTechZone");
    Class<?> contextType = loader.loadClass("nl.dutchtechzone.reporting.spi.ExportContext");
    Object builder = contextType.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    Object programme = reference.getMethod("programme").invoke(null);
    Object plan = reference.getMethod("plan2023").invoke(null);
    invoke(builder, "programme", programme);
    builderType.getMethod("year", int.class).invoke(builder, 2023);
    invoke(builder, "plan", plan);
    invoke(builder, "locale", Locale.forLanguageTag("nl"));
    Object context = builderType.getMethod("build").invoke(builder);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.getClass().getMethod("export", contextType, OutputStream.class).invoke(pdf, context, out);

    assertThat(new String(out.toByteArray(), 0, 8, StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.");
    assertThat(PdfExporterTest.text(out.toByteArray())).contains("2023.3.3");
  }

  private static void invoke(Object builder, String name, Object argument) throws Exception {
    for (var method : builder.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && method.getParameterTypes()[0].isInstance(argument)) {
        method.invoke(builder, argument);
        return;
      }
    }
    throw new NoSuchMethodException(name + " for " + argument.getClass());
  }
}
