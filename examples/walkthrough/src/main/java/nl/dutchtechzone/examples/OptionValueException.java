package nl.dutchtechzone.examples;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;

/**
 * An option's value that a converter refused, with what was expected as a key of the command
 * line's bundles and its arguments: the converter runs before {@code --locale} is known, so the
 * parse-error handler renders the text in the chosen language ({@link ParseErrors}).
 */
final class OptionValueException extends CommandLine.TypeConversionException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<Object> arguments;

  /**
   * A refused value.
   *
   * @param key the key of what was expected, such as {@code expected.locale}
   * @param arguments the values for the text's placeholders
   */
  OptionValueException(String key, Object... arguments) {
    super(Messages.of(Locale.ENGLISH).get(key, arguments));
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = List.of(arguments);
  }

  /** What was expected, in the language of the messages. */
  String expected(Messages messages) {
    return messages.get(key, arguments.toArray());
  }
}
