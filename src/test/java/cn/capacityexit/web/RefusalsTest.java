package cn.capacityexit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RefusalsTest {

  /** What the engine throws when PostgreSQL stops the second of two concurrent completions. */
  private static ProcessEngineException engineFailure(String sqlState) {
    return new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
        new PersistenceException(new SQLException("ERROR: stopped", sqlState)));
  }

  @Test
  void aDeadlockOrSerializationFailureOfConcurrentOfficersIsAConflict() {
    for (String state : new String[] {"40P01", "40001", "55P03", "HYT00"}) {
      Refusals refusal = Refusals.of(engineFailure(state));
      assertThat(refusal).as(state).isNotNull();
      assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refusal.message()).isEqualTo("该事项刚被他人办理，请刷新后重试");
    }
  }

  @Test
  void aUniqueViolationIsARecordThatAlreadyExists() {
    Refusals refusal = Refusals.of(engineFailure("23505"));
    assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refusal.message()).isEqualTo("该记录已存在，不能重复办理");
  }

  @Test
  void otherDatabaseFailuresStayFailures() {
    assertThat(Refusals.of(engineFailure("08006"))).isNull();
    assertThat(Refusals.of(engineFailure(null))).isNull();
  }
}
