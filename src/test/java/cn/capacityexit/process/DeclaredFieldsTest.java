package cn.capacityexit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeclaredFieldsTest {

  @Test
  void aCamundaFormDeclaresTheKeysOfItsInputFieldsOnly() throws Exception {
    assertThat(DeclaredFields.of(Files.readAllBytes(Path.of("forms/issue-rectification-notice.form"))))
        .containsExactlyInAnyOrder("rectificationRequirements", "interimMeasure", "reinspectionDate");
    assertThat(DeclaredFields.of("""
        {"components":[{"type":"textfield","key":"a"},{"type":"textfield","key":"shown","readonly":true},
        {"type":"group","components":[{"type":"number","key":"b","disabled":false}]},{"type":"text","text":"{{caseNumber}}"}]}"""
        .getBytes())).containsExactlyInAnyOrder("a", "shown", "b");
  }

  @Test
  void anEmbeddedFormDeclaresItsCamVariables() throws Exception {
    assertThat(DeclaredFields.of(Files.readAllBytes(Path.of("forms/seal-step.html"))))
        .containsExactlyInAnyOrder("stepDate", "evidence_WATER", "evidence_POWER", "evidence_POWER_UNITS", "evidence_SEAL");
  }
}
