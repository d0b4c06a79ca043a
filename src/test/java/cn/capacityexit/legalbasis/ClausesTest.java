package cn.capacityexit.legalbasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clause catalogue is true to the repository: every plan of seeds/ is listed, every reference
 * names a file that exists and an element, rule, key or method that the file holds, and the clauses
 * fixed by issue 13 stand as faithful.
 */
class ClausesTest {

  static final List<Plan> PLANS = Clauses.load();

  @Test
  void theFivePlansAreListedWithTheirClauses() {
    assertThat(PLANS).extracting(Plan::jurisdiction).containsExactly("370000", "370800", "371000", "371500", "440000");
    assertThat(PLANS).allSatisfy(p -> assertThat(p.clauses()).hasSizeGreaterThan(20));
    assertThat(PLANS).allSatisfy(p -> assertThat(p.clauses()).extracting(Clause::id).doesNotHaveDuplicates());
  }

  @Test
  void everyReferenceNamesAnExistingFileAndSomethingInIt() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Plan p : PLANS) {
      for (Clause c : p.clauses()) {
        if (c.status() == Clause.Status.MISSING || c.status() == Clause.Status.NOT_OPERATIVE) {
          if (!c.implementedBy().isEmpty()) {
            broken.add(p.jurisdiction() + " " + c.id() + ": " + c.status() + " but implemented by " + c.implementedBy());
          }
          continue;
        }
        if (c.implementedBy().isEmpty()) {
          broken.add(p.jurisdiction() + " " + c.id() + ": " + c.status() + " without a reference");
        }
        for (String ref : c.implementedBy()) {
          int hash = ref.indexOf('#');
          Path file = Path.of(hash < 0 ? ref : ref.substring(0, hash));
          if (!Files.isRegularFile(file)) {
            broken.add(p.jurisdiction() + " " + c.id() + ": no file " + file);
          } else if (hash >= 0 && !Files.readString(file).contains(ref.substring(hash + 1))) {
            broken.add(p.jurisdiction() + " " + c.id() + ": " + file + " holds no " + ref.substring(hash + 1));
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /**
   * Issue 13, items 1–4: the closures of energy (节约能源法第七十二条) and quality, what they close, the quality
   * measure, the environment's serious cases and Guangdong's sanctions and transfers now follow the plans.
   */
  @Test
  void theClausesOfTheLawfulProcedureAreFaithful() {
    Map<String, Clause.Status> status = PLANS.stream().flatMap(p -> p.clauses().stream().map(c -> Map.entry(p.jurisdiction() + " " + c.id(), c.status())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(status).containsEntry("370000 二(一)2-b", Clause.Status.FAITHFUL)   // 鲁工信产〔2022〕124号: energy closure
        .containsEntry("370000 二(三)2-b", Clause.Status.FAITHFUL)                  // 依法查处并责令停产整改
        .containsEntry("370000 二(三)2-c", Clause.Status.FAITHFUL)                  // 报经有批准权的人民政府依法关停退出
        .containsEntry("370000 二(二)3-b", Clause.Status.FAITHFUL)                  // 情节严重的，报经批准，责令停业、关闭
        .containsEntry("370800 二(一)-b", Clause.Status.FAITHFUL)                   // 济宁: energy closure
        .containsEntry("370800 二(六)-b", Clause.Status.FAITHFUL)                   // line or enterprise
        .containsEntry("371000 三(三)-a", Clause.Status.FAITHFUL)                   // 威工信字〔2021〕63号: quality measure
        .containsEntry("371500 二(三)2-c", Clause.Status.FAITHFUL)                  // 聊城: quality closure
        .containsEntry("440000 二(三)3-b", Clause.Status.FAITHFUL)                  // 广东: 吊销营业执照 as a sanction
        .containsEntry("440000 二(三)3-c", Clause.Status.FAITHFUL);                 // 广东: 移送公安机关
  }

  @Test
  void theCountsAddUp() {
    for (Plan p : PLANS) {
      assertThat(p.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(p.clauses().size());
      assertThat(p.faithfulPercent()).isBetween(0.0, 100.0);
    }
  }
}
