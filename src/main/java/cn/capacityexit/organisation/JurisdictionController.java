package cn.capacityexit.organisation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The names of the jurisdictions by their division codes (370800 → 济宁市): public facts, read by
 * Tasklist to name a task's jurisdiction (its tenant) instead of showing the code.
 */
@RestController
public class JurisdictionController {

  private final Organisation organisation;

  public JurisdictionController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/api/public/jurisdictions")
  public ResponseEntity<Map<String, String>> names() {
    Map<String, String> names = new LinkedHashMap<>();
    organisation.jurisdictions().forEach(j -> names.put(j.code(), j.name()));
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(names);
  }
}
