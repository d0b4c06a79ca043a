package cn.capacityexit.sealing;

import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence files: JPEG, PNG or PDF up to 20 MB, recognised by their content (not by the name or
 * the declared type), stored with type, size, SHA-256, uploader and time.
 */
@Repository
public class EvidenceStore {

  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final RowMapper<Evidence> MAPPER = (rs, n) -> {
    EvidenceStep step = EvidenceStep.valueOf(rs.getString("step"));
    return new Evidence(rs.getLong("id"), rs.getString("elimination_number"), step, step.label(), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class), null);
  };

  private final JdbcClient jdbc;
  private final Clock clock;

  public EvidenceStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The type of the content, or null when it is none of JPEG, PNG and PDF. */
  static String detectType(byte[] content) {
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "application/pdf";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content == null || content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Checks and stores one file; the field names the form input or API part it came from. */
  public Evidence store(String eliminationNumber, EvidenceStep step, String fileName, byte[] content, String uploadedBy, String field) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(field, "文件为空");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException(field, "文件超过20MB（" + (content.length / (1024 * 1024)) + "MB），请压缩后上传");
    }
    String type = detectType(content);
    if (type == null) {
      throw new InvalidInputException(field, "只接受JPEG、PNG图片或PDF文件，“" + safeName(fileName) + "”不是其中一种");
    }
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("INSERT INTO ds_evidence (elimination_number, step, file_name, content_type, size_bytes, sha256, uploaded_by,"
            + " uploaded_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(eliminationNumber, step.name(), safeName(fileName), type, (long) content.length, sha256(content), uploadedBy, at, content)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return jdbc.sql("SELECT id, elimination_number, step, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
        + " FROM ds_evidence WHERE id = ?").param(id).query(MAPPER).single();
  }

  public List<Evidence> list(String eliminationNumber) {
    return jdbc.sql("SELECT id, elimination_number, step, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
        + " FROM ds_evidence WHERE elimination_number = ? ORDER BY id").param(eliminationNumber).query(MAPPER).list();
  }

  public byte[] content(String eliminationNumber, long id) {
    return jdbc.sql("SELECT content FROM ds_evidence WHERE elimination_number = ? AND id = ?").params(eliminationNumber, id)
        .query((rs, n) -> rs.getBytes(1)).optional()
        .orElseThrow(() -> new NotFoundException("没有编号为" + id + "的佐证材料"));
  }

  public Evidence metadata(String eliminationNumber, long id) {
    return list(eliminationNumber).stream().filter(e -> e.id() == id).findFirst()
        .orElseThrow(() -> new NotFoundException("没有编号为" + id + "的佐证材料"));
  }

  /** Refuses to go on while a required step has no evidence. */
  public void require(String eliminationNumber, EvidenceStep... steps) {
    Set<EvidenceStep> present = list(eliminationNumber).stream().map(Evidence::step).collect(Collectors.toSet());
    Set<EvidenceStep> missing = EnumSet.noneOf(EvidenceStep.class);
    Arrays.stream(steps).filter(s -> !present.contains(s)).forEach(missing::add);
    if (!missing.isEmpty()) {
      throw new InvalidInputException("evidence", "缺少佐证材料："
          + missing.stream().map(EvidenceStep::label).collect(Collectors.joining("、")) + "（JPEG、PNG或PDF，20MB以内）");
    }
  }

  static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "未命名";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
