package cn.capacityexit.documents;

import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers per issuing body, kind and year (济能整改〔2026〕1号, 2号, …): the sequence row is
 * locked by its update until the issuing transaction ends, so two officers never get the same
 * number and a rolled-back issue leaves no gap. The first number of a year creates the row in a
 * transaction of its own, as the case numbers do.
 */
@Repository
public class DocumentNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  public DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public int next(String issuer, DocumentKind kind, int year) {
    Map<String, Object> key = Map.of("issuer", issuer, "kind", kind.name(), "year", year);
    String where = " WHERE issuer = :issuer AND kind = :kind AND doc_year = :year";
    if (jdbc.sql("UPDATE doc_sequence SET last_value = last_value + 1" + where).params(key).update() == 0) {
      try {
        separately.executeWithoutResult(status -> jdbc.sql("INSERT INTO doc_sequence (issuer, kind, doc_year, last_value)"
            + " VALUES (:issuer, :kind, :year, 0)").params(key).update());
      } catch (DuplicateKeyException raced) {
        // Another issue created the year's row first: count on it.
      }
      jdbc.sql("UPDATE doc_sequence SET last_value = last_value + 1" + where).params(key).update();
    }
    return jdbc.sql("SELECT last_value FROM doc_sequence" + where).params(key).query(Integer.class).single();
  }
}
