package cn.capacityexit.documents;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/documents}: the documents of a case, their files, their service and the signed proof. */
@RestController
public class DocumentController {

  private final Documents documents;

  public DocumentController(Documents documents) {
    this.documents = documents;
  }

  /** The documents of a case or elimination the caller may see. */
  @GetMapping("/api/documents")
  public List<IssuedDocument> list(Caller caller, @RequestParam String reference) {
    return documents.ofReference(reference).stream().filter(d -> caller.mayAccess(d.jurisdiction())).toList();
  }

  @GetMapping("/api/documents/{id}")
  public IssuedDocument get(Caller caller, @PathVariable long id) {
    return documents.get(caller, id);
  }

  @GetMapping("/api/documents/{id}/pdf")
  public ResponseEntity<byte[]> pdf(Caller caller, @PathVariable long id) {
    IssuedDocument d = documents.get(caller, id);
    return download(documents.file(caller, id, "pdf"), MediaType.APPLICATION_PDF, d.title() + "（" + d.number() + "）.pdf");
  }

  /** The announcement or the pledge, for anyone (linked from the public announcement page). */
  @GetMapping("/api/public/documents/{id}/pdf")
  public ResponseEntity<byte[]> publicPdf(@PathVariable long id) {
    IssuedDocument d = documents.getPublic(id);
    return download(documents.publicPdf(id), MediaType.APPLICATION_PDF, d.title() + "（" + d.number() + "）.pdf");
  }

  @GetMapping("/api/documents/{id}/docx")
  public ResponseEntity<byte[]> docx(Caller caller, @PathVariable long id) {
    IssuedDocument d = documents.get(caller, id);
    return download(documents.file(caller, id, "docx"),
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        d.title() + "（" + d.number() + "）.docx");
  }

  /** The proof-of-service form (送达回证) to print and have signed. */
  @GetMapping("/api/documents/{id}/receipt")
  public ResponseEntity<byte[]> receipt(Caller caller, @PathVariable long id) {
    IssuedDocument d = documents.get(caller, id);
    return download(documents.file(caller, id, "receipt"), MediaType.APPLICATION_PDF, "送达回证（" + d.number() + "）.pdf");
  }

  /** The signed proof as uploaded. */
  @GetMapping("/api/documents/{id}/proof")
  public ResponseEntity<byte[]> proof(Caller caller, @PathVariable long id) {
    IssuedDocument d = documents.get(caller, id);
    byte[] content = documents.file(caller, id, "proof");
    return download(content, MediaType.parseMediaType(documents.proofType(id)), "送达回证（" + d.number() + "，已签收）");
  }

  /** The body of a service record. */
  public record Service(String method, String servedOn, String seal) {}

  @PostMapping("/api/documents/{id}/service")
  @Transactional
  public IssuedDocument service(Caller caller, @PathVariable long id, @RequestBody Service body) {
    return documents.recordService(caller, id, body.method(), body.servedOn(), body.seal(), caller.userId());
  }

  @PostMapping(path = "/api/documents/{id}/proof", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  public IssuedDocument uploadProof(Caller caller, @PathVariable long id, @RequestPart("file") MultipartFile file) {
    try {
      return documents.attachProof(caller, id, file.getBytes(), caller.userId());
    } catch (IOException e) {
      throw new InvalidInputException("file", "文件读取失败，请重新上传");
    }
  }

  private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
