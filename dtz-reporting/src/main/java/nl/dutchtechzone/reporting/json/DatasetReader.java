package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a {@code dtzFormat} 1 dataset strictly, binding it from the token stream with the
 * {@link DatasetModule} while collecting every problem (wrong types, missing and unknown fields,
 * malformed amounts, unknown and duplicate ids, values the model rejects), and throws one
 * {@link DatasetException} listing them all, sorted by position. One instance reads one input.
 */
final class DatasetReader {

  private static final ObjectReader READER = JsonSupport.MAPPER.readerFor(Dataset.class);

  private long bytesRead;

  /**
   * Reads one dataset from the stream (UTF-8, or another JSON encoding detected by Jackson). A
   * dataset too large for the heap is a {@link DatasetException} that says how much was read and
   * what the heap's limit is, not an {@link OutOfMemoryError}.
   */
  Dataset read(InputStream in) throws IOException {
    CountingStream counted = new CountingStream(in);
    return read(() -> JsonSupport.FACTORY.createParser(counted));
  }

  /**
   * Reads one dataset from bytes in memory (UTF-8, or another JSON encoding detected by
   * Jackson), parsed in place as a tree parse of them would be; a dataset too large for the heap
   * is a {@link DatasetException} as for a stream.
   */
  Dataset read(byte[] json) throws IOException {
    bytesRead = json.length;
    return read(() -> JsonSupport.FACTORY.createParser(json));
  }

  /** Where the parser comes from: a stream or bytes. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private Dataset read(Source source) throws IOException {
    try {
      return bind(source);
    } catch (OutOfMemoryError e) {
      // Everything this reader built is garbage now.
      long read = bytesRead;
      long max = Runtime.getRuntime().maxMemory();
      throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
          ProblemText.of("heap", read, max, max >> 20, (max >> 20) * 2))));
    }
  }

  private Dataset bind(Source source) throws IOException {
    JsonParser parser;
    try {
      parser = source.open();
    } catch (CharConversionException e) {
      throw notText(e, "$", 1, 1);
    }
    ReadState state = new ReadState();
    Object dataset;
    try (parser) {
      try {
        if (parser.nextToken() == null) {
          throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
              ProblemText.of("input.empty", JsonDatasets.FORMAT_VERSION))));
        }
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
          throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
              ProblemText.of("object.Dataset").then(ReadState.got(JsonToken.VALUE_NULL)))));
        }
        dataset = READER.withAttribute(ReadState.KEY, state).readValue(parser);
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          throw new DatasetException(List.of(DatasetProblem.of("$",
              Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
              ProblemText.of("input.trailing"))));
        }
      } catch (DatasetException e) {
        throw e;
      } catch (JsonProcessingException e) {
        DatasetLimits.Breach breach = breach(e);
        JsonLocation at = e.getLocation() != null && breach == null ? e.getLocation()
            : parser.currentLocation();
        JsonStreamContext where = parser.getParsingContext();
        if (breach != null && breach.key.equals("limit.name") && where.inObject()
            && where.getParent() != null) {
          // The name being read is not the context's name yet: the problem is the object's.
          where = where.getParent();
        }
        throw new DatasetException(List.of(DatasetProblem.of(
            ReadState.path(where), Math.max(1, at.getLineNr()),
            Math.max(1, at.getColumnNr()), breach == null
                ? ProblemText.of("json.malformed", e.getOriginalMessage())
                : breach.key.equals("limit.document")
                ? ProblemText.of(breach.key, breach.limit, breach.limit >> 30)
                : ProblemText.of(breach.key, breach.limit))));
      } catch (CharConversionException e) {
        JsonLocation at = parser.currentLocation();
        throw notText(e, ReadState.path(parser.getParsingContext()), at.getLineNr(),
            at.getColumnNr());
      }
    }
    DatasetException failure = state.failure();
    if (failure != null) {
      throw failure;
    }
    if (!(dataset instanceof Dataset)) {
      throw new IllegalStateException("the dataset binding yielded no dataset and no problem");
    }
    return (Dataset) dataset;
  }

  /** The breach of a {@link DatasetLimits} limit that caused the exception, if one did. */
  private static DatasetLimits.Breach breach(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DatasetLimits.Breach) {
        return (DatasetLimits.Breach) t;
      }
    }
    return null;
  }

  /**
   * The input's bytes are no text in the encoding Jackson detected (say, a UTF-32 byte-order
   * mark in front of UTF-8): malformed JSON, not a failure to read the stream.
   */
  private static DatasetException notText(CharConversionException e, String path, int line,
      int column) {
    String detail = e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName() : e.getMessage();
    return new DatasetException(List.of(DatasetProblem.of(path, Math.max(1, line),
        Math.max(1, column), ProblemText.of("json.encoding", detail))));
  }

  /** Counts the bytes read, for the message when the heap runs out. */
  private final class CountingStream extends FilterInputStream {
    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytesRead += n;
      }
      return n;
    }
  }
}
