package cn.capacityexit.registry;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.FieldProblem;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Page;
import cn.capacityexit.web.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise and capacity registry: validation, jurisdiction scope and writes. Every method
 * takes the caller, so that nothing outside the caller's jurisdictions is read or written.
 */
@Service
public class RegistryService {

  private final RegistryRepository repository;
  private final Organisation organisation;
  private final Clock clock;

  public RegistryService(RegistryRepository repository, Organisation organisation, Clock clock) {
    this.repository = repository;
    this.organisation = organisation;
    this.clock = clock;
  }

  public Page<Enterprise> search(Caller caller, String jurisdiction, String sector, int page, int size) {
    Page.check(page, size);
    Problems problems = new Problems();
    Sector s = null;
    if (sector != null && !sector.isBlank()) {
      s = Sector.parse(sector).orElse(null);
      if (s == null) {
        problems.add("sector", "未知行业：" + sector);
      }
    }
    Set<String> scope;
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      if (organisation.jurisdiction(jurisdiction).isEmpty()) {
        problems.add("jurisdiction", "未知行政区划代码：" + jurisdiction);
      }
      problems.throwIfAny();
      requireAccess(caller, jurisdiction);
      // A province or city asked for includes the jurisdictions below it that the caller may see.
      scope = organisation.selfAndDescendants(jurisdiction).stream().map(j -> j.code())
          .filter(caller::mayAccess).collect(Collectors.toSet());
    } else {
      problems.throwIfAny();
      scope = organisation.jurisdictions().stream().map(j -> j.code()).filter(caller::mayAccess).collect(Collectors.toSet());
    }
    return repository.search(scope, s, page, size);
  }

  public Enterprise get(Caller caller, String creditCode) {
    Enterprise e = repository.find(CreditCode.normalise(creditCode))
        .orElseThrow(() -> new NotFoundException("未登记的统一社会信用代码：" + creditCode));
    requireAccess(caller, e.jurisdiction());
    return e;
  }

  @Transactional
  public Enterprise create(Caller caller, EnterpriseInput in) {
    Valid v = validate(in);
    v.problems.throwIfAny();
    requireAccess(caller, v.jurisdiction);
    if (repository.exists(v.creditCode)) {
      throw new InvalidInputException("creditCode", "该统一社会信用代码已登记");
    }
    repository.insert(v.creditCode, v.name, v.jurisdiction, v.sector, v.address, caller.userId(), now());
    return repository.find(v.creditCode).orElseThrow();
  }

  @Transactional
  public Enterprise update(Caller caller, String creditCode, EnterpriseInput in) {
    Enterprise existing = get(caller, creditCode);
    String bodyCode = CreditCode.normalise(in.creditCode());
    if (bodyCode != null && !bodyCode.isEmpty() && !bodyCode.equals(existing.creditCode())) {
      throw new InvalidInputException("creditCode", "统一社会信用代码不可修改，应与地址中的代码一致");
    }
    Valid v = validate(new EnterpriseInput(existing.creditCode(), in.name(), in.jurisdiction(), in.sector(), in.address()));
    v.problems.throwIfAny();
    requireAccess(caller, v.jurisdiction);
    repository.update(v.creditCode, v.name, v.jurisdiction, v.sector, v.address, caller.userId(), now());
    return repository.find(v.creditCode).orElseThrow();
  }

  /**
   * Registers all rows or none. Every row is checked (format, jurisdiction in the caller's scope,
   * not yet registered, not twice in the file) before anything is written. Linear in the rows:
   * the registered codes are looked up in batches, not one query per row.
   */
  @Transactional
  public int importAll(Caller caller, List<EnterpriseInput> rows) {
    List<Valid> valid = new ArrayList<>(rows.size());
    Set<String> codes = new HashSet<>();
    for (EnterpriseInput row : rows) {
      Valid v = validate(row);
      if (hasWellFormedCode(v)) {
        codes.add(v.creditCode);
      }
      valid.add(v);
    }
    Set<String> registered = repository.existing(codes);
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < valid.size(); i++) {
      int row = i + 1;
      Valid v = valid.get(i);
      if (hasWellFormedCode(v)) {
        if (!seen.add(v.creditCode)) {
          v.problems.add("creditCode", "文件中重复出现");
        } else if (registered.contains(v.creditCode)) {
          v.problems.add("creditCode", "该统一社会信用代码已登记");
        }
      }
      if (v.jurisdiction != null && organisation.jurisdiction(v.jurisdiction).isPresent() && !caller.mayAccess(v.jurisdiction)) {
        v.problems.add("jurisdiction", "不在您的管辖范围内：" + v.jurisdiction);
      }
      v.problems.list().forEach(p -> problems.add(new FieldProblem(row, p.field(), p.reason())));
    }
    if (rows.isEmpty()) {
      problems.add(new FieldProblem("body", "文件中没有数据行"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    OffsetDateTime at = now();
    for (Valid v : valid) {
      repository.insert(v.creditCode, v.name, v.jurisdiction, v.sector, v.address, caller.userId(), at);
    }
    return valid.size();
  }

  private static boolean hasWellFormedCode(Valid v) {
    return v.creditCode != null && v.problems.list().stream().noneMatch(p -> p.field().equals("creditCode"));
  }

  public Page<ProductionLine> lines(Caller caller, String creditCode, int page, int size) {
    Page.check(page, size);
    Enterprise e = get(caller, creditCode);
    return repository.lines(e.creditCode(), page, size);
  }

  public ProductionLine line(Caller caller, String creditCode, long id) {
    Enterprise e = get(caller, creditCode);
    return repository.line(id).filter(l -> l.enterpriseCreditCode().equals(e.creditCode()))
        .orElseThrow(() -> new NotFoundException("该企业没有编号为" + id + "的生产线或设备"));
  }

  @Transactional
  public ProductionLine addLine(Caller caller, String creditCode, ProductionLineInput in) {
    Enterprise e = get(caller, creditCode);
    Problems p = new Problems();
    String name = p.text("name", in.name(), true, 200);
    String type = p.text("equipmentType", in.equipmentType(), true, 100);
    String spec = p.text("specification", in.specification(), false, 200);
    String catalogue = p.text("catalogueRef", in.catalogueRef(), false, 300);
    String remark = p.text("remark", in.remark(), false, 500);
    BigDecimal capacity = in.capacity();
    if (capacity == null) {
      p.add("capacity", "必填");
    } else if (capacity.signum() < 0) {
      p.add("capacity", "不能为负数");
    } else if (capacity.signum() == 0) {
      p.add("capacity", "应大于0");
    } else if (capacity.precision() - capacity.scale() > 14 || capacity.scale() > 4) {
      p.add("capacity", "最多14位整数、4位小数");
    }
    String unit = p.text("capacityUnit", in.capacityUnit(), true, 16);
    if (unit != null && !CapacityUnits.isKnown(unit)) {
      p.add("capacityUnit", "未知单位“" + unit + "”，可用：" + String.join("、", CapacityUnits.ALL));
    }
    LineStatus status = LineStatus.IN_PRODUCTION;
    if (in.status() != null && !in.status().isBlank()) {
      status = LineStatus.parse(in.status()).orElse(null);
      if (status == null) {
        p.add("status", "未知状态：" + in.status());
      }
    }
    if (name != null && repository.lineNameTaken(e.creditCode(), name)) {
      p.add("name", "该企业已有同名生产线或设备");
    }
    p.throwIfAny();
    OffsetDateTime at = now();
    long id = repository.insertLine(e.creditCode(),
        new ProductionLineInput(name, type, spec, capacity, unit, catalogue, status.name(), remark), status, at);
    repository.recordStatus(id, null, status, caller.userId(), at, "登记", null);
    return repository.line(id).orElseThrow();
  }

  /** Moves a line to a new status and records who, when, why and in which case. */
  @Transactional
  public ProductionLine changeStatus(long lineId, LineStatus to, String by, String reason, String caseNumber) {
    ProductionLine line = repository.line(lineId).orElseThrow(() -> new NotFoundException("没有编号为" + lineId + "的生产线或设备"));
    if (line.status() != to) {
      repository.setStatus(lineId, line.status(), to, by, now(), reason, caseNumber);
    }
    return repository.line(lineId).orElseThrow();
  }

  private void requireAccess(Caller caller, String jurisdiction) {
    if (!caller.mayAccess(jurisdiction)) {
      throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private Valid validate(EnterpriseInput in) {
    Valid v = new Valid();
    Problems p = v.problems;
    v.creditCode = CreditCode.normalise(in.creditCode());
    CreditCode.problem(v.creditCode).ifPresent(reason -> p.add("creditCode", reason));
    v.name = p.text("name", in.name(), true, 200);
    v.jurisdiction = p.text("jurisdiction", in.jurisdiction(), true, 6);
    if (v.jurisdiction != null && organisation.jurisdiction(v.jurisdiction).isEmpty()) {
      p.add("jurisdiction", "未知行政区划代码：" + v.jurisdiction);
    }
    String sector = p.text("sector", in.sector(), true, 32);
    if (sector != null) {
      v.sector = Sector.parse(sector).orElse(null);
      if (v.sector == null) {
        p.add("sector", "未知行业“" + sector + "”");
      }
    }
    v.address = p.text("address", in.address(), false, 300);
    return v;
  }

  private static final class Valid {
    final Problems problems = new Problems();
    String creditCode;
    String name;
    String jurisdiction;
    Sector sector;
    String address;
  }
}
