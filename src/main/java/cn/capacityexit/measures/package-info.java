/**
 * Joint measures (综合施策): the other departments' measures the plans attach to a case — price tiers (差别电价),
 * credit control (严控授信), resettlement (职工安置), land (腾退土地) and funds — raised when a case reaches a stage
 * ({@link cn.capacityexit.events.CaseProgressed}), by the rules of joint-measures.dmn; each a joint-measure.bpmn
 * instance worked in Tasklist by the department that holds it, recorded here, and lifted when the case ends.
 */
package cn.capacityexit.measures;
