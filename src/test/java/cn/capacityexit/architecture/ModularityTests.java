package cn.capacityexit.architecture;

import cn.capacityexit.CapacityExitApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are modules (top-level packages) whose dependencies form no cycle: Spring Modulith
 * verifies it on the compiled classes, and writes the module diagram into docs/modules.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(CapacityExitApplication.class);

  @Test
  void theModulesDependOnEachOtherWithoutCycles() {
    MODULES.verify();
  }

  @Test
  void theModuleDiagramIsWritten() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
