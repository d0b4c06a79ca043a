package cn.capacityexit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.rectification.RectificationSteps;
import cn.capacityexit.reporting.CampaignSteps;
import cn.capacityexit.sealing.EliminationSteps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;

/**
 * The Modeler element templates in processes/element-templates/ offer every step the diagrams
 * call, and every step they offer exists: an analyst configures a service task by its Chinese
 * name without knowing bean names.
 */
class ElementTemplatesTest {

  private static final Map<String, Class<?>> BEANS = Map.of(
      "rectification", RectificationSteps.class, "elimination", EliminationSteps.class, "campaign", CampaignSteps.class,
      "measures", cn.capacityexit.measures.MeasureSteps.class, "licences", cn.capacityexit.licences.LicenceSteps.class,
      "credit", cn.capacityexit.credit.CreditSteps.class, "evaluation", cn.capacityexit.evaluation.EvaluationSteps.class,
      "inspection", cn.capacityexit.inspection.InspectionSteps.class, "exitPlan", cn.capacityexit.exitplan.ExitPlanSteps.class);
  private static final Pattern STEP = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)\\(execution\\)\\}");

  @Test
  void everyOfferedStepExistsAndEveryStepTheDiagramsCallIsOffered() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> offered = new HashSet<>();
    File[] files = new File("processes/element-templates").listFiles((d, n) -> n.endsWith(".json"));
    assertThat(files).isNotEmpty();
    for (File f : files) {
      for (JsonNode template : json.readTree(f)) {
        assertThat(template.get("name").asText()).as(f.getName()).containsPattern("\\p{IsHan}");
        assertThat(template.get("appliesTo")).isNotEmpty();
        for (JsonNode property : template.get("properties")) {
          if (!property.has("choices")) {
            continue;
          }
          for (JsonNode choice : property.get("choices")) {
            String expression = choice.get("value").asText();
            Matcher m = STEP.matcher(expression);
            assertThat(m.matches()).as(expression).isTrue();
            Class<?> bean = BEANS.get(m.group(1));
            assertThat(bean).as("bean of " + expression).isNotNull();
            assertThat(Arrays.stream(bean.getMethods()).anyMatch(method -> method.getName().equals(m.group(2))
                && method.getParameterCount() == 1 && method.getParameterTypes()[0] == DelegateExecution.class))
                .as(expression + " exists").isTrue();
            offered.add(expression);
          }
        }
      }
    }
    List<String> called = new ArrayList<>();
    for (String name : ModelDeployer.resources().keySet()) {
      if (!name.endsWith(".bpmn")) {
        continue;
      }
      try (InputStream in = ModelDeployer.resources().get(name).getInputStream()) {
        var model = Bpmn.readModelFromStream(in);
        model.getModelElementsByType(ServiceTask.class).forEach(t -> called.add(t.getCamundaExpression()));
        model.getModelElementsByType(BusinessRuleTask.class).forEach(t -> called.add(t.getCamundaExpression()));
      }
    }
    assertThat(offered).containsAll(called);
  }
}
