package nl.dutchtechzone.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the exporter providers visible to a class loader without letting one broken provider
 * hide the others.
 *
 * <p>Two passes. The first walks {@link ServiceLoader} step by step, catching {@link
 * ServiceConfigurationError} (and {@link LinkageError}, which the JDK lets through when a
 * provider class cannot be linked) around each step and around each instantiation. The JDK gives
 * up on a whole services file when one of its lines is malformed, so the second pass reads the
 * services files itself: for a file with a malformed line it reports every such line and loads
 * the file's well-formed entries the way the JDK would have.
 */
final class Discovery {

  private static final Logger LOG = LoggerFactory.getLogger(Exporters.class);

  static final String SERVICES_RESOURCE = "META-INF/services/" + ReportExporter.class.getName();

  /** Stop after this many errors in a row, in case a loader keeps failing the same way. */
  private static final int MAX_CONSECUTIVE_ERRORS = 10_000;

  private static final Pattern NOT_FOUND = Pattern.compile("Provider (\\S+) not found");
  private static final Pattern NOT_A_SUBTYPE = Pattern.compile("(\\S+) not a subtype");
  private static final Pattern NO_CONSTRUCTOR =
      Pattern.compile("(\\S+) Unable to get public no-arg constructor");
  private static final Pattern NOT_PUBLIC = Pattern.compile("(?:class )?(\\S+) is not public");
  private static final Pattern BAD_LINE = Pattern.compile("(.*):(\\d+): (Illegal .*)");

  final List<ReportExporter> providers = new ArrayList<>();
  final List<ProviderProblem> problems = new ArrayList<>();
  private final Set<String> handled = new HashSet<>();
  private final ClassLoader loader;

  private Discovery(ClassLoader loader) {
    this.loader = loader;
  }

  static Discovery run(ClassLoader loader) {
    Discovery d = new Discovery(loader);
    d.serviceLoaderPass();
    d.servicesFilePass();
    return d;
  }

  private void serviceLoaderPass() {
    Spliterator<ServiceLoader.Provider<ReportExporter>> it =
        ServiceLoader.load(ReportExporter.class, loader).stream().spliterator();
    List<ServiceLoader.Provider<ReportExporter>> next = new ArrayList<>(1);
    int consecutiveErrors = 0;
    while (true) {
      next.clear();
      try {
        if (!it.tryAdvance(next::add)) {
          return;
        }
        consecutiveErrors = 0;
      } catch (ServiceConfigurationError | LinkageError e) {
        lookupFailed(e);
        if (++consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) {
          report(ProviderProblem.builder().kind(ProviderProblem.Kind.OTHER)
              .messageKey("tooManyErrors")
              .addArguments(String.valueOf(consecutiveErrors), describe(e))
              .build(), e);
          return;
        }
        continue;
      }
      ServiceLoader.Provider<ReportExporter> provider = next.get(0);
      String className = provider.type().getName();
      handled.add(className);
      try {
        providers.add(provider.get());
      } catch (VirtualMachineError e) {
        throw e;
      } catch (RuntimeException | Error e) {
        // ServiceConfigurationError, a LinkageError or any other Error of the plugin's
        // constructor: that provider is skipped, the others load.
        report(ProviderProblem.builder().kind(ProviderProblem.Kind.NOT_INSTANTIABLE)
            .providerClass(className)
            .messageKey("constructorFailed").addArguments(className,
                describe(e instanceof ServiceConfigurationError && e.getCause() != null
                    ? e.getCause() : e))
            .build(), e);
      }
    }
  }

  private void lookupFailed(Throwable e) {
    String prefix = ReportExporter.class.getName() + ": ";
    String message = Optional.ofNullable(e.getMessage()).orElse(e.toString());
    String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    ProviderProblem.Builder b = ProviderProblem.builder();
    Matcher m;
    if (e instanceof LinkageError) {
      b.kind(ProviderProblem.Kind.NOT_FOUND);
      b.messageKey("notLinked").addArguments(describe(e));
    } else if ((m = NOT_FOUND.matcher(text)).matches()) {
      b.kind(ProviderProblem.Kind.NOT_FOUND).providerClass(handle(m.group(1)))
          .messageKey("notFound").addArguments(m.group(1));
    } else if ((m = NOT_A_SUBTYPE.matcher(text)).matches()) {
      b.kind(ProviderProblem.Kind.NOT_A_SUBTYPE).providerClass(handle(m.group(1)))
          .messageKey("notASubtype").addArguments(m.group(1), ReportExporter.class.getName());
    } else if ((m = NO_CONSTRUCTOR.matcher(text)).matches()
        || (m = NOT_PUBLIC.matcher(text)).matches()) {
      b.kind(ProviderProblem.Kind.NOT_INSTANTIABLE).providerClass(handle(m.group(1)))
          .messageKey("notInstantiable").addArguments(m.group(1), describe(e));
    } else if ((m = BAD_LINE.matcher(text)).matches()) {
      b.kind(ProviderProblem.Kind.BAD_SERVICES_LINE).location(m.group(1) + ":" + m.group(2))
          .messageKey("badServicesLine.jdk").addArguments(m.group(3));
    } else {
      b.kind(ProviderProblem.Kind.OTHER).messageKey("lookupFailed").addArguments(describe(e));
    }
    report(b.build(), e);
  }

