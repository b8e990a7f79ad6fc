package nl.dutchtechzone.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints what is wrong with the command line's arguments in the language they ask for ({@link
 * Messages#languageOf}), from the command line's bundles: picocli's own messages are English
 * only, so each kind of parse error it reports (an unknown option, a stray argument, an option
 * without its value, an option given twice, a value a converter refused) is put in words here.
 * Picocli's English text appears only for a kind of error this class does not know, marked as
 * picocli's.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {

  private final String name;
  private final PrintWriter err;

  /**
   * A handler that prints to {@code err}.
   *
   * @param name the command's name, for the start of each message
   * @param err where the messages go
   */
  ParseErrors(String name, PrintWriter err) {
    this.name = Objects.requireNonNull(name, "name");
    this.err = Objects.requireNonNull(err, "err");
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    Messages m = Messages.of(Messages.languageOf(args));
    err.println(VisibleText.of(name + ": " + describe(e, m)));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println(VisibleText.of("  " + m.get("error.didYouMean", String.join(", ",
            suggestions))));
      }
    }
    err.println(VisibleText.of(m.get("error.tryHelp", name)));
    return Walkthrough.EXIT_BAD_INPUT;
  }

  /** The problem in words, without the command's name. */
  static String describe(ParameterException e, Messages m) {
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      List<String> unmatched = u.getUnmatched();
      String quoted = unmatched.stream().map(a -> "'" + a + "'")
          .collect(Collectors.joining(", "));
      if (u.isUnknownOption()) {
        return m.get(unmatched.size() == 1 ? "error.unknownOption.one"
            : "error.unknownOption.many", quoted);
      }
      return m.get(unmatched.size() == 1 ? "error.unexpectedArgument.one"
          : "error.unexpectedArgument.many", quoted);
    }
    if (e instanceof MissingParameterException) {
      List<ArgSpec> missing = ((MissingParameterException) e).getMissing();
      if (missing.size() == 1 && missing.get(0).isOption()) {
        ArgSpec option = missing.get(0);
        return m.get("error.missingValue", nameOf(option), option.paramLabel());
      }
    }
    if (e instanceof OverwrittenOptionException) {
      return m.get("error.repeatedOption",
          nameOf(((OverwrittenOptionException) e).getOverwritten()));
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof OptionValueException && e.getArgSpec() != null) {
        return m.get("error.invalidValue", nameOf(e.getArgSpec()),
            ((OptionValueException) c).expected(m));
      }
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      Class<?> type = spec.type();
      String expected = type == boolean.class || type == Boolean.class
          ? m.get("expected.boolean", e.getValue())
          : m.get("expected.other", e.getValue());
      return m.get("error.invalidValue", nameOf(spec), expected);
    }
    return m.get("error.unreadableArguments", e.getMessage());
  }

  private static String nameOf(ArgSpec spec) {
    return spec instanceof OptionSpec ? ((OptionSpec) spec).longestName() : spec.paramLabel();
  }
}
