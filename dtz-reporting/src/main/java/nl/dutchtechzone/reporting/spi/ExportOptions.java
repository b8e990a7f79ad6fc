package nl.dutchtechzone.reporting.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.internal.Ids;
import org.immutables.value.Value;

/**
 * Named text options for an export, with typed getters.
 *
 * <p>Options are strings so that they can come from a command line, a configuration file or a
 * web form unchanged; each exporter reads the ones it knows and ignores the rest. A typed getter
 * that meets a value it cannot read fails with a message naming the option, the value and what
 * was expected, rather than falling back to a default.
 *
 * <p>Option names are lower case, with {@code .} and {@code -}: {@code csv.dialect}. The options
 * the built-in exporters read are the constants of this class.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExportOptions {

  /**
   * The CSV dialect of the {@code csv} and {@code csv-progress} exporters: {@code rfc4180} (the
   * default: {@code ,} between fields, {@code .} in amounts, no byte-order mark) or {@code
   * excel-nl} (for Excel with Dutch regional settings: {@code ;} between fields, {@code ,} in
   * amounts, and a UTF-8 byte-order mark so that Excel reads the text as UTF-8).
   */
  public static final String CSV_DIALECT = "csv.dialect";

  /**
   * Whether the CSV exporters neutralise text cells that a spreadsheet would run as a formula
   * (those starting with {@code = + - @}, tab, CR, LF, NUL or a full-width {@code = + - @}) by
   * putting an apostrophe in front: {@code true} (the default) or {@code false}, for a consumer
   * that is not a spreadsheet and wants the text exactly. Numbers are never altered.
   */
  public static final String CSV_NEUTRALISE_FORMULAS = "csv.neutralise-formulas";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

  ExportOptions() {}

  /**
   * The options as given.
   *
   * @return the option values by name
   */
  public abstract Map<String, String> values();

  /**
   * No options: every exporter uses its defaults.
   *
   * @return the empty options
   */
  public static ExportOptions empty() {
    return builder().build();
  }

  /**
   * Options from a map.
   *
   * @param values the option values by name, not null, no null keys or values
   * @return the options
   * @throws IllegalArgumentException if a name is not a valid option name
   */
  public static ExportOptions of(Map<String, String> values) {
    return builder().putAllValues(values).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value of an option.
   *
   * @param name the option name, not null
   * @return the value, or empty if the option is not set
   */
  public Optional<String> get(String name) {
    requireNonNull(name, "name");
    return Optional.ofNullable(values().get(name));
  }

  /**
   * The value of an option, or a default.
   *
   * @param name the option name, not null
   * @param defaultValue the value if the option is not set, not null
   * @return the value
   */
  public String getString(String name, String defaultValue) {
    requireNonNull(defaultValue, "defaultValue");
    return get(name).orElse(defaultValue);
  }

  /**
   * The value of a yes/no option: {@code true} or {@code false}, in any case.
   *
   * @param name the option name, not null
   * @param defaultValue the value if the option is not set
   * @return the value
   * @throws IllegalArgumentException naming the option and the value if it is set to anything
   *     other than true or false
   */
  public boolean getBoolean(String name, boolean defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String v = value.get().strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "export option '" + name + "' must be true or false, got '" + value.get() + "'");
  }

  /**
   * The value of a whole-number option.
   *
   * @param name the option name, not null
   * @param defaultValue the value if the option is not set
   * @return the value
   * @throws IllegalArgumentException naming the option and the value if it is set to anything
   *     other than a whole number in the range of {@code int}
   */
  public int getInt(String name, int defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get().strip(), 10);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "export option '" + name + "' must be a whole number, got '" + value.get() + "'", e);
    }
  }

  /**
   * The value of an option that is one of a fixed set of choices, given as the constants of an
   * enum: the value {@code excel-nl} selects the constant {@code EXCEL_NL}.
   *
   * @param <E> the enum type
   * @param name the option name, not null
   * @param type the enum of the choices, not null
   * @param defaultValue the choice if the option is not set, not null
   * @return the choice
   * @throws IllegalArgumentException naming the option, the value and the choices if the value
   *     is none of them
   */
  public <E extends Enum<E>> E getChoice(String name, Class<E> type, E defaultValue) {
    requireNonNull(type, "type");
    requireNonNull(defaultValue, "defaultValue");
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String wanted = value.get().strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (choiceName(constant).equals(wanted)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("export option '" + name + "' must be one of "
        + Arrays.stream(type.getEnumConstants()).map(ExportOptions::choiceName)
            .collect(Collectors.toList())
        + ", got '" + value.get() + "'");
  }

  private static String choiceName(Enum<?> constant) {
    return Ids.of(constant);
  }

  @Value.Check
  final void check() {
    for (String name : values().keySet()) {
      checkArgument(NAME.matcher(name).matches(),
          "ExportOptions name must be lower-case letters, digits, '.' or '-' (such as "
              + "csv.dialect), got '%s'", name);
    }
  }

  /** Builds {@link ExportOptions} values. */
  public static final class Builder extends ImmutableExportOptions.Builder {
    Builder() {}

    /**
     * Sets an option.
     *
     * @param name the option name, not null
     * @param value the value, not null
     * @return this builder
     */
    public Builder set(String name, String value) {
      putValues(name, value);
      return this;
    }
  }
}
