package cn.capacityexit.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A document as issued and served, without its files (they are downloaded by their addresses). */
public record IssuedDocument(long id, String reference, String jurisdiction, DocumentKind kind, String number, String issuer,
    String issuerName, String title, String recipient, LocalDate issuedOn, String template, String createdBy,
    OffsetDateTime createdAt, String contentSha256, String pdfSha256, String docxSha256, String seal, String servedMethod, String servedMethodName,
    LocalDate servedOn, String servedBy, String proofSha256, OffsetDateTime proofUploadedAt) {

  public String pdfUrl() {
    return "/api/documents/" + id + "/pdf";
  }

  public String docxUrl() {
    return "/api/documents/" + id + "/docx";
  }

  public String receiptUrl() {
    return "/api/documents/" + id + "/receipt";
  }

  /** Where the public reads it (only the announcement and the pledge are public). */
  public String publicUrl() {
    return kind.publicDocument() ? "/api/public/documents/" + id + "/pdf" : null;
  }

  public String proofUrl() {
    return "/api/documents/" + id + "/proof";
  }

  /** How a document was served (行政处罚法第六十一条; 民事诉讼法 on service, which the law refers to). */
  public enum Method {
    DIRECT("直接送达"),
    LEFT("留置送达"),
    POST("邮寄送达"),
    ELECTRONIC("电子送达（经受送达人同意）");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
