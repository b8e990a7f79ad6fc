package nl.dutchtechzone.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * Plugins that fail the way careless ones do. They are not in this module's services files (the
 * other tests would find them); a test puts them in a plugin jar with {@link #jar}, whose services
 * file names them and whose loader finds them through its parent, the test class path.
 */
final class FaultyPlugins {

  private FaultyPlugins() {}

  /** Writes a plugin jar whose services file lists the given exporter classes. */
  static Path jar(Path folder, String name, Class<?>... exporters) throws IOException {
    Path jar = folder.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(
          "META-INF/services/nl.dutchtechzone.reporting.spi.ReportExporter"));
      for (Class<?> exporter : exporters) {
        out.write((exporter.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.closeEntry();
    }
    return jar;
  }

  /** The common description of the test exporters. */
  abstract static class Base implements ReportExporter {
    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return format().substring("test-".length()) + ".txt";
    }
  }

  /** Writes 100 kB, then fails as a plugin built against a missing class does. */
  public static final class LinkageErrorExporter extends Base {
    @Override
    public String format() {
      return "test-linkage";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write(new byte[100_000]);
      throw new NoClassDefFoundError("com/example/Missing");
    }
  }

  /** Writes a little, then never returns (ignoring interrupts). */
  public static final class HangingExporter extends Base {
    @Override
    public String format() {
      return "test-hanging";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("begun".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // a careless plugin swallows the interrupt and goes on waiting
        }
      }
    }
  }

  /** Writes its report, but leaves a non-daemon thread running for ever. */
  public static final class ThreadLeavingExporter extends Base {
    @Override
    public String format() {
      return "test-thread";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      Thread thread = new Thread(() -> {
        while (true) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            // keeps running, as a careless plugin's thread would
          }
        }
      }, "left-running");
      thread.setDaemon(false);
      thread.start();
      out.write("thread left running".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes a little, then ends the JVM with exit code 0. */
  public static final class ExitingExporter extends Base {
    @Override
    public String format() {
      return "test-exit";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write(new byte[10_000]);
      out.flush();
      System.exit(0);
    }
  }

  /** Claims the format of the built-in CSV exporter at a lower priority, so it loses. */
  public static final class DuplicateCsvExporter extends Base {
    @Override
    public String format() {
      return "csv";
    }

    @Override
    public String fileExtension() {
      return "duplicate.csv";
    }

    @Override
    public int priority() {
      return -1;
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("never chosen".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Describes itself with a format id that is not one. */
  public static final class BadFormatIdExporter extends Base {
    @Override
    public String format() {
      return "Not A Format!";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("never used".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Fails in its constructor. */
  public static final class ThrowingConstructorExporter extends Base {
    /** Refuses to be created. */
    public ThrowingConstructorExporter() {
      throw new IllegalStateException("no licence key");
    }

    @Override
    public String format() {
      return "test-throwing";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("never used".getBytes(StandardCharsets.UTF_8));
    }
  }
}
