package cn.capacityexit.rectification;

import cn.capacityexit.documents.DocumentKind;
import cn.capacityexit.documents.Documents;
import cn.capacityexit.documents.IssuedDocument;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import cn.capacityexit.web.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

/**
 * The public disclosures computed from the cases, where disclosure.dmn orders them: the penalties of environment cases
 * (Guangdong 三(四); the Environmental Protection Law elsewhere) and the failed products and their producers with the
 * follow-up (Guangdong 二(三)2). A case appears once its decision is served.
 */
@Service
public class Disclosures {

  static final String DISCLOSURE = "disclosure";
  private static final Set<DocumentKind> DECISIONS = Set.of(DocumentKind.RECTIFICATION_NOTICE, DocumentKind.SUSPENSION_ORDER,
      DocumentKind.CLOSURE_DECISION);

  private final CaseRepository cases;
  private final Organisation organisation;
  private final Documents documents;
  private final Decisions decisions;
  private final RepositoryService repository;
  private final Map<String, Optional<String>> answers = new java.util.concurrent.ConcurrentHashMap<>();

  public Disclosures(CaseRepository cases, Organisation organisation, Documents documents, Decisions decisions,
      RepositoryService repository) {
    this.repository = repository;
    this.cases = cases;
    this.organisation = organisation;
    this.documents = documents;
    this.decisions = decisions;
  }

  /** The entries of a list in a jurisdiction and those below it (everywhere when null), newest first. */
  public List<Disclosure> list(String list, String jurisdiction, int max) {
    Set<String> scope = null;
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      if (organisation.jurisdiction(jurisdiction.strip()).isEmpty()) {
        throw new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction);
      }
      scope = organisation.selfAndDescendants(jurisdiction.strip()).stream().map(Jurisdiction::code).collect(Collectors.toSet());
    }
    // The rule decides per province and year: read page by page until max published entries (a province whose plan does
    // not publish may hold the newest cases).
    Map<String, Optional<String>> basisByProvinceAndYear = new HashMap<>();
    List<Disclosure> published = new java.util.ArrayList<>();
    for (long offset = 0; published.size() < max; offset += max) {
      List<Case> page = cases.decided(dimension(list), scope, max, offset);
      for (Case c : page) {
        basisByProvinceAndYear.computeIfAbsent(organisation.decisionLevels(c.jurisdiction()).get("provinceCode") + ":"
                + c.findingDate().getYear(), k -> publishedUnder(list, c))
            .ifPresent(basis -> published.add(entry(list, c, basis)));
      }
      if (page.size() < max) {
        break;
      }
    }
    return published.size() > max ? published.subList(0, max) : published;
  }

  /** One published entry: empty when the case is not of the list or not published. */
  public Optional<Disclosure> one(String list, String caseNumber) {
    return cases.find(caseNumber).filter(c -> c.dimension() == dimension(list))
        .filter(c -> c.yellowListedAt() != null || c.redListedAt() != null)
        .flatMap(c -> publishedUnder(list, c).map(basis -> entry(list, c, basis)));
  }

  private static Dimension dimension(String list) {
    return Disclosure.ENV_PENALTIES.equals(list) ? Dimension.ENVIRONMENT : Dimension.QUALITY;
  }

  /**
   * The clause under which a case of a list is published, if any. Anonymous page views ask this for every row: the answer
   * is cached per deployed version of the rule, list, province and year, so that they write no decision history.
   */
  private Optional<String> publishedUnder(String list, Case c) {
    Map<String, Object> in = organisation.decisionLevels(c.jurisdiction());
    String version = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DISCLOSURE).withoutTenantId().latestVersion()
        .list().stream().findFirst().map(d -> d.getId()).orElse("");
    String key = version + "|" + list + "|" + in.get("provinceCode") + "|" + c.findingDate().getYear();
    return answers.computeIfAbsent(key, k -> {
      in.put("list", list);
      in.put("year", c.findingDate().getYear());
      DmnDecisionResultEntries r = decisions.evaluate(DISCLOSURE, in, list + " " + c.jurisdiction());
      return Boolean.TRUE.equals(r.getEntry("published")) ? Optional.of(r.getEntry("legalBasis")) : Optional.empty();
    });
  }

  private Disclosure entry(String list, Case c, String publishedUnder) {
    List<IssuedDocument> issued = documents.ofReference(c.caseNumber()).stream().filter(d -> DECISIONS.contains(d.kind()))
        .sorted(Comparator.comparing(IssuedDocument::issuedOn)).toList();
    String decision = c.firstMeasure() == null ? "责令整改" : c.firstMeasure().label();
    if (Case.SUSPEND.equals(c.interimMeasure())) {
      decision += "（停产整治）";
    } else if (Case.RESTRICT.equals(c.interimMeasure())) {
      decision += "（限制生产）";
    }
    if (c.redListedAt() != null) {
      decision += "；经整改仍不达标，依法责令关闭" + (c.closureOrderNumber() == null ? "" : "（" + c.closureOrderNumber() + "）");
    }
    OffsetDateTime updated = Stream.of(c.yellowListedAt(), c.rectifiedAt(), c.redListedAt(), c.exitedAt()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(c.createdAt());
    return new Disclosure(list, c.caseNumber(), c.enterpriseName(), c.creditCode(), c.jurisdiction(), c.jurisdictionName(),
        c.description(), decision, issued.stream().map(IssuedDocument::number).toList(),
        c.servedOn() == null ? c.findingDate() : c.servedOn(), c.stateName(), c.legalBasis(), publishedUnder, updated);
  }
}
