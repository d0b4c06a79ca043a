package cn.capacityexit.process;

import cn.capacityexit.calendar.HandlingPeriods;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.reporting.CampaignSchedule;
import cn.capacityexit.reporting.CampaignSteps;
import cn.capacityexit.rectification.RectificationSteps;
import cn.capacityexit.sealing.EliminationSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import cn.capacityexit.measures.MeasureSteps;

/** What an analyst may deploy: the product's own models pass; code in any guise is refused with the element. */
class ModelPolicyTest {

  static final Map<String, Class<?>> BEANS = Map.ofEntries(
      Map.entry("rectification", RectificationSteps.class),
      Map.entry("elimination", EliminationSteps.class),
      Map.entry("campaign", CampaignSteps.class),
      Map.entry("campaignSchedule", CampaignSchedule.class),
      Map.entry("dueDates", HandlingPeriods.class),
      Map.entry("measures", MeasureSteps.class),
      Map.entry("licences", cn.capacityexit.licences.LicenceSteps.class),
      Map.entry("credit", cn.capacityexit.credit.CreditSteps.class),
      Map.entry("evaluation", cn.capacityexit.evaluation.EvaluationSteps.class),
      Map.entry("inspection", cn.capacityexit.inspection.InspectionSteps.class),
      Map.entry("exitPlan", cn.capacityexit.exitplan.ExitPlanSteps.class),
      Map.entry("unlicensed", cn.capacityexit.licences.UnlicensedSteps.class));
  final ModelPolicy policy = new ModelPolicy(BEANS::get);

  @Test
  void everyModelOfTheProductPasses() throws IOException {
    assertThat(EngineConfiguration.STEP_BEANS).isEqualTo(BEANS.keySet());
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      models.filter(Files::isRegularFile).forEach(p -> {
        try {
          assertThat(policy.problems(p.getFileName().toString(), Files.readAllBytes(p))).as(p.toString()).isEmpty();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void plainVariableExpressionsAndStepCallsAreAllowed() {
    assertThat(policy.reason("jurisdictionCode")).isNull();
    assertThat(policy.reason("reinspectionResult == 'PASSED' && !overdue")).isNull();
    assertThat(policy.reason("a ? b : c")).isNull();
    assertThat(policy.reason("rectification.escalated(task, '签发整改通知书')")).isNull();
    assertThat(policy.reason("dueDates.due('NOTICE', jurisdictionCode)")).isNull();
    assertThat(policy.reason("amount > 1.5e3")).isNull();
  }

  @Test
  void codeInAnyGuiseIsRefused() {
    assertThat(policy.reason("''.getClass().forName('java.lang.Runtime')")).isNotNull();
    assertThat(policy.reason("execution.getProcessEngineServices().getRuntimeService()")).isNotNull();
    assertThat(policy.reason("rectification.getClass()")).isNotNull();
    assertThat(policy.reason("rectification.noSuchMethod(execution)")).isNotNull();
    assertThat(policy.reason("unknownBean.run()")).isNotNull();
    assertThat(policy.reason("x['class']")).isNotNull();
    assertThat(policy.reason("fn:exec('ls')")).isNotNull();
    assertThat(policy.reason("(x -> x)(1)")).isNotNull();
    assertThat(policy.reason("v = 1; w")).isNotNull();
    assertThat(policy.reason("variable.property")).isNotNull();
  }

  @Test
  void scriptsClassesConnectorsAndHtmlAreRefusedNamingTheElement() {
    String bpmn = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <bpmn:process id="p">
            <bpmn:serviceTask id="Task_Class" camunda:class="java.lang.ProcessBuilder"/>
            <bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>
            <bpmn:serviceTask id="Task_Expr" camunda:expression="${''.getClass()}"/>
          </bpmn:process>
        </bpmn:definitions>""";
    assertThat(String.join("\n", policy.problems("x.bpmn", bpmn.getBytes())))
        .contains("serviceTask Task_Class").contains("scriptTask Task_Script").contains("serviceTask Task_Expr");
    assertThat(policy.problems("form.html", "<script></script>".getBytes())).hasSize(1);
    assertThat(policy.problems("x.bpmn", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>".getBytes())).hasSize(1);
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"><decision id="d"><decisionTable id="t">
        <input id="i"><inputExpression id="e" expressionLanguage="javascript"><text>java.lang.System.exit(0)</text></inputExpression></input>
        <rule id="r"><inputEntry id="ie"><text>function(x) external {java: {class: "java.lang.Runtime", method signature: "getRuntime()"}}</text></inputEntry></rule>
        </decisionTable></decision></definitions>""";
    assertThat(policy.problems("d.dmn", dmn.getBytes())).hasSize(2);
  }

  @Test
  void expressionsSplitByCommentsOrCdataAndFeelConditionsAreRefused() {
    String head = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"p\">"
        + "<bpmn:sequenceFlow id=\"Flow_1\"><bpmn:conditionExpression";
    String tail = "</bpmn:conditionExpression></bpmn:sequenceFlow></bpmn:process></bpmn:definitions>";
    assertThat(policy.problems("a.bpmn", (head + ">$<!-- -->{''.getClass()}" + tail).getBytes())).hasSize(1);
    assertThat(policy.problems("b.bpmn", (head + ">$<![CDATA[{''.getClass()}]]>" + tail).getBytes())).hasSize(1);
    assertThat(policy.problems("c.bpmn", (head + " language=\"feel\">execution.getProcessEngineServices()" + tail).getBytes()))
        .hasSize(1);
    String formKey = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\">"
        + "<bpmn:process id=\"p\"><bpmn:userTask id=\"Task_1\" camunda:formKey=\"embedded:deployment:x.form\"/></bpmn:process></bpmn:definitions>";
    assertThat(policy.problems("d.bpmn", formKey.getBytes())).hasSize(1);
    assertThat(policy.problems("e.form", "<div>{{constructor}}</div>".getBytes())).hasSize(1);
  }
}
