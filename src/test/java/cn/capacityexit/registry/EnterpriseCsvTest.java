package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseCsvTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<EnterpriseInput> rows = EnterpriseCsv.parse(
        "creditCode,name,jurisdiction,sector,address\r\n"
            + "91350100M000100Y43,\"某某\"\"新\"\"材料，有限公司\",370800,STEEL,\"济宁市\n任城区\"\r\n");
    assertThat(rows).containsExactly(
        new EnterpriseInput("91350100M000100Y43", "某某\"新\"材料，有限公司", "370800", "STEEL", "济宁市\n任城区"));
  }

  @Test
  void acceptsChineseHeadersInAnyOrderAndAByteOrderMark() {
    List<EnterpriseInput> rows = EnterpriseCsv.parse(
        "\uFEFF企业名称,统一社会信用代码,行业,行政区划代码\n济宁甲公司,91350100M000100Y43,钢铁,370800\n");
    assertThat(rows).containsExactly(new EnterpriseInput("91350100M000100Y43", "济宁甲公司", "370800", "钢铁", null));
  }

  @Test
  void refusesUnknownOrMissingColumnsAndRaggedRows() {
    assertThatThrownBy(() -> EnterpriseCsv.parse("creditCode,name,province\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.reason())
            .anySatisfy(r -> assertThat(r).contains("未知列“province”"))
            .anySatisfy(r -> assertThat(r).contains("缺少列 jurisdiction")));
    assertThatThrownBy(() -> EnterpriseCsv.parse("creditCode,name,jurisdiction,sector\n1,2,3\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).row()).isEqualTo(1));
  }
}
