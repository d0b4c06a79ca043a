package cn.capacityexit.measures;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.InvalidInputException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The joint measures of a case, or the open ones of a jurisdiction and those below it. */
@RestController
class MeasureController {

  private final JointMeasures measures;

  MeasureController(JointMeasures measures) {
    this.measures = measures;
  }

  @GetMapping("/api/measures")
  public List<Measure> list(Caller caller, @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String jurisdiction) {
    if (caseNumber != null && !caseNumber.isBlank()) {
      return measures.ofCase(caller, caseNumber.strip());
    }
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      return measures.open(caller, jurisdiction.strip());
    }
    throw new InvalidInputException("caseNumber", "请指明案件编号（caseNumber）或行政区划代码（jurisdiction）");
  }
}
