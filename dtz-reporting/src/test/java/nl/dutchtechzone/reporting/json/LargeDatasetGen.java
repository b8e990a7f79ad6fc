package nl.dutchtechzone.reporting.json;

import java.nio.file.Path;

/** Command-line front of {@link LargeDataset}: file, number of lines, optional "unknown". */
final class LargeDatasetGen {

  private LargeDatasetGen() {}

  /**
   * Writes a large dataset.
   *
   * @param args the file, the number of lines and optionally {@code unknown}
   */
  public static void main(String[] args) throws Exception {
    LargeDataset.write(Path.of(args[0]), Integer.parseInt(args[1]),
        args.length > 2 && "unknown".equals(args[2]));
  }
}
