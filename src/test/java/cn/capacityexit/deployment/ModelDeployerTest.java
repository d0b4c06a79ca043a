package cn.capacityexit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelDeployerTest {

  @Test
  void resourceNamesAreTheFoldersAndFileNamesWhereverTheClassesAre() {
    assertThat(ModelDeployer.resources().keySet())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(name).matches("(processes|forms)/[a-z0-9-]+\\.(bpmn|dmn|form|html)|documents/[a-z0-9-]+\\.txt"))
        .contains("documents/rectification-notice.txt", "documents/closure-decision.txt");
  }
}
