package cn.capacityexit.reporting;

import cn.capacityexit.inspection.ComprehensiveEvaluations;
import cn.capacityexit.measures.JointMeasures;
import cn.capacityexit.measures.MeasureTally;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.InvalidInputException;
import java.io.BufferedWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/reports/annual-exits?jurisdiction=&year=&format=json|csv|xlsx}: the annual exit table, its totals and
 * the joint measures of the year per department.
 */
@RestController
public class ReportController {

  static final String[] HEADER = {"行政区划", "企业名称", "统一社会信用代码", "行业", "生产线（设备）", "设备类型", "产能", "单位",
      "维度", "退出方式", "退出日期", "案件编号"};
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String[] MEASURE_HEADER = {"负责部门", "措施", "提出", "已落实", "不适用", "已解除", "已撤回", "未办结"};

  private final AnnualExits exits;
  private final JointMeasures measures;
  private final ComprehensiveEvaluations evaluations;

  public ReportController(AnnualExits exits, JointMeasures measures, ComprehensiveEvaluations evaluations) {
    this.exits = exits;
    this.measures = measures;
    this.evaluations = evaluations;
  }

  @GetMapping("/api/reports/annual-exits")
  public Map<String, Object> annualExits(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "json") String format) {
    if (!format.equalsIgnoreCase("json")) {
      throw new InvalidInputException("format", "应为json、csv或xlsx");
    }
    List<String> scope = exits.scope(caller, jurisdiction, year);
    List<ExitRow> rows = new ArrayList<>();
    List<ExitTotal> totals = exits.rows(scope, year, rows::add);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jurisdiction", jurisdiction);
    body.put("year", year);
    body.put("rows", rows);
    body.put("totals", totals);
    body.put("measures", measures.tally(scope, year));
    // 综合标准评价: the year's evaluations per dimension (Jining, Weihai 四(二): the report cites them).
    body.put("comprehensiveEvaluation", evaluations.tally(scope, year));
    return body;
  }

  @GetMapping(path = "/api/reports/annual-exits", params = "format=csv")
  public ResponseEntity<StreamingResponseBody> annualExitsCsv(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year) {
    List<String> scope = exits.scope(caller, jurisdiction, year);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(jurisdiction, year) + ".csv"))
        .body(out -> csv(scope, year, out));
  }

  @GetMapping(path = "/api/reports/annual-exits", params = "format=xlsx")
  public ResponseEntity<StreamingResponseBody> annualExitsXlsx(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year) {
    List<String> scope = exits.scope(caller, jurisdiction, year);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(jurisdiction, year) + ".xlsx"))
        .body(out -> xlsx(scope, year, jurisdiction, out));
  }

  private static String fileName(String jurisdiction, Integer year) {
    return "落后产能退出情况统计表-" + jurisdiction + "-" + year;
  }

  private static String attachment(String fileName) {
    return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
  }

  /** RFC 4180 with CRLF, written by Commons CSV; a byte order mark first so that Excel reads UTF-8. */
  private void csv(List<String> scope, int year, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
    csv.printRecord((Object[]) HEADER);
    List<ExitTotal> totals = exits.rows(scope, year, r -> line(csv, List.of(text(r.jurisdictionName()), text(r.enterpriseName()),
        text(r.creditCode()), text(r.sectorName()), text(r.line()), text(r.equipmentType()), r.capacity().toPlainString(),
        text(r.capacityUnit()), text(r.dimensionName()), text(r.methodName()), String.valueOf(r.exitDate()), text(r.caseNumber()))));
    csv.println();
    csv.printRecord("合计", "行业", "单位", "企业数", "生产线数", "产能");
    for (ExitTotal t : totals) {
      line(csv, List.of("合计", text(t.sectorName()), text(t.capacityUnit()), String.valueOf(t.enterprises()),
          String.valueOf(t.lines()), t.capacity().toPlainString()));
    }
    csv.println();
    csv.printRecord((Object[]) MEASURE_HEADER);
    for (MeasureTally m : measures.tally(scope, year)) {
      line(csv, List.of(text(m.departmentName()), text(m.title()), String.valueOf(m.raised()), String.valueOf(m.applied()),
          String.valueOf(m.notApplicable()), String.valueOf(m.lifted()), String.valueOf(m.withdrawn()), String.valueOf(m.open())));
    }
    csv.flush();
  }

  /** A text cell of the CSV: never null, never read as a formula. */
  private static String text(String value) {
    return value == null ? "" : SpreadsheetText.neutralise(value);
  }

  private static void line(CSVPrinter csv, List<String> cells) {
    try {
      csv.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void xlsx(List<String> scope, int year, String jurisdiction, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(year + "年落后产能退出情况");
      int[] r = {0};
      Row header = sheet.createRow(r[0]++);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      List<ExitTotal> totals = exits.rows(scope, year, x -> {
        Row row = sheet.createRow(r[0]++);
        String[] text = {x.jurisdictionName(), x.enterpriseName(), x.creditCode(), x.sectorName(), x.line(), x.equipmentType()};
        for (int i = 0; i < text.length; i++) {
          row.createCell(i).setCellValue(SpreadsheetText.neutralise(text[i]));
        }
        row.createCell(6).setCellValue(x.capacity().doubleValue());
        row.createCell(7).setCellValue(SpreadsheetText.neutralise(x.capacityUnit()));
        row.createCell(8).setCellValue(SpreadsheetText.neutralise(x.dimensionName()));
        row.createCell(9).setCellValue(SpreadsheetText.neutralise(x.methodName()));
        row.createCell(10).setCellValue(String.valueOf(x.exitDate()));
        row.createCell(11).setCellValue(text(x.caseNumber()));
      });
      Sheet sums = book.createSheet("合计");
      Row head = sums.createRow(0);
      String[] sumHeader = {"行业", "单位", "企业数", "生产线数", "产能"};
      for (int i = 0; i < sumHeader.length; i++) {
        head.createCell(i).setCellValue(sumHeader[i]);
      }
      int n = 1;
      for (ExitTotal t : totals) {
        Row row = sums.createRow(n++);
        row.createCell(0).setCellValue(SpreadsheetText.neutralise(t.sectorName()));
        row.createCell(1).setCellValue(SpreadsheetText.neutralise(t.capacityUnit()));
        row.createCell(2).setCellValue(t.enterprises());
        row.createCell(3).setCellValue(t.lines());
        row.createCell(4).setCellValue(t.capacity().doubleValue());
      }
      Sheet joint = book.createSheet("联合措施");
      Row jointHead = joint.createRow(0);
      for (int i = 0; i < MEASURE_HEADER.length; i++) {
        jointHead.createCell(i).setCellValue(MEASURE_HEADER[i]);
      }
      int m = 1;
      for (MeasureTally t : measures.tally(scope, year)) {
        Row row = joint.createRow(m++);
        row.createCell(0).setCellValue(SpreadsheetText.neutralise(t.departmentName()));
        row.createCell(1).setCellValue(SpreadsheetText.neutralise(t.title()));
        long[] counts = {t.raised(), t.applied(), t.notApplicable(), t.lifted(), t.withdrawn(), t.open()};
        for (int i = 0; i < counts.length; i++) {
          row.createCell(2 + i).setCellValue(counts[i]);
        }
      }
      Sheet evaluated = book.createSheet("综合标准评价");
      Row evalHead = evaluated.createRow(0);
      String[] evalHeader = {"方面", "评价企业数", "达标", "不达标"};
      for (int i = 0; i < evalHeader.length; i++) {
        evalHead.createCell(i).setCellValue(evalHeader[i]);
      }
      int e = 1;
      for (ComprehensiveEvaluations.Tally t : evaluations.tally(scope, year)) {
        Row row = evaluated.createRow(e++);
        row.createCell(0).setCellValue(t.dimensionName());
        row.createCell(1).setCellValue(t.evaluated());
        row.createCell(2).setCellValue(t.passed());
        row.createCell(3).setCellValue(t.failed());
      }
      book.write(out);
    }
  }
}
