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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The jars of a plugin folder, each loaded through a class loader of its own.
 *
 * <p>Each loader's parent is the loader of the application, so a plugin sees the dtz API (and
 * whatever else the application has) but not the other plugins, and two plugins may bring
 * different versions of a library of their own. Closing this closes the loaders.
 */
final class PluginJars implements AutoCloseable {

  private final Map<URLClassLoader, Path> jars;

  private PluginJars(Map<URLClassLoader, Path> jars) {
    this.jars = jars;
  }

  /** No plugins. */
  static PluginJars none() {
    return new PluginJars(new LinkedHashMap<>());
  }

  /**
   * Opens every {@code *.jar} in a folder, in file name order.
   *
   * @throws UsageException if the folder does not exist, is not a folder, or holds a file named
   *     {@code .jar} that is not a readable jar
   */
  static PluginJars open(Path folder, ClassLoader parent) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new UsageException("--plugins " + folder + ": "
          + (Files.exists(folder) ? "not a folder" : "no such folder")
          + "; expected a folder of exporter plugin jars");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
      for (Path p : stream) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UsageException("--plugins " + folder + ": cannot list the folder: " + e, List.of(),
          e);
    }
    files.sort(null);
    Map<URLClassLoader, Path> loaders = new LinkedHashMap<>();
    for (Path jar : files) {
      checkReadableJar(jar);
      loaders.put(new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url(jar)},
          parent), jar);
    }
    return new PluginJars(loaders);
  }

  private static void checkReadableJar(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      file.getManifest();
    } catch (IOException e) {
      throw new UsageException("--plugins: " + jar + " is not a readable jar file: "
          + e.getMessage(), List.of(), e);
    }
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
