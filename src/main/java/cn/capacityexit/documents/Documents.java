package cn.capacityexit.documents;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.PayloadTooLargeException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the documents of a case: the template filled with the facts of the record, numbered, laid
 * out as PDF (with the proof-of-service form) and DOCX, stored with the SHA-256 of each file; then
 * the service as recorded and the signed proof.
 */
@Service
public class Documents {

  private static final Logger LOG = LoggerFactory.getLogger(Documents.class);
  public static final long MAX_PROOF_BYTES = 20L * 1024 * 1024;

  private final DocumentTemplates templates;
  private final DocumentNumbers numbers;
  private final DocumentStore store;
  private final IssuerNames issuers;
  private final Clock clock;

  public Documents(DocumentTemplates templates, DocumentNumbers numbers, DocumentStore store, IssuerNames issuers, Clock clock) {
    this.templates = templates;
    this.numbers = numbers;
    this.store = store;
    this.issuers = issuers;
    this.clock = clock;
  }

  /**
   * What to issue: the kind, the case (or elimination) it belongs to and its jurisdiction, the
   * issuing department's group (energy-370800), who receives it, and the facts the template names.
   */
  public record Request(DocumentKind kind, String reference, String jurisdiction, String issuerGroup, String recipient,
      Map<String, String> facts, String actor) {}

