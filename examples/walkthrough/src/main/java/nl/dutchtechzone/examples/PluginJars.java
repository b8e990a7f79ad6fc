package nl.dutchtechzone.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.reporting.ProviderProblem;

/**
 * The jars of a plugin folder, each loaded through a class loader of its own.
 *
 * <p>Each loader's parent is the loader of the application, so a plugin sees the dtz API (and
 * whatever else the application has) but not the other plugins, and two plugins may bring
 * different versions of a library of their own. Closing this closes the loaders.
 */
final class PluginJars implements AutoCloseable {

  private final Map<URLClassLoader, Path> jars;
  private final List<ProviderProblem> problems;

  private PluginJars(Map<URLClassLoader, Path> jars, List<ProviderProblem> problems) {
    this.jars = jars;
    this.problems = List.copyOf(problems);
  }

  /** No plugins. */
  static PluginJars none() {
    return new PluginJars(new LinkedHashMap<>(), List.of());
  }

  /**
   * Opens every {@code *.jar} in a folder, in file name order. A jar that cannot be read (empty,
   * corrupt, not a zip) is a provider problem like any other: it is skipped and kept in {@link
   * #problems()}, and the other jars are used.
   *
   * <p>The problem of an unreadable jar carries its text in every language of the command line;
   * the folder's own problems are in the language of {@code messages}.
   *
   * @throws UsageException if the folder does not exist, is not a folder or cannot be listed
   */
  static PluginJars open(Path folder, ClassLoader parent, Messages messages) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new UsageException(messages.get(Files.exists(folder) ? "error.pluginsNotAFolder"
          : "error.pluginsMissing", folder));
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
      for (Path p : stream) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UsageException(messages.get("error.pluginsUnlisted", folder, messages.ioReason(e)),
          List.of(), e);
    }
    files.sort(null);
    Map<URLClassLoader, Path> loaders = new LinkedHashMap<>();
    List<ProviderProblem> problems = new ArrayList<>();
    for (Path jar : files) {
      Optional<String> unreadable = unreadable(jar);
      if (unreadable.isPresent()) {
        ProviderProblem.Builder problem = ProviderProblem.builder()
            .kind(ProviderProblem.Kind.UNREADABLE_SOURCE)
            .location(jar.toString());
        // The shipped languages, and the chosen one if it is another (its bundle may add it).
        Set<Locale> languages = new LinkedHashSet<>(Languages.shipped());
        languages.add(Languages.of(messages.locale()));
        for (Locale language : languages) {
          problem.putTexts(Languages.code(language), Messages.of(language)
              .get("problem.unreadableJar", jar, unreadable.get()));
        }
        problems.add(problem.build());
        continue;
      }
      loaders.put(new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url(jar)},
          parent), jar);
    }
    return new PluginJars(loaders, problems);
  }

  /** Why a jar cannot be read, or empty if it can. */
  private static Optional<String> unreadable(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      file.getManifest();
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The jars that could not be read, as provider problems, in file name order. */
  List<ProviderProblem> problems() {
    return problems;
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class loaders, one per jar, in file name order. */
  List<ClassLoader> loaders() {
    return List.copyOf(jars.keySet());
  }

  /** The jar a class was loaded from, if it came from one of these plugins. */
  Optional<Path> jarOf(Class<?> type) {
    return Optional.ofNullable(jars.get(type.getClassLoader()));
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (URLClassLoader loader : jars.keySet()) {
      try {
        loader.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
