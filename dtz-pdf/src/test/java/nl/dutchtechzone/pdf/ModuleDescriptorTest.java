package nl.dutchtechzone.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.testing.ModuleLayers;
import org.junit.jupiter.api.Test;

/**
 * The exporter is declared twice, in {@code module-info} and in {@code META-INF/services}, and
 * works on the module path too: the other tests run on the class path, so this one loads dtz-pdf
 * and what it needs into a module layer of its own, discovers the exporter there and writes a
 * PDF with it (the fonts are resources of the named module).
 */
class ModuleDescriptorTest {

  private static final String SERVICE = ReportExporter.class.getName();

  private static final String MODULE = "nl.dutchtechzone.pdf";

  @Test
  void declaresTheExporterInModuleInfoAndInTheServicesFile() {
    List<String> provided = ModuleLayers.providers(MODULE, SERVICE);
    List<String> listed = ModuleLayers.servicesFile(MODULE, SERVICE);

    assertThat(provided).containsExactly(PdfExporter.class.getName());
    assertThat(listed).isEqualTo(provided);
    assertThat(ModuleLayers.descriptor(MODULE).exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("nl.dutchtechzone.pdf");
  }

  @Test
  void discoversAndRunsTheExporterOnTheModulePath() throws Exception {
    // openhtmltopdf's jars are automatic modules: name what the layer may hold.
    ClassLoader loader = ModuleLayers.load(MODULE, Pattern.compile(
        ".*(/dtz-(core|finance|reporting|pdf)/target/classes"
            + "|/dtz-(core|finance|reporting)-[^/]*\\.jar"
            + "|/(guava|failureaccess|slf4j-api|commons-csv|commons-io|commons-codec|jackson-core"
            + "|jackson-databind|jackson-annotations|jspecify"
            + "|openhtmltopdf-core|openhtmltopdf-pdfbox"
            + "|pdfbox|pdfbox-io|fontbox|xmpbox|graphics2d|commons-logging)-[^/]*\\.jar)$"));

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
