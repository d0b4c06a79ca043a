package cn.capacityexit.credit;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/credit-records}: what the credit platform pulls, within the caller's jurisdictions. */
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
}
