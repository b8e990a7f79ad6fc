package nl.dutchtechzone.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writesTheWholeContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.txt");
    AtomicFiles.write(target, out -> out.write("heel".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("heel");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailureLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "oud");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).hasContent("oud");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void reportsGetTheFolderDefaultPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    ExportContext context = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2022).report(DutchTechZone.report2022()).build();
    Path written = Exporters.discover().exportTo("csv", context, dir);
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
