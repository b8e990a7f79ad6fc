package nl.dutchtechzone.reporting.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dutchtechzone.reporting.internal.AtomicFiles;

/**
 * Writes and reads datasets in the versioned JSON format {@code "dtzFormat": 1}, documented
 * field by field in {@code docs/dataset-format.md} and by the JSON Schema
 * {@code docs/dtz-dataset.schema.json}.
 *
 * <p>The writer is deterministic: the same dataset gives the same bytes under any default
 * locale or time zone (fixed field order, UTF-8, two-space indentation, {@code \n} line ends and
 * a final line end; amounts and decimals as strings in plain notation). The reader is strict:
 * it accepts fields in any order but rejects unknown and missing fields, wrong types, malformed
 * amounts, unknown and duplicate ids and anything the domain model rejects, listing every
 * problem it finds in one {@link DatasetException}.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class JsonDatasets {

  /** The format version this library writes and reads: the value of {@code "dtzFormat"}. */
  public static final int FORMAT_VERSION = 1;

  /** The class-path location of the shipped Dutch TechZone reference dataset. */
  public static final String REFERENCE_RESOURCE = "nl/dutchtechzone/reporting/json/dtz-reference.json";

  private JsonDatasets() {}

  /**
   * Writes a dataset to a stream as UTF-8 JSON. The stream is flushed, not closed.
   *
   * @param dataset the dataset, not null
   * @param out the stream to write to, not null
   * @throws IOException if the stream cannot be written
   */
  public static void write(Dataset dataset, OutputStream out) throws IOException {
    requireNonNull(dataset, "dataset");
    requireNonNull(out, "out");
    try (JsonGenerator g = JsonSupport.generator(out)) {
      new DatasetWriter(g).dataset(dataset);
      g.writeRaw('\n');
    }
    out.flush();
  }

  /**
   * Writes a dataset to a file, never leaving a half-written one: the JSON goes to a temporary
   * file in the same folder, which then replaces the target (atomically where the file system
   * can). If anything fails, the temporary file is removed and an existing target is left as it
   * was.
   *
   * @param dataset the dataset, not null
   * @param file the file to write, not null; its folder must exist
   * @throws IOException if the file cannot be written
   */
  public static void write(Dataset dataset, Path file) throws IOException {
    requireNonNull(dataset, "dataset");
    requireNonNull(file, "file");
    AtomicFiles.write(file, out -> write(dataset, out));
  }

  /**
   * Writes a dataset to a byte array as UTF-8 JSON.
   *
   * @param dataset the dataset, not null
   * @return the JSON bytes
   */
  public static byte[] toBytes(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a dataset from a stream of JSON (UTF-8; UTF-16 and UTF-32 are detected). The whole
   * input must be one dataset; the stream is read to the end of it but not closed.
   *
   * @param in the stream to read, not null
   * @return the dataset
   * @throws DatasetException if the input is not a valid dataset; it lists every problem found
   *     with its JSON path, line and column
   * @throws IOException if the stream cannot be read
   */
  public static Dataset read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    return new DatasetReader().read(in);
  }

  /**
   * Reads a dataset from a file.
   *
   * @param file the file to read, not null
   * @return the dataset
   * @throws DatasetException if the file is not a valid dataset; it lists every problem found
   *     with its JSON path, line and column
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a dataset from JSON bytes.
   *
   * @param json the JSON bytes, not null
   * @return the dataset
   * @throws DatasetException if the bytes are not a valid dataset; it lists every problem
   */
  public static Dataset read(byte[] json) throws DatasetException {
    requireNonNull(json, "json");
    try {
      return new DatasetReader().read(json);
    } catch (DatasetException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /**
   * The Dutch TechZone reference dataset as shipped in this library's jar
   * ({@value #REFERENCE_RESOURCE}), read with {@link #read(InputStream)}. It equals
   * {@link Dataset#dutchTechZone()}.
   *
   * @return the reference dataset
   * @throws IllegalStateException if the resource is missing or unreadable (a broken jar)
   */
  public static Dataset reference() {
    try (InputStream in = JsonDatasets.class.getResourceAsStream("dtz-reference.json")) {
      if (in == null) {
        throw new IllegalStateException("the reference dataset " + REFERENCE_RESOURCE
            + " is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("the reference dataset " + REFERENCE_RESOURCE
          + " cannot be read: " + e.getMessage(), e);
    }
  }
}
