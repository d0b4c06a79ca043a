package cn.capacityexit.credit;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/credit-records}: what the credit platform pulls, within the caller's jurisdictions; the repair. */
@RestController
public class CreditController {

  private final CreditService credit;

  public CreditController(CreditService credit) {
    this.credit = credit;
  }

  @GetMapping("/api/credit-records")
  public Page<CreditRecord> list(Caller caller,
      @RequestParam(required = false) Boolean pushed,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return credit.search(caller, pushed, page, size);
  }

  /** The records of one case or elimination (ZG-…, CF-…). */
  @GetMapping(path = "/api/credit-records", params = "caseNumber")
  public List<CreditRecord> ofCase(Caller caller, @RequestParam String caseNumber) {
    return credit.ofCase(caller, caseNumber);
  }

  /** 信用修复 by the department that made the record. */
  @PostMapping("/api/credit-records/{key}/repair")
  public CreditRecord repair(Caller caller, @PathVariable String key, @RequestBody(required = false) CreditService.RepairInput in) {
    return credit.repair(caller, key, in);
  }
}
