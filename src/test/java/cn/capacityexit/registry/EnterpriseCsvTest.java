package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.PayloadTooLargeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseCsvTest {

  private static final int MAX = 10_000;

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<EnterpriseInput> rows = EnterpriseCsv.parse(
        "creditCode,name,jurisdiction,sector,address\r\n"
            + "91350100M000100Y43,\"某某\"\"新\"\"材料，有限公司\",370800,STEEL,\"济宁市\n任城区\"\r\n", MAX);
    assertThat(rows).containsExactly(
        new EnterpriseInput("91350100M000100Y43", "某某\"新\"材料，有限公司", "370800", "STEEL", "济宁市\n任城区"));
  }

  @Test
  void acceptsChineseHeadersInAnyOrderAndAByteOrderMark() {
    List<EnterpriseInput> rows = EnterpriseCsv.parse(
        "\uFEFF企业名称,统一社会信用代码,行业,行政区划代码\n济宁甲公司,91350100M000100Y43,钢铁,370800\n", MAX);
    assertThat(rows).containsExactly(new EnterpriseInput("91350100M000100Y43", "济宁甲公司", "370800", "钢铁", null));
  }

  @Test
  void refusesUnknownOrMissingColumnsAndRaggedRows() {
    assertThatThrownBy(() -> EnterpriseCsv.parse("creditCode,name,province\n", MAX))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.reason())
            .anySatisfy(r -> assertThat(r).contains("未知列“province”"))
            .anySatisfy(r -> assertThat(r).contains("缺少列 jurisdiction")));
    assertThatThrownBy(() -> EnterpriseCsv.parse("creditCode,name,jurisdiction,sector\n1,2,3\n", MAX))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).row()).isEqualTo(1));
  }

  @Test
  void stopsAtTheRowLimitAndSaysWhatItIsBlankLinesAside() {
    String header = "creditCode,name,jurisdiction,sector\n";
    String row = "91350100M000100Y43,某公司,370800,STEEL\n";
    assertThat(EnterpriseCsv.parse(header + row.repeat(3) + "\n\n\r\n", 3)).hasSize(3);
    assertThatThrownBy(() -> EnterpriseCsv.parse(header + row.repeat(4), 3))
        .isInstanceOf(PayloadTooLargeException.class).hasMessage("导入文件超过上限：最多3行");
    assertThatThrownBy(() -> EnterpriseCsv.parse(header + row.repeat(3) + "x", 3))
        .as("a last row without a line break counts too").isInstanceOf(PayloadTooLargeException.class);
  }

  @Test
  void anUnclosedQuoteIsOneClearProblemOfTheBody() {
    assertThatThrownBy(() -> EnterpriseCsv.parse("creditCode,name,jurisdiction,sector\n91350100M000100Y43,\"某公司,370800,STEEL\n", MAX))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("body"))
            .satisfies(p -> assertThat(p.reason()).contains("引号未闭合")));
  }

  @Test
  void readsFiftyThousandRowsInOnePass() {
    StringBuilder csv = new StringBuilder("creditCode,name,jurisdiction,sector,address\n");
    for (int i = 0; i < 50_000; i++) {
      csv.append("X").append(i).append(",,999999,BAKERY,\"地址,").append(i).append("\"\n");
    }
    List<EnterpriseInput> rows = EnterpriseCsv.parse(csv.toString(), 50_000);
    assertThat(rows).hasSize(50_000);
    assertThat(rows.get(49_999)).isEqualTo(new EnterpriseInput("X49999", "", "999999", "BAKERY", "地址,49999"));
  }
}
