package cn.capacityexit.licences;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.InspectionFound;
import cn.capacityexit.events.InspectionReferred;
import cn.capacityexit.process.Decisions;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.YearlySequences;
import cn.capacityexit.reporting.WorkingDays;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Unlicensed production (无证生产) found at a licence-holder inspection is investigated by the market regulator of the
 * enterprise's jurisdiction under 《工业产品生产许可证管理条例》第四十五条 (unlicensed-production.bpmn, numbers WZ-): the stop
 * order, the notice of the proposed penalty with the party's rights, the penalty decision (confiscation, a fine of one to
 * three times the goods value, unlicensed-penalty.dmn) and, for a suspected crime, the transfer to the police.
 */
@Service
public class UnlicensedProduction {

  static final String DECISION = "unlicensed-penalty";

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final YearlySequences sequences;
  private final UnlicensedProductionEngine engine;
  private final Decisions decisions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final WorkingDays workingDays;

  UnlicensedProduction(JdbcClient jdbc, RegistryRepository registry, YearlySequences sequences, UnlicensedProductionEngine engine,
      Decisions decisions, ApplicationEventPublisher events, Clock clock, WorkingDays workingDays) {
    this.workingDays = workingDays;
    this.jdbc = jdbc;
    this.registry = registry;
    this.sequences = sequences;
    this.engine = engine;
    this.decisions = decisions;
    this.events = events;
    this.clock = clock;
  }

  /** A case as recorded. */
  public record UnlicensedCase(String caseNumber, String inspectionNumber, String creditCode, String enterpriseName, String jurisdiction,
      String finding, LocalDate foundOn, String state, String stopOrderNumber, LocalDate stopServedOn, String seizedProducts,
      BigDecimal goodsValue, String noticeNumber, LocalDate noticeServedOn, String statement, Boolean hearingRequested,
      String penaltyNumber, LocalDate penaltyOn, BigDecimal fine, BigDecimal illegalIncome, Boolean suspectedCrime,
      String transferLetter, LocalDate transferOn, LocalDate policeReceiptOn) {}

