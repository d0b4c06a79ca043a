package cn.capacityexit.registry;

import cn.capacityexit.web.FieldProblem;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.PayloadTooLargeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the enterprise import file: RFC 4180 CSV in UTF-8 (a byte order mark is ignored), a
 * header row in English or Chinese, then one enterprise per row, at most {@code maxRows} of them
 * (blank lines aside). One pass over the text, with Apache Commons CSV.
 */
final class EnterpriseCsv {

  static final List<String> COLUMNS = List.of("creditCode", "name", "jurisdiction", "sector", "address");
  private static final Map<String, String> CHINESE = Map.of(
      "统一社会信用代码", "creditCode", "企业名称", "name", "行政区划代码", "jurisdiction", "行业", "sector", "地址", "address");

  private EnterpriseCsv() {}

  static List<EnterpriseInput> parse(String text, int maxRows) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("body", "文件为空");
    }
    if (text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<List<String>> records = records(text, maxRows);
    List<String> header = records.get(0);
    Map<String, Integer> index = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      String column = COLUMNS.contains(h) ? h : CHINESE.get(h);
      if (column == null) {
        problems.add(new FieldProblem(0, "header", "未知列“" + h + "”，可用列：" + String.join(",", COLUMNS)));
      } else {
        index.put(column, i);
      }
    }
    for (String required : List.of("creditCode", "name", "jurisdiction", "sector")) {
      if (!index.containsKey(required)) {
        problems.add(new FieldProblem(0, "header", "缺少列 " + required));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<EnterpriseInput> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (isBlank(rec)) {
        continue;
      }
      if (rec.size() != header.size()) {
        problems.add(new FieldProblem(r, "row", "应有" + header.size() + "列，实际" + rec.size() + "列"));
        continue;
      }
      rows.add(new EnterpriseInput(cell(rec, index, "creditCode"), cell(rec, index, "name"),
          cell(rec, index, "jurisdiction"), cell(rec, index, "sector"), cell(rec, index, "address")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  private static String cell(List<String> record, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null ? null : record.get(i);
  }

  /** RFC 4180 as Excel and WPS write it; blank lines are kept as records (and skipped) so that row numbers match the file. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /**
   * Splits the text into records of fields (Commons CSV: quoted fields may hold commas, quotes ("")
   * and line breaks). Stops as soon as there are more than {@code maxRows} records after the header.
   */
  static List<List<String>> records(String text, int maxRows) {
    int dataRows = -1; // the header is the first record
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        List<String> fields = record.toList();
        if (!isBlank(fields) && ++dataRows > maxRows) {
          throw tooManyRows(maxRows);
        }
        records.add(fields);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidInputException("body", "CSV格式错误（引号未闭合或引号后有多余字符）：" + firstLine(e.getMessage()));
    }
    return records;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static PayloadTooLargeException tooManyRows(int maxRows) {
    return new PayloadTooLargeException("导入文件超过上限：最多" + maxRows + "行");
  }

  private static boolean isBlank(List<String> record) {
    return record.size() == 1 && record.get(0).isBlank();
  }
}
