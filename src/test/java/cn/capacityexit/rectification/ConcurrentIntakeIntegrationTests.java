package cn.capacityexit.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Officers register findings at the same moment, including the first case of a jurisdiction's
 * year: every one gets 201 and its own number, in sequence. (Found by the benchmark: two first
 * numbers of a year met on a duplicate key, which aborted the transaction on PostgreSQL.)
 */
class ConcurrentIntakeIntegrationTests extends IntegrationTest {

  @Test
  void findingsRegisteredAtOnceGetDistinctNumbersInSequence() throws Exception {
    Http officer = http().as("weihai-miit");
    StringBuilder csv = new StringBuilder("creditCode,name,jurisdiction,sector,address\n");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String first17 = "91371000" + String.format("%09d", 440000000 + i * 19);
      String code = first17 + CreditCode.checkCharacter(first17);
      codes.add(code);
      csv.append(code).append(",并发登记企业").append(i).append(",371000,CEMENT,威海\n");
    }
    assertThat(officer.send("POST", "/api/enterprises/import", "text/csv", csv.toString()).status()).isBetween(200, 201);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (String code : codes) {
      Callable<Http.Response> open = () -> http().as("weihai-miit").post("/api/cases", Map.of("enterpriseCreditCode", code,
          "dimension", "ENERGY", "findingDate", "2024-03-01", "description", "能耗超标"));
      answers.add(pool.submit(open));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<Http.Response> f : answers) {
      Http.Response r = f.get();
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      numbers.add(r.json().get("caseNumber").asText());
    }
    pool.shutdown();
    assertThat(new HashSet<>(numbers)).hasSize(codes.size());
    // In sequence: consecutive numbers of the year (other tests of the run may have numbered before).
    List<Integer> sequence = numbers.stream().peek(n -> assertThat(n).startsWith("ZG-371000-2024-"))
        .map(n -> Integer.valueOf(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
    for (int i = 1; i < sequence.size(); i++) {
      assertThat(sequence.get(i)).isEqualTo(sequence.get(i - 1) + 1);
    }
  }
}
