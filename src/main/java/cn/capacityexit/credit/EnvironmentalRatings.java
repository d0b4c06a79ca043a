package cn.capacityexit.credit;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.CreditRepaired;
import cn.capacityexit.events.EnvironmentalCreditRated;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.YearlySequences;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The environmental credit ratings (企业环境信用评价, Shandong and Liaocheng 二(二)3): recorded by the environment
 * department of the enterprise's jurisdiction, published (向社会公开评价结果), and a yellow or black one raises the
 * departments' joint punishments ({@link EnvironmentalCreditRated}); a later rating replaces it and ends them
 * ({@link CreditRepaired}).
 */
@Service
public class EnvironmentalRatings {

  static final String RATING_DEPARTMENT = "eco";
  private static final String COLUMNS = "rating_number, credit_code, enterprise_name, jurisdiction_code, rating_year, colour,"
      + " rated_on, document_number, basis, rating_group, superseded_by, created_at";

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final Organisation organisation;
  private final YearlySequences sequences;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RowMapper<EnvironmentalRating> mapper;

  EnvironmentalRatings(JdbcClient jdbc, RegistryRepository registry, Organisation organisation, YearlySequences sequences,
      IdentityService identity, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.organisation = organisation;
    this.sequences = sequences;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
    this.mapper = (rs, n) -> {
      EnvironmentalRating.Colour colour = EnvironmentalRating.Colour.valueOf(rs.getString("colour"));
      String jurisdiction = rs.getString("jurisdiction_code");
      return new EnvironmentalRating(rs.getString("rating_number"), rs.getString("credit_code"), rs.getString("enterprise_name"),
          jurisdiction, organisation.jurisdiction(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction),
          rs.getInt("rating_year"), colour, colour.label(), rs.getObject("rated_on", LocalDate.class),
          rs.getString("document_number"), rs.getString("basis"), organisation.groupName(rs.getString("rating_group")),
          rs.getString("superseded_by"), rs.getObject("created_at", OffsetDateTime.class));
    };
  }

  /** A rating as the environment department enters it. */
  public record Input(String creditCode, Integer year, String colour, String ratedOn, String documentNumber, String basis) {}

  @Transactional
  public EnvironmentalRating rate(Caller caller, Input in) {
    if (in == null) {
      throw new InvalidInputException("creditCode", "请填写评价信息");
    }
    Problems p = new Problems();
    String code = p.text("creditCode", in.creditCode(), true, 18);
    String document = p.text("documentNumber", in.documentNumber(), true, 100);
    String basis = p.text("basis", in.basis(), true, 2000);
    EnvironmentalRating.Colour colour = null;
    if (in.colour() == null || in.colour().isBlank()) {
      p.add("colour", "请选择评价结果");
    } else {
      try {
        colour = EnvironmentalRating.Colour.valueOf(in.colour().strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        p.add("colour", "评价结果应为GREEN、BLUE、YELLOW、RED或BLACK");
      }
    }
    LocalDate ratedOn = p.pastDay("ratedOn", in.ratedOn(), "评价日期", Deadlines.today(clock));
    p.evaluationYear("year", in.year(), ratedOn, "评价日期");
    p.throwIfAny();
    Enterprise enterprise = registry.find(code).orElseThrow(() -> new NotFoundException("统一社会信用代码为" + code + "的企业未登记"));
    String group = organisation.nearestWith(RATING_DEPARTMENT, enterprise.jurisdiction())
        .map(j -> GroupIds.department(RATING_DEPARTMENT, j.code()))
        .orElseThrow(() -> new ConflictException("本辖区及上级均无生态环境部门，无法评价"));
    if (caller == null || !(caller.administrator() || identity.createGroupQuery().groupMember(caller.userId())
        .groupIdIn(group, group + "-head").count() > 0)) {
      throw new ForbiddenException("只有" + organisation.groupName(group) + "可以评价该企业的环境信用");
    }
    Optional<EnvironmentalRating> previous = current(code);
    if (previous.isPresent() && previous.get().year() > in.year()) {
      throw new ConflictException("该企业已有" + previous.get().year() + "年度的评价结果（" + previous.get().ratingNumber()
          + "），不能再登记更早年度的评价");
    }
    String number = String.format("HX-%s-%d-%04d", enterprise.jurisdiction(), ratedOn.getYear(),
        sequences.next("cr_rating_sequence", "rating_year", enterprise.jurisdiction(), ratedOn.getYear()));
    jdbc.sql("INSERT INTO cr_env_rating (rating_number, credit_code, enterprise_name, jurisdiction_code, rating_year, colour,"
            + " rated_on, document_number, basis, rating_group, rated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(number, code, enterprise.name(), enterprise.jurisdiction(), in.year(), colour.name(), ratedOn, document, basis,
            group, caller.userId(), OffsetDateTime.now(clock))
        .update();
    if (previous.isPresent()) {
      // Two officers at once: the second waits on the row and finds it superseded (its whole insert rolls back).
      if (jdbc.sql("UPDATE cr_env_rating SET superseded_by = ? WHERE rating_number = ? AND superseded_by IS NULL")
          .params(number, previous.get().ratingNumber()).update() != 1) {
        throw new ConflictException("该企业的环境信用评价刚被他人更新，请刷新后重试");
      }
      // The new rating replaces the old one: the old one's punishments end, the new one raises its own.
      events.publishEvent(new CreditRepaired(previous.get().ratingNumber(), enterprise.jurisdiction(),
          (colour.betterThan(previous.get().colour()) ? "环境信用评价结果好转为" : "环境信用评价结果更新为") + colour.label()
              + "（" + document + "）", ratedOn));
    }
    events.publishEvent(new EnvironmentalCreditRated(number, code, enterprise.name(), enterprise.jurisdiction(), colour.name(),
        ratedOn));
    return find(number).orElseThrow();
  }

  /** The rating in force of an enterprise. */
  public Optional<EnvironmentalRating> current(String creditCode) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cr_env_rating WHERE credit_code = ? AND superseded_by IS NULL")
        .param(creditCode).query(mapper).optional();
  }

  public Optional<EnvironmentalRating> find(String ratingNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cr_env_rating WHERE rating_number = ?").param(ratingNumber).query(mapper).optional();
  }

  /** The published ratings in force of a jurisdiction and those below it (all when null), newest first. */
  public List<EnvironmentalRating> published(String jurisdiction, int max) {
    List<String> scope = jurisdiction == null || jurisdiction.isBlank() ? List.of()
        : organisation.selfAndDescendants(jurisdiction.strip()).stream().map(Jurisdiction::code).toList();
    if (jurisdiction != null && !jurisdiction.isBlank() && scope.isEmpty()) {
      throw new NotFoundException("没有行政区划" + jurisdiction);
    }
    String where = scope.isEmpty() ? "" : " AND jurisdiction_code IN (:scope)";
    var sql = jdbc.sql("SELECT " + COLUMNS + " FROM cr_env_rating WHERE superseded_by IS NULL" + where
        + " ORDER BY rated_on DESC, rating_number DESC LIMIT :max").param("max", max);
    if (!scope.isEmpty()) {
      sql = sql.param("scope", scope);
    }
    return sql.query(mapper).list();
  }
}
