package cn.capacityexit.registry;

import cn.capacityexit.web.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of one CSV import ({@code capacity-exit.import.*}), so that one request can hold
 * neither the heap nor a processor for long: the file is read up to {@code max-bytes}, the parser
 * stops after {@code max-rows} data rows.
 */
@Component
class ImportLimits {

  private final int maxRows;
  private final long maxBytes;

  ImportLimits(@Value("${capacity-exit.import.max-rows:10000}") int maxRows,
      @Value("${capacity-exit.import.max-bytes:5MB}") DataSize maxBytes) {
    this.maxRows = maxRows;
    this.maxBytes = maxBytes.toBytes();
  }

  int maxRows() {
    return maxRows;
  }

  /** The body as text in the charset of its content type (UTF-8 when none is given); refused past max-bytes. */
  String read(InputStream body, String contentType) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new PayloadTooLargeException("导入文件超过上限：最多" + describe(maxBytes));
    }
    Charset charset = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
    return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
  }

  static String describe(long bytes) {
    long mb = DataSize.ofMegabytes(1).toBytes();
    long kb = DataSize.ofKilobytes(1).toBytes();
    if (bytes % mb == 0) {
      return bytes / mb + "MB";
    }
    return bytes % kb == 0 ? bytes / kb + "KB" : bytes + "字节";
  }
}
