package cn.capacityexit.credit;

import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit punishment (信用惩戒): records written exactly once (on {@link CreditPunishmentDue}), listed for the platform, pushed when configured. */
@Service
public class CreditService {

  private final CreditRepository records;
  private final CreditPusher pusher;
  private final Organisation organisation;
  private final Clock clock;

  public CreditService(CreditRepository records, CreditPusher pusher, Organisation organisation, Clock clock) {
    this.records = records;
    this.pusher = pusher;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Writes the record unless a record with its key exists; returns true when written now. */
  @Transactional
  boolean record(CreditPunishmentDue e) {
    return records.insertOnce(e.key(), e.caseNumber(), e.creditCode(), e.enterpriseName(), e.jurisdiction(), e.what(),
        e.why(), e.legalBasis(), e.platform(), e.domains(), now());
  }

  /** Pushes a record not yet pushed; does nothing without an endpoint or when already pushed. */
  @Transactional
  public void push(String key) {
    CreditRecord record = records.byKey(key).orElseThrow(() -> new IllegalStateException("no credit record " + key));
    if (!pusher.isConfigured() || record.pushedAt() != null) {
      return;
    }
    pusher.push(record);
    records.pushed(key, now());
  }

  public Page<CreditRecord> search(Caller caller, Boolean pushed, int page, int size) {
    Page.check(page, size);
    var scope = organisation.jurisdictions().stream().map(j -> j.code()).filter(caller::mayAccess).collect(Collectors.toSet());
    return records.search(scope, pushed, page, size);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
