package cn.capacityexit.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The documents and their files (table doc_document). */
@Repository
public class DocumentStore {

  private static final String COLUMNS = "id, reference, jurisdiction_code, kind, doc_number, issuer, issuer_name, title, recipient,"
      + " issued_on, template, created_by, created_at, content_sha256, pdf_sha256, docx_sha256, seal, served_method, served_on, served_by,"
      + " proof_sha256, proof_uploaded_at";

  private final JdbcClient jdbc;

  public DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record NewDocument(String reference, String jurisdiction, DocumentKind kind, String number, String issuer, String issuerName,
      String title, String recipient, LocalDate issuedOn, String template, String by, OffsetDateTime at, String content,
      String contentSha) {}

  long insert(NewDocument d) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO doc_document (reference, jurisdiction_code, kind, doc_number, issuer, issuer_name, title, recipient,"
            + " issued_on, template, created_by, created_at, content, content_sha256)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.reference(), d.jurisdiction(), d.kind().name(), d.number(), d.issuer(), d.issuerName(), d.title(), d.recipient(),
            d.issuedOn(), d.template(), d.by(), d.at(), d.content(), d.contentSha())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<IssuedDocument> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM doc_document WHERE id = ?").param(id).query(DocumentStore::map).optional();
  }

  public List<IssuedDocument> ofReference(String reference) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM doc_document WHERE reference = ? ORDER BY id").param(reference)
        .query(DocumentStore::map).list();
  }

  /** The latest document of a kind for a reference, if any. */
  public Optional<IssuedDocument> latest(String reference, DocumentKind kind) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM doc_document WHERE reference = ? AND kind = ? ORDER BY id DESC")
        .params(reference, kind.name()).query(DocumentStore::map).list().stream().findFirst();
  }

  byte[] file(long id, String column) {
    if (!List.of("pdf", "docx", "receipt_pdf", "proof").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    return jdbc.sql("SELECT " + column + " FROM doc_document WHERE id = ?").param(id).query(byte[].class).optional().orElse(null);
  }

  String content(long id) {
    return jdbc.sql("SELECT content FROM doc_document WHERE id = ?").param(id).query(String.class).single();
  }

  /** Keeps a laid-out file the first time it is made (a second maker, racing, leaves the first one). */
  void keep(long id, String column, byte[] content, String sha) {
    String shaColumn = switch (column) {
      case "pdf" -> "pdf_sha256";
      case "docx" -> "docx_sha256";
      case "receipt_pdf" -> null;
      default -> throw new IllegalArgumentException(column);
    };
    jdbc.sql("UPDATE doc_document SET " + column + " = ?" + (shaColumn == null ? "" : ", " + shaColumn + " = ?")
            + " WHERE id = ? AND " + column + " IS NULL")
        .params(shaColumn == null ? new Object[] {content, id} : new Object[] {content, sha, id}).update();
  }

  String proofType(long id) {
    return jdbc.sql("SELECT proof_type FROM doc_document WHERE id = ?").param(id).query(String.class).single();
  }

  void served(long id, String method, LocalDate on, String by, String seal, OffsetDateTime at) {
    jdbc.sql("UPDATE doc_document SET served_method = ?, served_on = ?, served_by = ?, seal = COALESCE(?, seal),"
        + " served_recorded_at = ? WHERE id = ?").params(method, on, by, seal, at, id).update();
  }

  void proof(long id, byte[] content, String type, String sha, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE doc_document SET proof = ?, proof_type = ?, proof_sha256 = ?, proof_uploaded_by = ?, proof_uploaded_at = ?"
        + " WHERE id = ?").params(content, type, sha, by, at, id).update();
  }

  private static IssuedDocument map(ResultSet rs, int n) throws SQLException {
    String method = rs.getString("served_method");
    return new IssuedDocument(rs.getLong("id"), rs.getString("reference"), rs.getString("jurisdiction_code"),
        DocumentKind.valueOf(rs.getString("kind")), rs.getString("doc_number"), rs.getString("issuer"), rs.getString("issuer_name"),
        rs.getString("title"), rs.getString("recipient"), rs.getObject("issued_on", LocalDate.class), rs.getString("template"),
        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("content_sha256"),
        rs.getString("pdf_sha256"),
        rs.getString("docx_sha256"), rs.getString("seal"), method,
        method == null ? null : IssuedDocument.Method.valueOf(method).label(), rs.getObject("served_on", LocalDate.class),
        rs.getString("served_by"), rs.getString("proof_sha256"), rs.getObject("proof_uploaded_at", OffsetDateTime.class));
  }
}
