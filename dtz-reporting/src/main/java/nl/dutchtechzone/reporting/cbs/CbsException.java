package nl.dutchtechzone.reporting.cbs;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import nl.dutchtechzone.reporting.internal.BundleTexts;
import org.jspecify.annotations.Nullable;

/**
 * A CBS download that cannot be read: the message names the file, the place (a line, or a JSON
 * path such as {@code value[17]}), the field and what was expected.
 *
 * <p>The reader's exceptions hold no text of their own language: they carry a message key and
 * arguments, and {@link #message(Locale)} renders them from the CBS bundles of dtz-reporting
 * ({@code nl/dutchtechzone/reporting/cbs/messages*.properties}, English and Dutch; a language
 * without a bundle, or a key its bundle lacks, gets English), as {@code ProviderProblem} does.
 * {@link #getMessage()} is the English message. The arguments (file names, codes, JSON paths, the
 * values found, a parser's own explanation) are not translated. An exception made with the
 * public constructor holds the fixed English problem it was given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CbsException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The base name of the CBS message bundles. */
  static final String BUNDLE = "nl.dutchtechzone.reporting.cbs.messages";

  /** The file name as the caller gave it. */
  private final String file;
  /** Where in the file. */
  private final At at;
  /** The column or JSON property, or empty. */
  private final String field;
  /** The key of the problem in the CBS bundles, or null for a fixed English problem. */
  private final @Nullable String key;
  /** The arguments of the key's text, or the fixed English problem. */
  private final String[] arguments;

  /**
   * Creates the exception with a fixed English problem.
   *
   * @param file the file name, not null
   * @param location the line or JSON path, not null
   * @param field the field (column or JSON property), not null; empty if the problem is not
   *     about one field
   * @param problem what is wrong and what was expected, not null
   */
  public CbsException(String file, String location, String field, String problem) {
    this(file, At.path(requireNonNull(location, "location")), field, null,
        requireNonNull(problem, "problem"));
  }

  /**
   * Creates the exception with a problem from the CBS bundles.
   *
   * @param file the file name
   * @param at where in the file
   * @param field the field, or empty
   * @param key the key of the problem's text, or null for a fixed English problem given as the
   *     one argument
   * @param arguments the values of the text's placeholders
   */
  CbsException(String file, At at, String field, @Nullable String key, Object... arguments) {
    super(render(requireNonNull(file, "file"), requireNonNull(at, "at"),
        requireNonNull(field, "field"), key, strings(arguments), Locale.ENGLISH));
    this.file = file;
    this.at = at;
    this.field = field;
    this.key = key;
    this.arguments = strings(arguments);
  }

  private static String[] strings(Object[] arguments) {
    return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
  }

  private static String render(String file, At at, String field, @Nullable String key,
      String[] arguments, Locale locale) {
    BundleTexts texts = BundleTexts.of(BUNDLE, locale);
    String where = at.key == null ? at.arguments[0] : texts.get(at.key, (Object[]) at.arguments);
    String problem = key == null ? arguments[0] : texts.get(key, (Object[]) arguments);
    return file + ", " + where + (field.isEmpty() ? "" : texts.get("field", field)) + ": "
        + problem;
  }

  /**
   * The message in a language: from the CBS bundle of the locale's language where there is one
   * (Dutch for {@code nl}), English otherwise and for any key that bundle lacks; never the
   * default locale's. A fixed problem stays English; the place and the field are in the
   * language.
   *
   * @param locale the language, not null
   * @return the message, naming the file, the place, the field and the problem
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return render(file, at, field, key, arguments, locale);
  }

  /**
   * The file.
   *
   * @return the file name as the caller gave it
   */
  public String file() {
    return file;
  }

  /**
   * Where in the file, in English.
   *
   * @return for example {@code line 7} or {@code value[17]}
   */
  public String location() {
    return at.key == null ? at.arguments[0]
        : BundleTexts.of(BUNDLE, Locale.ROOT).get(at.key, (Object[]) at.arguments);
  }

  /**
   * The field.
   *
   * @return the column or JSON property, or empty
   */
  public String field() {
    return field;
  }

  /** A place in a CBS file: a JSON path as it is, or a line (and column) in words. */
  static final class At implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the place's words in the CBS bundles, or null for a path as it is. */
    private final @Nullable String key;
    /** The line and column, or the path. */
    private final String[] arguments;

    private At(@Nullable String key, String... arguments) {
      this.key = key;
      this.arguments = arguments;
    }

    /** A JSON path such as {@code value[17]} or {@code $}, or any place already in words. */
    static At path(String path) {
      return new At(null, path);
    }

    /** A line of the file. */
    static At line(long line) {
      return new At("at.line", Long.toString(line));
    }

    /** A line and column of the file. */
    static At line(long line, long column) {
      return new At("at.lineColumn", Long.toString(line), Long.toString(column));
    }

    /** The file's name itself. */
    static At fileName() {
      return new At("at.fileName");
    }
  }
}
