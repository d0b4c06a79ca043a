package cn.capacityexit.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for cp_campaign and cp_milestone. */
@Repository
public class CampaignRepository {

  private static final RowMapper<Campaign.Step> STEP = (rs, n) -> new Campaign.Step(rs.getString("milestone_key"),
      rs.getString("phase"), rs.getString("kind"), rs.getString("scope"), rs.getString("name"),
      rs.getObject("due_date", LocalDate.class), rs.getString("status"), rs.getString("responsible"),
      rs.getBoolean("government_approval"), rs.getBoolean("overdue"), rs.getObject("done_at", OffsetDateTime.class),
      rs.getString("done_by"), rs.getString("source"));

  private final JdbcClient jdbc;

  public CampaignRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String jurisdiction, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM cp_campaign WHERE jurisdiction_code = ? AND campaign_year = ?").params(jurisdiction, year)
        .query(Long.class).single() > 0;
  }

  public void insert(String id, String jurisdiction, int year, String parentId, String document, String processInstanceId,
      String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO cp_campaign (campaign_id, jurisdiction_code, campaign_year, parent_id, document, process_instance_id,"
            + " state, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)")
        .params(id, jurisdiction, year, parentId, document, processInstanceId, at, by).update();
  }

  /** A lower level's campaign started before its parent's joins the parent's (its parent was unknown then). */
  public void adopt(String childId, String parentId) {
    jdbc.sql("UPDATE cp_campaign SET parent_id = ? WHERE campaign_id = ? AND parent_id IS NULL").params(parentId, childId).update();
  }

  public void insertMilestone(String campaignId, Milestone m, String responsible) {
    jdbc.sql("INSERT INTO cp_milestone (campaign_id, milestone_key, phase, kind, scope, name, due_date, responsible,"
            + " government_approval, source, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")
        .params(campaignId, m.key(), m.phase().name(), m.kind().name(), m.scope().name(), m.name(), m.due(), responsible,
            m.governmentApproval(), m.document() + " " + m.source())
        .update();
  }

  public void done(String campaignId, String key, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE cp_milestone SET status = 'DONE', done_at = ?, done_by = ? WHERE campaign_id = ? AND milestone_key = ?")
        .params(at, by, campaignId, key).update();
  }

  public void overdue(String campaignId, String key, OffsetDateTime at) {
    jdbc.sql("UPDATE cp_milestone SET overdue = TRUE, escalated_at = ? WHERE campaign_id = ? AND milestone_key = ?")
        .params(at, campaignId, key).update();
  }

  public void finish(String campaignId) {
    jdbc.sql("UPDATE cp_campaign SET state = 'DONE' WHERE campaign_id = ?").param(campaignId).update();
  }

  public Optional<String[]> campaign(String id) {
    return jdbc.sql("SELECT jurisdiction_code, campaign_year, parent_id, document, state, created_at FROM cp_campaign WHERE campaign_id = ?")
        .param(id).query((rs, n) -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class).toString()}).optional();
  }

  public List<Campaign.Step> milestones(String campaignId) {
    return jdbc.sql("SELECT * FROM cp_milestone WHERE campaign_id = ? ORDER BY due_date, milestone_key").param(campaignId).query(STEP).list();
  }

  public Optional<Campaign.Step> milestone(String campaignId, String key) {
    return jdbc.sql("SELECT * FROM cp_milestone WHERE campaign_id = ? AND milestone_key = ?").params(campaignId, key).query(STEP).optional();
  }

  public List<String> children(String campaignId) {
    return jdbc.sql("SELECT campaign_id FROM cp_campaign WHERE parent_id = ? ORDER BY jurisdiction_code").param(campaignId)
        .query(String.class).list();
  }
}
