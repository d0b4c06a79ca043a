package cn.capacityexit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;

/**
 * The project's own conventions on every model an analyst opens in Modeler: a diagram for every
 * element, Chinese names, English IDs without generated suffixes, a history time to live, and on
 * every user task a candidate group, a form and a due date.
 */
class ModelConventionsTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern ENGLISH_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");
  private static final Pattern GENERATED = Pattern.compile(".*_[0-9a-z]{7}$");

  static Stream<String> bpmn() {
    return ModelDeployer.resources().keySet().stream().filter(n -> n.endsWith(".bpmn"));
  }

  static Stream<String> dmn() {
    return ModelDeployer.resources().keySet().stream().filter(n -> n.endsWith(".dmn"));
  }

  private static InputStream open(String name) throws IOException {
    Resource r = ModelDeployer.resources().get(name);
    return r.getInputStream();
  }

  @ParameterizedTest
  @MethodSource("bpmn")
  void everyDiagramFollowsTheConventions(String name) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = open(name)) {
      model = Bpmn.readModelFromStream(in);
    }
    List<String> problems = new ArrayList<>();
    for (Process p : model.getModelElementsByType(Process.class)) {
      if (p.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(p.getId() + ": no historyTimeToLive");
      }
      if (!CHINESE.matcher(String.valueOf(p.getName())).find()) {
        problems.add(p.getId() + ": process name not in Chinese");
      }
    }
    String definitions = new String(open(name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!definitions.contains("modeler:executionPlatformVersion=\"7.24.0\"")) {
      problems.add("definitions: executionPlatformVersion is not 7.24.0");
    }
    var shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
    var edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()).toList();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      checkId(node, problems);
      if (!shapes.contains(node.getId())) {
        problems.add(node.getId() + ": not in the diagram");
      }
      boolean unnamedJoin = node instanceof org.camunda.bpm.model.bpmn.instance.Gateway
          && (node.getOutgoing().size() <= 1 || node instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway);
      if ((node instanceof Task || node instanceof Event || (node instanceof ExclusiveGateway && !unnamedJoin))
          && (node.getName() == null || !CHINESE.matcher(node.getName()).find())) {
        problems.add(node.getId() + ": needs a Chinese name");
      }
      if (node instanceof ExclusiveGateway && !unnamedJoin && !node.getName().endsWith("?")) {
        problems.add(node.getId() + ": a deciding gateway is named as a question");
      }
      if (node instanceof UserTask task) {
        if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
          problems.add(node.getId() + ": no candidate group");
        }
        if (task.getCamundaFormRef() == null && task.getCamundaFormKey() == null) {
          problems.add(node.getId() + ": no form");
        }
        if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
          problems.add(node.getId() + ": no due date");
        }
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      checkId(flow, problems);
      if (!edges.contains(flow.getId())) {
        problems.add(flow.getId() + ": not in the diagram");
      }
    }
    assertThat(problems).as(name).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dmn")
  void everyDecisionHasAHistoryTimeToLiveAndAChineseName(String name) throws IOException {
    DmnModelInstance model;
    try (InputStream in = open(name)) {
      model = Dmn.readModelFromStream(in);
    }
    for (Decision d : model.getModelElementsByType(Decision.class)) {
      assertThat(d.getCamundaHistoryTimeToLiveString()).as(d.getId()).isNotBlank();
      assertThat(d.getName()).as(d.getId()).containsPattern(CHINESE);
      assertThat(d.getId()).as("decision ids are the keys code uses").matches("[a-z]+(-[a-z]+)*");
    }
  }

  private static void checkId(BaseElement element, List<String> problems) {
    if (!ENGLISH_ID.matcher(element.getId()).matches() || GENERATED.matcher(element.getId()).matches()) {
      problems.add(element.getId() + ": IDs are English words in Camunda's style (Task_IssueRectificationNotice)");
    }
  }
}