  /** The inspection found unlicensed production: the case opens in the inspection's transaction. */
  @EventListener
  public void on(InspectionFound found) {
    if (!"UNLICENSED".equals(found.route())) {
      return;
    }
    Enterprise e = registry.find(found.creditCode()).orElseThrow();
    int year = found.inspectedOn().getYear();
    String number = String.format("WZ-%s-%d-%04d", e.jurisdiction(), year,
        sequences.next("lic_unlicensed_sequence", "case_year", e.jurisdiction(), year));
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("INSERT INTO lic_unlicensed (case_number, inspection_number, credit_code, jurisdiction_code, finding, found_on, state,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'STOP_ORDER', ?, ?)")
        .params(number, found.inspectionNumber(), e.creditCode(), e.jurisdiction(), found.description(), found.inspectedOn(), now, now)
        .update();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, e.jurisdiction());
    v.put(VariableNames.CASE_NUMBER, number);
    v.put(VariableNames.ENTERPRISE_CREDIT_CODE, e.creditCode());
    v.put(VariableNames.ENTERPRISE_NAME, e.name());
    v.put("finding", found.description());
    v.put("inspectionNumber", found.inspectionNumber());
    String instance = engine.start(number, v);
    update(number, Map.of("process_instance_id", instance));
    events.publishEvent(new InspectionReferred(found.inspectionNumber(), number));
  }

  String numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT case_number FROM lic_unlicensed WHERE process_instance_id = ?").param(processInstanceId).query(String.class)
        .optional().orElseThrow(() -> new NotFoundException("该流程实例没有无证生产案件"));
  }

  /** 责令停止生产: the order, its service, what was seized and its value. */
  void orderStop(String number, String orderNumber, String servedOn, String seized, Object goodsValue) {
    UnlicensedCase c = require(number);
    Problems p = new Problems();
    String order = p.text("stopOrderNumber", orderNumber, true, 100);
    LocalDate served = p.pastDay("stopServedOn", servedOn, "送达日期", Deadlines.today(clock));
    if (served != null && served.isBefore(c.foundOn())) {
      p.add("stopServedOn", "送达日期不能早于发现无证生产的日期" + c.foundOn());
    }
    String products = p.text("seizedProducts", seized, true, 1000);
    BigDecimal value = money(p, "goodsValue", goodsValue, "货值金额", true);
    p.throwIfAny();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("stop_order_number", order);
    columns.put("stop_served_on", served);
    columns.put("seized_products", products);
    columns.put("goods_value", value);
    columns.put("state", "NOTICE");
    update(number, columns);
  }

  /**
   * The last day on which the party may ask for a hearing: five working days after the notice's service (《行政处罚法》
   * 第六十四条、第八十五条：“五日”指工作日，不含法定节假日).
   */
  LocalDate hearingWindowEnd(LocalDate served) {
    return workingDays.plusWorkingDays(served, 5);
  }

  /** 告知拟作出的行政处罚: the notice and the day it was served (the five working days for a hearing request run from it). */
  LocalDate notifyPenalty(String number, String noticeNumber, String servedOn) {
    UnlicensedCase c = require(number);
    Problems p = new Problems();
    String notice = p.text("noticeNumber", noticeNumber, true, 100);
    LocalDate served = p.pastDay("noticeServedOn", servedOn, "告知书送达日期", Deadlines.today(clock));
    if (served != null && c.stopServedOn() != null && served.isBefore(c.stopServedOn())) {
      p.add("noticeServedOn", "告知书送达日期不能早于责令停止生产通知送达日期" + c.stopServedOn());
    }
    p.throwIfAny();
    update(number, Map.of("notice_number", notice, "notice_served_on", served, "state", "DECISION"));
    return served;
  }

  /**
   * 作出行政处罚决定: not before the five days for a hearing request have passed (行政处罚法第六十四条), the fine within the
   * statute's range (unlicensed-penalty.dmn); returns whether a crime is suspected.
   */
  boolean decide(String number, String statement, String hearingRequested, String hearingOn, String hearingRecord,
      String penaltyNumber, String decidedOn, Object fine, Object illegalIncome, String suspectedCrime) {
    UnlicensedCase c = require(number);
    Problems p = new Problems();
    LocalDate today = Deadlines.today(clock);
    String said = p.text("statement", statement, true, 2000);
    Boolean hearing = p.yesNo("hearingRequested", hearingRequested, "请选择当事人是否要求听证");
    LocalDate heldOn = null;
    String record = null;
    if (Boolean.TRUE.equals(hearing)) {
      // A hearing asked for is held before the decision, which rests on its record (《行政处罚法》第六十四条、第六十五条).
      heldOn = p.pastDay("hearingOn", hearingOn, "听证日期", today);
      record = p.text("hearingRecord", hearingRecord, true, 2000);
    }
    String decision = p.text("penaltyNumber", penaltyNumber, true, 100);
    LocalDate on = p.pastDay("penaltyOn", decidedOn, "决定日期", today);
    LocalDate windowEnd = c.noticeServedOn() == null ? null : hearingWindowEnd(c.noticeServedOn());
    if (on != null && windowEnd != null && !on.isAfter(windowEnd)) {
      p.add("penaltyOn", "告知后五个工作日内当事人可以要求听证（《行政处罚法》第六十四条、第八十五条），决定日期应晚于" + windowEnd);
    }
    if (on != null && heldOn != null && on.isBefore(heldOn)) {
      p.add("penaltyOn", "要求听证的，应当依据听证笔录作出决定（《行政处罚法》第六十五条），决定日期不能早于听证日期" + heldOn);
    }
    BigDecimal amount = money(p, "fine", fine, "罚款金额", true);
    BigDecimal income = money(p, "illegalIncome", illegalIncome, "没收违法所得", false);
    Boolean crime = p.yesNo("suspectedCrime", suspectedCrime, "请选择是否涉嫌犯罪");
    p.throwIfAny();
    Map<String, Object> in = new HashMap<>();
    in.put("goodsValue", c.goodsValue() == null ? null : c.goodsValue().doubleValue());
    in.put("fine", amount.doubleValue());
    var range = decisions.evaluate(DECISION, in, number);
    if (!Boolean.TRUE.equals(range.getEntry("allowed"))) {
      new Problems().add("fine", range.getEntry("reason") + "（货值金额" + c.goodsValue().toPlainString() + "元）").throwIfAny();
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("statement", said);
    columns.put("hearing_requested", hearing);
    columns.put("hearing_on", heldOn);
    columns.put("hearing_record", record);
    columns.put("penalty_number", decision);
    columns.put("penalty_on", on);
    columns.put("fine", amount);
    columns.put("illegal_income", income);
    columns.put("suspected_crime", crime);
    columns.put("state", crime ? "TRANSFER" : "DECIDED");
    update(number, columns);
    return crime;
  }

  /** 移送公安机关 (《行政执法机关移送涉嫌犯罪案件的规定》第六条、第八条): the letter, its day and the police receipt. */
  void transfer(String number, String letter, String transferOn, String receiptOn) {
    require(number);
    Problems p = new Problems();
    String l = p.text("transferLetter", letter, true, 100);
    LocalDate on = p.pastDay("transferOn", transferOn, "移送日期", Deadlines.today(clock));
    LocalDate receipt = p.pastDay("policeReceiptOn", receiptOn, "公安机关签收日期", Deadlines.today(clock));
    if (on != null && receipt != null && receipt.isBefore(on)) {
      p.add("policeReceiptOn", "签收日期不能早于移送日期");
    }
    p.throwIfAny();
    update(number, Map.of("transfer_letter", l, "transfer_on", on, "police_receipt_on", receipt, "state", "TRANSFERRED"));
  }

  /** A case for a caller who may see its jurisdiction. */
  public UnlicensedCase get(Caller caller, String number) {
    UnlicensedCase c = require(number == null ? "" : number.strip());
    if (caller == null || !caller.mayAccess(c.jurisdiction())) {
      throw new ForbiddenException("案件" + number + "不在您的管辖范围内");
    }
    return c;
  }

  UnlicensedCase require(String number) {
    return jdbc.sql("SELECT u.*, e.name AS enterprise_name FROM lic_unlicensed u JOIN reg_enterprise e ON e.credit_code = u.credit_code"
            + " WHERE u.case_number = ?").param(number)
        .query((rs, n) -> new UnlicensedCase(rs.getString("case_number"), rs.getString("inspection_number"), rs.getString("credit_code"),
            rs.getString("enterprise_name"), rs.getString("jurisdiction_code"), rs.getString("finding"),
            rs.getObject("found_on", LocalDate.class), rs.getString("state"), rs.getString("stop_order_number"),
            rs.getObject("stop_served_on", LocalDate.class), rs.getString("seized_products"), rs.getBigDecimal("goods_value"),
            rs.getString("notice_number"), rs.getObject("notice_served_on", LocalDate.class), rs.getString("statement"),
            rs.getObject("hearing_requested", Boolean.class), rs.getString("penalty_number"), rs.getObject("penalty_on", LocalDate.class),
            rs.getBigDecimal("fine"), rs.getBigDecimal("illegal_income"), rs.getObject("suspected_crime", Boolean.class),
            rs.getString("transfer_letter"), rs.getObject("transfer_on", LocalDate.class), rs.getObject("police_receipt_on", LocalDate.class)))
        .optional().orElseThrow(() -> new NotFoundException("没有编号为" + number + "的无证生产案件"));
  }

  private void update(String number, Map<String, Object> columns) {
    Map<String, Object> params = new HashMap<>(columns);
    params.put("updatedAt", OffsetDateTime.now(clock));
    params.put("caseNumber", number);
    jdbc.sql("UPDATE lic_unlicensed SET updated_at = :updatedAt, "
            + columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", ")) + " WHERE case_number = :caseNumber")
        .params(params).update();
  }

  private static BigDecimal money(Problems p, String field, Object value, String label, boolean required) {
    if (value == null || value.toString().isBlank()) {
      if (required) {
        p.add(field, "请填写" + label + "（元）");
      }
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.toString().strip());
      if (d.signum() < 0 || (required && d.signum() == 0)) {
        p.add(field, label + "应大于零");
        return null;
      }
      if (d.compareTo(new BigDecimal("9999999999999999")) > 0 || d.stripTrailingZeros().scale() > 2) {
        p.add(field, label + "超出范围（至多16位整数、2位小数）");
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      p.add(field, label + "应为金额（元）");
      return null;
    }
  }
}
