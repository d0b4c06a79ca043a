package cn.capacityexit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.reporting.CampaignProcess;
import cn.capacityexit.sealing.EliminationProcess;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import cn.capacityexit.measures.MeasureProcess;
import org.junit.jupiter.api.Test;

/**
 * The names classes and the diagrams agree: every element id and message a names class gives
 * exists in its process's BPMN, and every form a diagram names is a file that is deployed.
 */
class ProcessNamesTest {

  static final Pattern ELEMENT = Pattern.compile("(Task|Event|Gateway|Flow|CallActivity|SubProcess|Activity)_[A-Za-z0-9]+");

  @Test
  void everyElementAndMessageOfANamesClassIsInItsDiagram() throws Exception {
    check(RectificationProcess.class, "processes/rectification-to-closure.bpmn");
    check(EliminationProcess.class, "processes/dismantle-or-seal.bpmn");
    check(CampaignProcess.class, "processes/annual-campaign.bpmn", "processes/annual-campaign-launcher.bpmn",
        "processes/milestone-supervision.bpmn");
    check(MeasureProcess.class, "processes/joint-measure.bpmn");
    check(cn.capacityexit.licences.LicenceProcess.class, "processes/licence-check.bpmn");
    check(cn.capacityexit.credit.RatingProcess.class, "processes/environmental-credit-rating.bpmn", "processes/repair-credit-record.bpmn");
    check(cn.capacityexit.evaluation.EvaluationProcess.class, "processes/per-mu-evaluation.bpmn");
  }

  @Test
  void everyFormADiagramNamesIsDeployed() throws IOException {
    try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(diagram);
        Matcher ref = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(xml);
        while (ref.find()) {
          Path form = Path.of("forms", ref.group(1) + ".form");
          assertThat(form).as(diagram + " names form " + ref.group(1)).exists();
          assertThat(Files.readString(form)).as(form + " has the id the diagram names").contains("\"id\": \"" + ref.group(1) + "\"");
        }
        Matcher key = Pattern.compile("camunda:formKey=\"embedded:deployment:([^\"]+)\"").matcher(xml);
        while (key.find()) {
          assertThat(Path.of(key.group(1))).as(diagram + " names embedded form " + key.group(1)).exists();
        }
      }
    }
  }

  private static void check(Class<?> names, String... diagrams) throws Exception {
    StringBuilder xml = new StringBuilder();
    for (String d : diagrams) {
      xml.append(Files.readString(Path.of(d)));
    }
    List<String> missing = new ArrayList<>();
    for (Field f : names.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue;
      }
      String value = (String) f.get(null);
      boolean element = ELEMENT.matcher(value).matches();
      boolean message = f.getName().startsWith("MESSAGE_");
      boolean key = f.getName().equals("KEY") || f.getName().endsWith("_KEY") && value.contains("-");
      if (element && !xml.toString().contains("id=\"" + value + "\"")
          || message && !xml.toString().contains("name=\"" + value + "\"")
          || key && !xml.toString().contains("<bpmn:process id=\"" + value + "\"")) {
        missing.add(names.getSimpleName() + "." + f.getName() + " = " + value);
      }
    }
    assertThat(missing).as("names not in " + String.join(", ", diagrams)).isEmpty();
  }
}
