package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import nl.dutchtechzone.testing.ModuleLayers;
import org.junit.jupiter.api.Test;

/**
 * The binding works on the module path: jackson-databind and the model's builders reached
 * through the modules' declared reads and exports only (the tests themselves run on the class
 * path).
 */
class DatasetModulePathTest {

  @Test
  void readsAndWritesADatasetOnTheModulePath() throws Exception {
    ClassLoader loader = ModuleLayers.load("nl.dutchtechzone.reporting");
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
