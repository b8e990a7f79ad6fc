package nl.dutchtechzone.benchmarks;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.reporting.Exporters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Exporters#discover()}: finding the six built-in exporters and dtz-pdf's {@code pdf}
 * (seven providers on the benchmark class path), cold and warm.
 *
 * <ul>
 *   <li>{@link #warm()}: in a JVM that has discovered before; run in average-time mode.
 *   <li>{@link #firstCallInJvm()}: the same call, run single-shot with no warm-up in fresh forks
 *       ({@code -bm ss -wi 0 -i 1 -f 5}), so that each measurement is the first discovery of its
 *       JVM: the classes of the registry, the exporters, their dependencies and the service
 *       loader are loaded, linked and run in the interpreter.
 *   <li>{@link #freshClassLoader()}: discovery through a new class loader each time (over the
 *       benchmark jar, parent the platform loader), so dtz's classes, SLF4J and the services
 *       file are loaded again on every call while the JDK's own code warms up; run single-shot
 *       with many iterations. The loader is made before and closed after each call, outside the
 *       measurement.
 * </ul>
 *
 * <p>The baseline in the same run is {@link #bareServiceLoader()}: the JDK's {@link
 * java.util.ServiceLoader} alone, instantiating the same providers, without dtz's checks
 * (duplicate formats, malformed services lines, broken providers).
 *
 * <p>Run: see the benchmarks README for the three command lines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DiscoveryBenchmark {

  private static final String EXPORTERS = "nl.dutchtechzone.reporting.Exporters";

  /** A fresh class loader per call, made and closed outside the measurement. */
  @State(Scope.Thread)
  public static class FreshLoader {
    private URL jar;
    URLClassLoader loader;

    /** Finds the jar the benchmarks run from. */
    @Setup(Level.Trial)
    public void findJar() {
      jar = Exporters.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Makes a fresh class loader. */
    @Setup(Level.Invocation)
    public void newLoader() {
      loader = new URLClassLoader("cold-discovery", new URL[] {jar},
          ClassLoader.getPlatformClassLoader());
    }

    /**
     * Closes the fresh class loader.
     *
     * @throws IOException if the jar cannot be closed
     */
    @TearDown(Level.Invocation)
    public void closeLoader() throws IOException {
      loader.close();
    }
  }

  /**
   * Discovery in a warm JVM.
   *
   * @return the formats found
   */
  @Benchmark
  public List<String> warm() {
    return check(Exporters.discover().formats());
  }

  /**
   * The first discovery of a fresh JVM, when run single-shot without warm-up.
   *
   * @return the formats found
   */
  @Benchmark
  public List<String> firstCallInJvm() {
    return check(Exporters.discover().formats());
  }

  /**
   * Discovery through a fresh class loader.
   *
   * @param fresh the class loader
   * @return the formats found
   * @throws ReflectiveOperationException if the registry cannot be reached
   */
  @Benchmark
  public List<String> freshClassLoader(FreshLoader fresh) throws ReflectiveOperationException {
    Class<?> exporters = Class.forName(EXPORTERS, true, fresh.loader);
    Object registry = exporters.getMethod("discover", ClassLoader.class).invoke(null, fresh.loader);
    @SuppressWarnings("unchecked")
    List<String> formats = (List<String>) exporters.getMethod("formats").invoke(registry);
    if (exporters.getClassLoader() != fresh.loader) {
      throw new IllegalStateException("the registry was not loaded afresh");
    }
    return check(formats);
  }

  /**
   * The baseline: the JDK's service loader alone.
   *
   * @return the number of providers
   */
  @Benchmark
  public int bareServiceLoader() {
    int n = 0;
    for (Object p : java.util.ServiceLoader.load(
        nl.dutchtechzone.reporting.spi.ReportExporter.class,
        Thread.currentThread().getContextClassLoader())) {
      n += p != null ? 1 : 0;
    }
    return n;
  }

  private static List<String> check(List<String> formats) {
    if (formats.size() != 7 || !formats.contains("pdf")) {
      throw new IllegalStateException(
          "expected the six built-in formats and pdf, got " + formats);
    }
    return formats;
  }
}
