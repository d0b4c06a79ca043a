package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.PayloadTooLargeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImportLimitsTest {

  private final ImportLimits limits = new ImportLimits(10_000, DataSize.ofKilobytes(1));

  @Test
  void readsUpToTheByteLimitAndRefusesOneByteMoreNamingTheLimit() throws Exception {
    assertThat(limits.read(new ByteArrayInputStream(new byte[1024]), "text/csv")).hasSize(1024);
    assertThatThrownBy(() -> limits.read(new ByteArrayInputStream(new byte[1025]), "text/csv"))
        .isInstanceOf(PayloadTooLargeException.class).hasMessage("导入文件超过上限：最多1KB");
    assertThat(ImportLimits.describe(DataSize.ofMegabytes(5).toBytes())).isEqualTo("5MB");
    assertThat(ImportLimits.describe(1500)).isEqualTo("1500字节");
  }

  @Test
  void decodesUtf8UnlessTheContentTypeNamesAnotherCharset() throws Exception {
    assertThat(limits.read(new ByteArrayInputStream("济宁".getBytes(StandardCharsets.UTF_8)), "text/csv")).isEqualTo("济宁");
    assertThat(limits.read(new ByteArrayInputStream("济宁".getBytes(Charset.forName("GBK"))), "text/csv;charset=GBK"))
        .isEqualTo("济宁");
  }
}
