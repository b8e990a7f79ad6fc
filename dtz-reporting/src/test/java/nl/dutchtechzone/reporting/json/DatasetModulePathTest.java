package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The binding works on the module path: jackson-databind and the model's builders reached
 * through the modules' declared reads and exports only (the tests themselves run on the class
 * path).
 */
class DatasetModulePathTest {

  @Test
  void readsAndWritesADatasetOnTheModulePath() throws Exception {
    Pattern wanted = Pattern.compile(".*(/dtz-(core|finance|reporting)/target/classes"
        + "|/dtz-(core|finance)-[^/]*(?<!-tests)\\.jar"
        + "|/(guava|failureaccess|slf4j-api|commons-csv|commons-io|commons-codec|jackson-core"
        + "|jackson-databind|jackson-annotations|jspecify)-[^/]*\\.jar)$");
    Path[] modulePath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(e -> wanted.matcher(e.replace(File.separatorChar, '/')).matches())
        .map(Path::of).toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(modulePath), ModuleFinder.of(),
            Set.of("nl.dutchtechzone.reporting"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("nl.dutchtechzone.reporting");
    Class<?> datasets = loader.loadClass(JsonDatasets.class.getName());
    Class<?> dataset = loader.loadClass(Dataset.class.getName());
    assertThat(datasets.getModule().isNamed()).isTrue();

    Object reference = dataset.getMethod("dutchTechZone").invoke(null);
    byte[] written = (byte[]) datasets.getMethod("toBytes", dataset).invoke(null, reference);
    Object read = datasets.getMethod("read", byte[].class).invoke(null, (Object) written);

    assertThat(read).isEqualTo(reference);
    assertThat(written).isEqualTo(JsonDatasets.toBytes(Dataset.dutchTechZone()));
    // A bad dataset is a DatasetException with its problems there too.
    byte[] bad = new String(written, java.nio.charset.StandardCharsets.UTF_8)
        .replaceFirst("\"dtzFormat\": 1", "\"dtzFormat\": 2")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      datasets.getMethod("read", byte[].class).invoke(null, (Object) bad);
      throw new AssertionError("reading the bad dataset should fail");
    } catch (InvocationTargetException e) {
      assertThat(e.getCause().getClass().getName()).isEqualTo(DatasetException.class.getName());
      List<?> problems = (List<?>) e.getCause().getClass().getMethod("problems")
          .invoke(e.getCause());
      assertThat(problems).hasSize(1);
      assertThat(e.getCause().getMessage()).contains("unsupported dtzFormat 2");
    }
  }
}
