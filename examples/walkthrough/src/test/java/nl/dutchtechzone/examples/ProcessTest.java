package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM of its own, through {@code main}: it ends the JVM when the work is
 * done, whatever threads a plugin left, and a plugin's {@code System.exit} neither leaves a
 * temporary file behind nor passes for success.
 */
class ProcessTest {

  private static final class Result {
    final int exitCode;
    final String out;

    Result(int exitCode, String out) {
      this.exitCode = exitCode;
      this.out = out;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + out;
    }
  }

  private static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Walkthrough.class.getName()));
    command.addAll(List.of(args));
    Path log = dir.resolve("process.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command line did not end within 120 s: "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void endsWhenTheWorkIsDoneAlthoughAPluginLeftAThreadRunning(@TempDir Path dir)
      throws Exception {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    FaultyPlugins.jar(plugins, "thread.jar", FaultyPlugins.ThreadLeavingExporter.class);
    Path out = dir.resolve("out");

    Result result = run(dir, "--plugins", plugins.toString(), "--format", "csv", "--format",
        "test-thread", "--out", out.toString());

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(listing(out)).containsExactly("DTZ-2023.csv", "DTZ-2023.thread.txt");
  }

  @Test
  void aPluginThatEndsTheJvmLeavesNoTemporaryFileAndNoSuccess(@TempDir Path dir)
      throws Exception {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    FaultyPlugins.jar(plugins, "exit.jar", FaultyPlugins.ExitingExporter.class);
    Path out = dir.resolve("out");

    Result result = run(dir, "--plugins", plugins.toString(), "--format", "csv", "--format",
        "test-exit", "--out", out.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(Walkthrough.EXIT_WRITE_FAILED);
    assertThat(result.out).contains("the JVM is ending before the run finished",
        "unfinished reports removed: 1");
    assertThat(listing(out)).containsExactly("DTZ-2023.csv");
  }

  @Test
  void theClassPathOfThisTestReachesTheCommandLine() {
    assertThat(System.getProperty("java.class.path")).isNotBlank()
        .doesNotContain(File.pathSeparator + File.pathSeparator);
  }
}
