package cn.capacityexit.measures;

import cn.capacityexit.organisation.Organisation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** joint-measures.dmn: the measures a stage of a case raises under the plan in force for its jurisdiction and year. */
@Component
class MeasureDecisions {

  static final String JOINT_MEASURES = "joint-measures";

  private final DecisionService decisions;
  private final Organisation organisation;

  MeasureDecisions(DecisionService decisions, Organisation organisation) {
    this.decisions = decisions;
    this.organisation = organisation;
  }

  List<Measure.Rule> rules(String stage, String jurisdiction, int year, String dimension, boolean enterpriseClosed) {
    Map<String, Object> in = organisation.decisionLevels(jurisdiction);
    in.put("stage", stage);
    in.put("planYear", year);
    in.put("dimension", dimension);
    in.put("enterpriseClosed", enterpriseClosed);
    return decisions.evaluateDecisionByKey(JOINT_MEASURES).variables(in).evaluate().getResultList().stream()
        .map(r -> new Measure.Rule((String) r.get("measure"), (String) r.get("department"), (String) r.get("title"),
            (String) r.get("action"), (String) r.get("legalBasis"), Boolean.TRUE.equals(r.get("liftable")),
            Boolean.TRUE.equals(r.get("holdsExit")), Boolean.TRUE.equals(r.get("repairable"))))
        .toList();
  }
}
