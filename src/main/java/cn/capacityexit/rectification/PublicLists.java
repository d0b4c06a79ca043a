package cn.capacityexit.rectification;

import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.rectification.Case;
import cn.capacityexit.rectification.CaseRepository;
import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.web.InvalidInputException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The yellow and red lists, computed from the cases: nothing to keep in step by hand. */
@Service
public class PublicLists {

  private final CaseRepository cases;
  private final Organisation organisation;

  public PublicLists(CaseRepository cases, Organisation organisation) {
    this.cases = cases;
    this.organisation = organisation;
  }

  public List<PublicListEntry> yellow(String jurisdiction) {
    return cases.publicList(false, scope(jurisdiction)).stream().map(c -> entry(c, false)).toList();
  }

  public List<PublicListEntry> red(String jurisdiction) {
    return cases.publicList(true, scope(jurisdiction)).stream().map(c -> entry(c, true)).toList();
  }

  private Set<String> scope(String jurisdiction) {
    if (jurisdiction == null || jurisdiction.isBlank()) {
      return null;
    }
    if (organisation.jurisdiction(jurisdiction).isEmpty()) {
      throw new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction);
    }
    return organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code).collect(Collectors.toSet());
  }

  private static PublicListEntry entry(Case c, boolean red) {
    String reason = red
        ? c.dimensionName() + "方面达不到标准，经整改仍不达标，依法责令关停退出" + (c.closureOrderNumber() == null ? "" : "（" + c.closureOrderNumber() + "）")
        : c.dimensionName() + "方面达不到标准，" + (c.firstMeasure() == null ? "责令整改" : c.firstMeasure().label());
    return new PublicListEntry(c.caseNumber(), c.enterpriseName(), c.creditCode(), c.jurisdiction(), c.jurisdictionName(),
        c.dimension().name(), c.dimensionName(), reason, red ? null : c.deadline(),
        red ? Deadlines.dayOf(c.redListedAt().toInstant()) : null, c.legalBasis());
  }
}
