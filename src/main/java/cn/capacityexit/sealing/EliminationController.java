package cn.capacityexit.sealing;

import cn.capacityexit.process.UserNames;
import cn.capacityexit.publication.PublicPage;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Dismantle or seal: {@code /api/eliminations}, their evidence, pledge and complaints. */
@RestController
public class EliminationController {

  private final EliminationService eliminations;
  private final EvidenceStore evidence;
  private final EliminationRepository repository;
  private final EliminationEngine engine;
  private final PublicPage page;
  private final UserNames names;

  public EliminationController(EliminationService eliminations, EvidenceStore evidence, EliminationRepository repository,
      EliminationEngine engine, PublicPage page, UserNames names) {
    this.names = names;
    this.eliminations = eliminations;
    this.evidence = evidence;
    this.repository = repository;
    this.engine = engine;
    this.page = page;
  }

  /** Starts the elimination of a line in the catalogue's eliminate category. */
  @PostMapping("/api/eliminations")
  @Transactional
  public ResponseEntity<Map<String, Object>> start(Caller caller, @RequestBody EliminationService.Input body) {
    EliminationService.Target target = eliminations.validate(caller, body, true);
    String number = engine.start(target, body);
    return ResponseEntity.created(URI.create("/api/eliminations/" + number)).body(describe(caller, number));
  }

  @GetMapping("/api/eliminations/{number}")
  public Map<String, Object> get(Caller caller, @PathVariable String number) {
    return describe(caller, number);
  }

  @GetMapping("/api/eliminations/{number}/evidence")
  public List<Evidence> evidence(Caller caller, @PathVariable String number) {
    eliminations.get(caller, number);
    return evidence.list(number).stream().map(e -> e.withUploaderName(names.name(e.uploadedBy()))).toList();
  }

  /** Uploads one photo or document for a step: JPEG, PNG or PDF up to 20 MB. */
  @PostMapping(path = "/api/eliminations/{number}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Evidence> upload(Caller caller, @PathVariable String number, @RequestParam(required = false) String step,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    eliminations.get(caller, number);
    EvidenceStep s = EvidenceStep.parse(step).orElseThrow(() -> new InvalidInputException("step",
        step == null ? "必填" : "未知的材料类别：" + step));
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "请选择文件");
    }
    if (file.getSize() > EvidenceStore.MAX_BYTES) {
      throw new InvalidInputException("file", "文件超过20MB，请压缩后上传");
    }
    try {
      Evidence stored = evidence.store(number, s, file.getOriginalFilename(), file.getBytes(), caller.userId(), "file");
      return ResponseEntity.created(URI.create(stored.url())).body(stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/eliminations/{number}/evidence/{id}")
  public ResponseEntity<byte[]> download(Caller caller, @PathVariable String number, @PathVariable long id) {
    eliminations.get(caller, number);
    Evidence meta = evidence.metadata(number, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(evidence.content(number, id));
  }

  /** The pledge generated from the record, to print, have signed and upload. */
  @GetMapping(path = "/api/eliminations/{number}/pledge")
  public ResponseEntity<String> pledge(Caller caller, @PathVariable String number) {
    Elimination e = eliminations.get(caller, number);
    if (e.pledgeText() == null) {
      throw new ConflictException("封存措施尚未全部到位，承诺书尚未生成");
    }
    return page.render("pledge", Map.of("number", number, "text", e.pledgeText()));
  }

  /** An officer enters a report of revived production: it starts an inspection task. */
  @PostMapping("/api/eliminations/{number}/complaints")
  @Transactional
  public ResponseEntity<Map<String, Object>> complaint(Caller caller, @PathVariable String number, @RequestBody ComplaintInput body) {
    eliminations.get(caller, number);
    long id = eliminations.complaint(number, body.content(), body.location(), body.contact(), "OFFICER", caller.userId());
    engine.revivalReported(number, id);
    return ResponseEntity.accepted().body(Map.of("complaintId", id));
  }

  /** A report of revived production. */
  public record ComplaintInput(String announcement, String content, String location, String contact) {}

  private Map<String, Object> describe(Caller caller, String number) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("elimination", eliminations.get(caller, number));
    body.put("evidence", evidence.list(number));
    body.put("complaints", repository.complaints(number));
    return body;
  }
}