  /** Issues the document in the caller's transaction: its number is taken only if the transaction commits. */
  @Transactional
  public IssuedDocument issue(Request r) {
    DocumentTemplate template = templates.get(r.kind());
    LocalDate today = Deadlines.today(clock);
    String number = issuers.abbreviation(r.issuerGroup()) + r.kind().code() + "〔" + today.getYear() + "〕"
        + numbers.next(r.issuerGroup(), r.kind(), today.getYear()) + "号";
    String issuerName = issuers.name(r.issuerGroup());
    Map<String, String> facts = new LinkedHashMap<>(r.facts());
    facts.put("documentNumber", number);
    facts.put("issuerName", issuerName);
    facts.put("issueDate", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
    facts.put("recipient", r.recipient());
    OfficialDocument doc = layout(r.kind(), template.fill(facts), issuerName, number, today, facts);
    // The content as issued is the record (kept with its SHA-256); PDF and DOCX are laid out from it when first requested.
    String content = Content.write(doc);
    long id = store.insert(new DocumentStore.NewDocument(r.reference(), r.jurisdiction(), r.kind(), number, r.issuerGroup(), issuerName,
        doc.title(), r.recipient(), today, template.name(), r.actor(), now(), content,
        sha256(content.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return store.find(id).orElseThrow();
  }

  /**
   * The filled template as it is laid out: under the issuing body's mark with its number, signed and
   * dated by it; the enterprise's pledge without letterhead, signed by the enterprise (its
   * {@code signature} fact) and dated when signed.
   */
  static OfficialDocument layout(DocumentKind kind, DocumentTemplate.Filled filled, String issuerName, String number, LocalDate today,
      Map<String, String> facts) {
    boolean letterhead = kind.letterhead();
    return new OfficialDocument(letterhead ? issuerName : null, letterhead ? number : null, filled.title(), filled.addressee(),
        filled.paragraphs(), letterhead ? issuerName : facts.getOrDefault("signature", facts.get("recipient")), letterhead ? today : null,
        facts.get("copyTo"));
  }

  /** 送达回证: the form the recipient signs, for the document it accompanies. */
  static OfficialDocument receipt(OfficialDocument d, String recipient) {
    return new OfficialDocument(d.issuer(), null, "送达回证", null, List.of(
        "送达文书：" + d.title() + "（" + d.number() + "）",
        "受送达人：" + (recipient == null ? "" : recipient),
        "送达地点：",
        "送达方式：直接送达□　留置送达□　邮寄送达□　电子送达（经受送达人同意）□",
        "受送达人签名或者盖章：　　　　　　　　　　年　　月　　日",
        "送达人签名：　　　　　　　　　　　　　　　年　　月　　日",
        "见证人（留置送达时）签名：　　　　　　　　年　　月　　日",
        "备注："), d.issuer(), d.date(), null);
  }

  /** A document the public may read (the announcement, the pledge): anything else is not found. */
  public IssuedDocument getPublic(long id) {
    IssuedDocument d = store.find(id).filter(x -> x.kind().publicDocument())
        .orElseThrow(() -> new NotFoundException("没有编号为" + id + "的公开文书"));
    return d;
  }

  /** The PDF of a public document. */
  public byte[] publicPdf(long id) {
    IssuedDocument d = getPublic(id);
    return file(null, d.id(), "pdf");
  }

  public List<IssuedDocument> ofReference(String reference) {
    return store.ofReference(reference);
  }

  public IssuedDocument get(Caller caller, long id) {
    IssuedDocument d = store.find(id).orElseThrow(() -> new NotFoundException("没有编号为" + id + "的文书"));
    if (caller != null && !caller.mayAccess(d.jurisdiction())) {
      throw new ForbiddenException("文书" + d.number() + "不在您的管辖范围内");
    }
    return d;
  }

  /** A file of the document: pdf, docx, receipt (the proof-of-service form) or proof (the signed one). */
  public byte[] file(Caller caller, long id, String which) {
    IssuedDocument d = get(caller, id);
    String column = switch (which) {
      case "pdf" -> "pdf";
      case "docx" -> "docx";
      case "receipt" -> "receipt_pdf";
      case "proof" -> "proof";
      default -> throw new NotFoundException("文书没有“" + which + "”文件");
    };
    byte[] content = store.file(id, column);
    if (content != null) {
      return content;
    }
    if (which.equals("proof")) {
      throw new NotFoundException(d.number() + "尚未上传签收的送达回证");
    }
    OfficialDocument doc = Content.read(store.content(id));
    if (!which.equals("docx") && !DocumentFonts.available()) {
      throw new MissingFontsException();
    }
    byte[] made = switch (which) {
      case "pdf" -> PdfRenderer.render(doc);
      case "docx" -> DocxRenderer.render(doc);
      default -> PdfRenderer.render(receipt(doc, d.recipient()));
    };
    store.keep(id, column, made, sha256(made));
    return store.file(id, column);
  }

  public String proofType(long id) {
    return store.proofType(id);
  }

  /** Records how and when the document was served, and how it was sealed (ELECTRONIC or INK); the date is not in the future. */
  @Transactional
  public IssuedDocument recordService(Caller caller, long id, String method, String servedOn, String seal, String actor) {
    IssuedDocument d = get(caller, id);
    IssuedDocument.Method m;
    try {
      m = IssuedDocument.Method.valueOf(method == null ? "" : method.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("serviceMethod", "请选择送达方式：DIRECT（直接送达）、LEFT（留置送达）、POST（邮寄送达）、ELECTRONIC（电子送达）");
    }
    LocalDate on;
    try {
      on = LocalDate.parse(servedOn == null ? "" : servedOn.strip().substring(0, Math.min(10, servedOn.strip().length())));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("servedOn", "送达日期应为ISO日期，如2026-03-15");
    }
    if (on.isAfter(Deadlines.today(clock)) || on.isBefore(d.issuedOn())) {
      throw new InvalidInputException("servedOn", "送达日期应在文书成文日期" + d.issuedOn() + "和今天之间");
    }
    String s = seal == null || seal.isBlank() ? null : seal.strip().toUpperCase();
    if (s != null && !s.equals("ELECTRONIC") && !s.equals("INK")) {
      throw new InvalidInputException("seal", "用印方式应为ELECTRONIC（电子印章）或INK（实物印章）");
    }
    if (d.servedOn() != null && !d.servedOn().equals(on)) {
      throw new ConflictException(d.number() + "已记录于" + d.servedOn() + "送达，不能改为" + on);
    }
    store.served(id, m.name(), on, actor, s, now());
    return store.find(id).orElseThrow();
  }

  /** The signed proof of service (送达回证) or the postal receipt: PDF, JPEG or PNG up to 20 MB, kept with its SHA-256. */
  @Transactional
  public IssuedDocument attachProof(Caller caller, long id, byte[] content, String actor) {
    get(caller, id);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "文件为空");
    }
    if (content.length > MAX_PROOF_BYTES) {
      throw new PayloadTooLargeException("送达回证不能超过20 MB");
    }
    String type = type(content);
    if (type == null) {
      throw new InvalidInputException("file", "送达回证应为PDF、JPEG或PNG文件");
    }
    store.proof(id, content, type, sha256(content), actor, now());
    return store.find(id).orElseThrow();
  }

  static String type(byte[] c) {
    if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
      return "image/png";
    }
    if (c.length > 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
      return "application/pdf";
    }
    return null;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
