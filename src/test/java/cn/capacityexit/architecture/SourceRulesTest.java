package cn.capacityexit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules that class files do not show: a reference to another module is an import (so that a
 * reader and an import scan see the edge), never a fully qualified name in a code body.
 */
class SourceRulesTest {

  static final Pattern QUALIFIED = Pattern.compile("cn\\.capacityexit\\.([a-z]+)\\.[A-Z]");

  /** The engine's internals stay in the glue: the engine configuration (process) and the authentication (security). */
  @Test
  void onlyTheEngineGlueUsesTheEnginesInternals() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/capacityexit"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String module = file.getParent().getFileName().toString();
        if (!module.equals("process") && !module.equals("security") && Files.readString(file).contains("org.camunda.bpm.engine.impl")) {
          found.add(file.toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * Each process has one port (RectificationEngine, EliminationEngine, CampaignEngine) that starts
   * its instances and sends its messages; controllers, listeners and steps call the port. The
   * engine glue and the dashboard (a read model that counts tasks) may read the engine otherwise.
   */
  @Test
  void onlyThePortsStartProcessesOrSendMessages() throws IOException {
    Pattern writes = Pattern.compile("\\b(RuntimeService|getRuntimeService\\(\\))");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/capacityexit"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String module = file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        if (module.equals("process") || module.equals("dashboard") || name.endsWith("Engine.java")) {
          continue;
        }
        if (writes.matcher(Files.readString(file)).find()) {
          found.add(file.toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void otherModulesAreImportedNotNamedInCode() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/capacityexit"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String module = file.getParent().getFileName().toString();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("//")
              || line.startsWith("/*")) {
            continue;
          }
          var m = QUALIFIED.matcher(line);
          while (m.find()) {
            if (!m.group(1).equals(module)) {
              found.add(file + ":" + (i + 1) + " " + line);
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
