package cn.capacityexit.registry;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise and capacity registry: {@code /api/enterprises}. */
@RestController
@RequestMapping("/api/enterprises")
public class RegistryController {

  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

  private final RegistryService registry;
  private final ImportLimits limits;

  public RegistryController(RegistryService registry, ImportLimits limits) {
    this.registry = registry;
    this.limits = limits;
  }

  @GetMapping
  public Page<Enterprise> search(Caller caller,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) String sector,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return registry.search(caller, jurisdiction, sector, page, size);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Enterprise> create(Caller caller, @RequestBody EnterpriseInput body) {
    Enterprise e = registry.create(caller, body);
    return ResponseEntity.created(URI.create("/api/enterprises/" + e.creditCode())).body(e);
  }

  /**
   * Only {@code text/csv}: an HTML form on another site can post text/plain or form data with the
   * browser's cached login, but not text/csv. Checked here rather than with {@code consumes}, so
   * that the refusal gets the product's Chinese answer (a mapping that does not match never
   * reaches {@link cn.capacityexit.web.ApiExceptionHandler}). Bounded by {@link ImportLimits}.
   */
  @PostMapping("/import")
  public Map<String, Object> importCsv(Caller caller, HttpServletRequest request)
      throws IOException, HttpMediaTypeNotSupportedException {
    requireCsv(request.getContentType());
    String csv = limits.read(request.getInputStream(), request.getContentType());
    int imported = registry.importAll(caller, EnterpriseCsv.parse(csv, limits.maxRows()));
    return Map.of("imported", imported);
  }

  private static void requireCsv(String contentType) throws HttpMediaTypeNotSupportedException {
    MediaType type = null;
    try {
      type = contentType == null ? null : MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      // an unreadable type or unknown charset is as unsupported as a wrong one
    }
    if (type == null || !TEXT_CSV.includes(type)) {
      throw new HttpMediaTypeNotSupportedException(type, List.of(TEXT_CSV), HttpMethod.POST);
    }
  }

  @GetMapping("/{creditCode}")
  public Enterprise get(Caller caller, @PathVariable String creditCode) {
    return registry.get(caller, creditCode);
  }

  @PutMapping(path = "/{creditCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Enterprise update(Caller caller, @PathVariable String creditCode, @RequestBody EnterpriseInput body) {
    return registry.update(caller, creditCode, body);
  }

  @GetMapping("/{creditCode}/production-lines")
  public Page<ProductionLine> lines(Caller caller, @PathVariable String creditCode,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return registry.lines(caller, creditCode, page, size);
  }

  @PostMapping(path = "/{creditCode}/production-lines", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ProductionLine> addLine(Caller caller, @PathVariable String creditCode,
      @RequestBody ProductionLineInput body) {
    ProductionLine line = registry.addLine(caller, creditCode, body);
    return ResponseEntity.created(
        URI.create("/api/enterprises/" + line.enterpriseCreditCode() + "/production-lines/" + line.id())).body(line);
  }

  @GetMapping("/{creditCode}/production-lines/{id}")
  public ProductionLine line(Caller caller, @PathVariable String creditCode, @PathVariable long id) {
    return registry.line(caller, creditCode, id);
  }
}
