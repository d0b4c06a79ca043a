package cn.capacityexit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CapacityExits;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual exit table as JSON, CSV and XLSX: one row per line exited in the year, totals that add up. */
class AnnualExitsIntegrationTests extends IntegrationTest {

  private static final int YEAR = 2024;
  private static boolean seeded;

  @Autowired
  CapacityExits exits;

  @BeforeAll
  static void reset() {
    seeded = false;
  }

  private long line(String officer, String jurisdiction, String sector, int n, double capacity, String unit) {
    String first17 = "91" + jurisdiction + String.format("%09d", 550000000 + n * 31);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http http = http().as(officer);
    http.post("/api/enterprises", Map.of("creditCode", code, "name", "退出统计企业" + n, "jurisdiction", jurisdiction, "sector", sector));
    return http.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "线" + n, "equipmentType", "装置",
        "capacity", capacity, "capacityUnit", unit)).json().get("id").asLong();
  }

  private void seed() {
    if (seeded) {
      return;
    }
    exits.record(line("jining-miit", "370800", "CEMENT", 1, 2000, "吨/日"), "ZG-370800-2024-0901", "TECHNOLOGY",
        CapacityExits.Method.DISMANTLED, LocalDate.of(YEAR, 5, 10));
    exits.record(line("jining-miit", "370800", "CEMENT", 2, 1500, "吨/日"), "ZG-370800-2024-0902", "ENERGY",
        CapacityExits.Method.CLOSED, LocalDate.of(YEAR, 8, 1));
    exits.record(line("weihai-miit", "371000", "COKING", 3, 60, "万吨/年"), "ZG-371000-2024-0901", "ENVIRONMENT",
        CapacityExits.Method.SEALED, LocalDate.of(YEAR, 9, 1));
    exits.record(line("weihai-miit", "371000", "CEMENT", 4, 700.5, "吨/日"), null, "TECHNOLOGY",
        CapacityExits.Method.DISMANTLED, LocalDate.of(YEAR, 12, 31));
    exits.record(line("weihai-miit", "371000", "CEMENT", 5, 999, "吨/日"), null, "TECHNOLOGY",
        CapacityExits.Method.DISMANTLED, LocalDate.of(YEAR + 1, 1, 1));
    seeded = true;
  }

  @Test
  void theProvinceTableHasEveryLineOfItsCitiesInTheYearAndTotalsThatAddUp() {
    seed();
    JsonNode table = http().as("shandong-miit").get("/api/reports/annual-exits?jurisdiction=370000&year=" + YEAR).json();
    assertThat(table.get("rows")).hasSize(4);
    BigDecimal cementRows = BigDecimal.ZERO;
    for (JsonNode r : table.get("rows")) {
      if (r.get("sector").asText().equals("CEMENT")) {
        cementRows = cementRows.add(r.get("capacity").decimalValue());
      }
    }
    JsonNode cement = null;
    for (JsonNode t : table.get("totals")) {
      if (t.get("sector").asText().equals("CEMENT") && t.get("capacityUnit").asText().equals("吨/日")) {
        cement = t;
      }
    }
    assertThat(cement.get("capacity").decimalValue()).isEqualByComparingTo(cementRows).isEqualByComparingTo("4200.5");
    assertThat(cement.get("enterprises").asLong()).isEqualTo(3);
    assertThat(cement.get("lines").asLong()).isEqualTo(3);
    assertThat(table.get("rows")).anySatisfy(r -> {
      assertThat(r.get("methodName").asText()).isEqualTo("封存待拆除");
      assertThat(r.get("sectorName").asText()).isEqualTo("焦化");
    });

    JsonNode jining = http().as("jining-miit").get("/api/reports/annual-exits?jurisdiction=370800&year=" + YEAR).json();
    assertThat(jining.get("rows")).hasSize(2).allSatisfy(r -> assertThat(r.get("jurisdiction").asText()).isEqualTo("370800"));
    assertThat(http().as("jining-miit").get("/api/reports/annual-exits?jurisdiction=371000&year=" + YEAR).status()).isEqualTo(403);
    assertThat(http().as("jining-miit").get("/api/reports/annual-exits?year=" + YEAR).status()).isEqualTo(400);
    assertThat(http().as("jining-miit").get("/api/reports/annual-exits?jurisdiction=370800&year=" + YEAR + "&format=pdf").status()).isEqualTo(400);
  }

  @Test
  void theTableDownloadsAsCsvAndXlsxWithTheSameTotals() throws Exception {
    seed();
    String auth = "Basic " + Base64.getEncoder().encodeToString("shandong-miit:demo".getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/reports/annual-exits?jurisdiction=370000&year=" + YEAR + "&format=csv")).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-disposition").orElseThrow()).contains("attachment");
    assertThat(csv.body()).startsWith("\uFEFF行政区划,企业名称").contains("合计,水泥,吨/日,3,3,4200.5").contains("合计,焦化,万吨/年,1,1,60");

    HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/reports/annual-exits?jurisdiction=370000&year=" + YEAR + "&format=xlsx")).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet rows = book.getSheetAt(0);
      assertThat(rows.getLastRowNum()).isEqualTo(4);
      double sum = 0;
      for (int i = 1; i <= rows.getLastRowNum(); i++) {
        if (rows.getRow(i).getCell(3).getStringCellValue().equals("水泥")) {
          sum += rows.getRow(i).getCell(6).getNumericCellValue();
        }
      }
      Sheet totals = book.getSheet("合计");
      double cementTotal = 0;
      for (int i = 1; i <= totals.getLastRowNum(); i++) {
        if (totals.getRow(i).getCell(0).getStringCellValue().equals("水泥")) {
          cementTotal = totals.getRow(i).getCell(4).getNumericCellValue();
        }
      }
      assertThat(cementTotal).isEqualTo(sum).isEqualTo(4200.5);
    }
  }
}
