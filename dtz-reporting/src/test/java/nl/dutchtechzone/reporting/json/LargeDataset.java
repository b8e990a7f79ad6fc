package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the reference dataset with a plan budget of any number of lines straight to a file,
 * without building the model, so that a small heap can be tested against a large input.
 */
final class LargeDataset {

  private static final String[] CATEGORIES = {"programme-costs", "branding", "projects"};

  private LargeDataset() {}

  /**
   * Writes the dataset.
   *
   * @param file the file to write
   * @param lines the number of budget lines of the plan 2023
   * @param unknownField whether every line carries a field the format does not know
   */
  static void write(Path file, int lines, boolean unknownField) throws IOException {
    String reference = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);
    String empty = "\"lines\": []";
    int at = reference.indexOf(empty);
    if (at < 0 || reference.indexOf(empty, at + 1) >= 0) {
      throw new IllegalStateException("the reference dataset has no single empty budget");
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, UTF_8), 1 << 16)) {
      w.write(reference, 0, at);
      w.write("\"lines\": [");
      for (int i = 0; i < lines; i++) {
        w.write(i == 0 ? "\n" : ",\n");
        line(w, i, unknownField);
      }
      w.write("\n        ]");
      w.write(reference, at + empty.length(), reference.length() - at - empty.length());
    }
  }

  private static void line(Writer w, int i, boolean unknownField) throws IOException {
    boolean income = i % 4 == 0;
    w.write("          {\n            \"id\": \"line-");
    w.write(Integer.toString(i));
    w.write("\",\n            \"flow\": \"");
    w.write(income ? "income" : "spending");
    w.write("\",\n            \"categoryId\": \"");
    w.write(CATEGORIES[i % 3]);
    w.write("\",\n            \"description\": {\n              \"nl\": \"Regel ");
    w.write(Integer.toString(i));
    w.write("\"\n            },\n            \"planned\": \"");
    w.write(income ? "50.00" : (10 + i % 1000) + "." + (10 + i % 90));
    w.write("\",\n            \"scope\": \"in-scope\"");
    if (unknownField) {
      w.write(",\n            \"remark\": \"not in the format\"");
    }
    w.write("\n          }");
  }
}
