package nl.dutchtechzone.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider of {@link nl.dutchtechzone.reporting.spi.ReportExporter} that could not be used, and
 * why: a class that is missing, is not an exporter, cannot be created or describes itself
 * wrongly; a malformed line in a services file; a format id claimed by a provider that won; or a
 * plugin jar that cannot be read.
 *
 * <p>The registry collects these instead of failing, so that one broken plugin never hides the
 * others; callers read them from {@link Exporters#problems()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProviderProblem {

  /** What went wrong with a provider. */
  public enum Kind {
    /** A class named as a provider does not exist, or cannot be linked. */
    NOT_FOUND,
    /** A class named as a provider does not implement the exporter interface. */
    NOT_A_SUBTYPE,
    /** The provider has no public no-argument constructor, or its constructor threw. */
    NOT_INSTANTIABLE,
    /** A line of a services file is not a class name. */
    BAD_SERVICES_LINE,
    /** The provider was created but its format id, media type or extension is unusable. */
    INVALID_DESCRIPTION,
    /** The provider claims a format id that another provider won; it was set aside. */
    DUPLICATE_FORMAT,
    /**
     * A source of providers, such as a plugin jar, cannot be read at all (empty, corrupt, not a
     * jar); whatever it holds was not loaded. Reported by the application that chose the source,
     * through {@link Exporters.Builder#problem}.
     */
    UNREADABLE_SOURCE,
    /** Loading failed in a way the registry does not recognise; the message says how. */
    OTHER
  }

  ProviderProblem() {}

  /**
   * What went wrong.
   *
   * @return the kind of problem
   */
  public abstract Kind kind();

  /**
   * The provider class, where it is known.
   *
   * @return the fully qualified class name, or empty (for a malformed services line, say)
   */
  public abstract Optional<String> providerClass();

  /**
   * Where the provider was declared, where it is known.
   *
   * @return the services file and line, such as {@code jar:file:/x.jar!/META-INF/services/...:3},
   *     or empty
   */
  public abstract Optional<String> location();

  /**
   * What went wrong, in words, including the cause.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkArgument(!message().isBlank(), "ProviderProblem.message must not be blank");
  }

  /** Builds {@link ProviderProblem} values; the kind and the message are required. */
  public static final class Builder extends ImmutableProviderProblem.Builder {
    Builder() {}
  }
}
