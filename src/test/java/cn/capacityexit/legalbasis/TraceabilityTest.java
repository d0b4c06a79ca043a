package cn.capacityexit.legalbasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, clause traceability: every user task of every diagram and every row of every decision
 * table names its seed clause or statute (document number and section, or the law's article), or
 * says that it is the product's own choice.
 */
class TraceabilityTest {

  /** A plan (方案, a document number 〔year〕), a statute (《…法》) or the product's own choice (本产品). */
  static final Pattern CITES = Pattern.compile("方案|〔\\d{4}〕|法》|本产品");

  @Test
  void everyUserTaskNamesItsClauseOrSaysItIsTheProductsOwn() throws IOException {
    List<String> silent = new ArrayList<>();
    for (Path bpmn : files(".bpmn")) {
      Matcher task = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*>(.*?)</bpmn:userTask>", Pattern.DOTALL)
          .matcher(Files.readString(bpmn));
      while (task.find()) {
        Matcher doc = Pattern.compile("<bpmn:documentation>(.*?)</bpmn:documentation>", Pattern.DOTALL).matcher(task.group(2));
        if (!doc.find() || !CITES.matcher(doc.group(1)).find()) {
          silent.add(bpmn.getFileName() + "#" + task.group(1));
        }
      }
    }
    assertThat(silent).isEmpty();
  }

  @Test
  void everyDecisionRowNamesItsClauseOrSaysItIsTheProductsOwn() throws IOException {
    List<String> silent = new ArrayList<>();
    for (Path dmn : files(".dmn")) {
      Matcher rule = Pattern.compile("<rule id=\"([^\"]+)\">(.*?)</rule>", Pattern.DOTALL).matcher(Files.readString(dmn));
      while (rule.find()) {
        if (!CITES.matcher(rule.group(2)).find()) {
          silent.add(dmn.getFileName() + "#" + rule.group(1));
        }
      }
    }
    assertThat(silent).isEmpty();
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