  private String handle(String className) {
    handled.add(className);
    return className;
  }

  private void servicesFilePass() {
    List<URL> urls;
    try {
      urls = Collections.list(loader.getResources(SERVICES_RESOURCE));
    } catch (IOException e) {
      report(ProviderProblem.builder().kind(ProviderProblem.Kind.OTHER)
          .messageKey("servicesUnlisted").addArguments(SERVICES_RESOURCE, describe(e))
          .build(), e);
      return;
    }
    for (URL url : urls) {
      ServicesFile file;
      try {
        file = ServicesFile.read(url);
      } catch (IOException e) {
        report(ProviderProblem.builder().kind(ProviderProblem.Kind.OTHER)
            .location(url.toString())
            .messageKey("servicesUnreadable").addArguments(url.toString(), describe(e)).build(),
            e);
        continue;
      }
      if (file.badLines.isEmpty()) {
        continue; // the JDK has read this file; its providers are in already
      }
      // The JDK gave up on this file at its first bad line: drop its one report of it and
      // report every bad line, then load the well-formed entries ourselves.
      String where = url.toString() + ":";
      problems.removeIf(p -> p.kind() == ProviderProblem.Kind.BAD_SERVICES_LINE
          && p.location().map(l -> l.startsWith(where)).orElse(false));
      for (ServicesFile.Line bad : file.badLines) {
        report(ProviderProblem.builder().kind(ProviderProblem.Kind.BAD_SERVICES_LINE)
            .location(url + ":" + bad.number)
            .messageKey("badServicesLine").addArguments(bad.text)
            .build(), null);
      }
      for (ServicesFile.Line entry : file.entries) {
        if (handled.add(entry.text)) {
          loadDirectly(entry.text, url + ":" + entry.number);
        }
      }
    }
  }

  private void loadDirectly(String className, String location) {
    ProviderProblem.Builder problem =
        ProviderProblem.builder().providerClass(className).location(location);
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      report(problem.kind(ProviderProblem.Kind.NOT_FOUND)
          .messageKey("notFound.cause").addArguments(className, describe(e)).build(), e);
      return;
    }
    if (type.getModule().isNamed()) {
      // As the JDK does: a named module declares its providers in module-info, not here.
      LOG.debug("Ignoring {} in {}: it is in named module {}", className, location,
          type.getModule().getName());
      return;
    }
    if (!ReportExporter.class.isAssignableFrom(type)) {
      report(problem.kind(ProviderProblem.Kind.NOT_A_SUBTYPE)
          .messageKey("notASubtype").addArguments(className, ReportExporter.class.getName())
          .build(), null);
      return;
    }
    try {
      if (!Modifier.isPublic(type.getModifiers())) {
        throw new IllegalAccessException("class " + className + " is not public");
      }
      Constructor<? extends ReportExporter> constructor =
          type.asSubclass(ReportExporter.class).getConstructor();
      providers.add(constructor.newInstance());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof VirtualMachineError) {
        throw (VirtualMachineError) cause;
      }
      report(problem.kind(ProviderProblem.Kind.NOT_INSTANTIABLE)
          .messageKey("constructorFailed").addArguments(className, describe(cause)).build(),
          cause);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (ReflectiveOperationException | RuntimeException | Error e) {
      report(problem.kind(ProviderProblem.Kind.NOT_INSTANTIABLE)
          .messageKey("notInstantiable").addArguments(className, describe(e)).build(), e);
    }
  }

  private void report(ProviderProblem problem, @Nullable Throwable cause) {
    problems.add(problem);
    LOG.warn("Exporter provider skipped: {}", problem.message(), cause);
  }

  static String describe(Throwable e) {
    StringBuilder s = new StringBuilder(e.toString());
    Set<Throwable> seen = new HashSet<>();
    seen.add(e);
    for (Throwable c = e.getCause(); c != null && seen.add(c); c = c.getCause()) {
      s.append("; caused by ").append(c);
    }
    return s.toString();
  }

  /** A services file read the way the JDK reads it, keeping every line it would reject. */
  static final class ServicesFile {

    static final class Line {
      final int number;
      final String text;

      Line(int number, String text) {
        this.number = number;
        this.text = text;
      }
    }

    final List<Line> entries = new ArrayList<>();
    final List<Line> badLines = new ArrayList<>();

    static ServicesFile read(URL url) throws IOException {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      ServicesFile file = new ServicesFile();
      try (InputStream in = connection.getInputStream();
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          file.accept(number, line);
        }
      }
      return file;
    }

    void accept(int number, String raw) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
      if (line.isEmpty()) {
        return;
      }
      if (isBinaryName(line)) {
        entries.add(new Line(number, line));
      } else {
        badLines.add(new Line(number, line));
      }
    }

    static boolean isBinaryName(String s) {
      int first = s.codePointAt(0);
      if (!Character.isJavaIdentifierStart(first)) {
        return false;
      }
      for (int i = Character.charCount(first); i < s.length(); ) {
        int cp = s.codePointAt(i);
        if (!Character.isJavaIdentifierPart(cp) && cp != '.') {
          return false;
        }
        i += Character.charCount(cp);
      }
      return true;
    }
  }
}
