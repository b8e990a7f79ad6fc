package nl.dutchtechzone.reporting.json;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a forked JVM with a small {@code -Xmx} by {@code LargeDatasetHeapTest}: reads one
 * dataset file and prints either {@code read <lines> lines, <bytes> bytes} or the dataset
 * problems, then exits 0 when read, 2 on a dataset problem.
 */
final class HeapProbe {

  private HeapProbe() {}

  /**
   * Reads the file named by the first argument.
   *
   * @param args the file
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try {
      Dataset d = JsonDatasets.read(file);
      int lines = d.plans().stream().mapToInt(p -> p.budget().map(b -> b.lines().size())
          .orElse(0)).sum();
      System.out.println("read " + lines + " lines, " + Files.size(file) + " bytes");
      System.exit(0);
    } catch (DatasetException e) {
      System.out.println(e.getMessage());
      System.exit(2);
    }
  }
}
