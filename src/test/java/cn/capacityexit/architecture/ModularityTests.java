package cn.capacityexit.architecture;

import cn.capacityexit.CapacityExitApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are modules (top-level packages) whose dependencies form no cycle: Spring Modulith
 * verifies it on the compiled classes, and writes the module diagram into docs/modules.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(CapacityExitApplication.class);
  static final Path DOCS = Path.of("docs/modules");

  @Test
  void theModulesDependOnEachOtherWithoutCycles() {
    MODULES.verify();
  }

  /** Written in a stable order (Modulith's own follows hash sets), so that an unchanged structure leaves the files unchanged. */
  @Test
  void theModuleDiagramIsWritten() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(DOCS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.write(file, sortedRuns(Files.readAllLines(file)));
      }
    }
  }

  /** Sorts each run of consecutive element lines (components, relations) and leaves every other line where it is. */
  static List<String> sortedRuns(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String kind = null;
    for (String line : lines) {
      String k = line.strip().startsWith("Component(") ? "c" : line.startsWith("Rel(") ? "r" : null;
      if (k == null || !k.equals(kind)) {
        run.sort(null);
        out.addAll(run);
        run.clear();
      }
      kind = k;
      if (k == null) {
        out.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(null);
    out.addAll(run);
    return out;
  }
}
