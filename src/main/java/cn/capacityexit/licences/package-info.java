/**
 * The licensing gate (许可审查): may an applicant get a licence it asks for, when the plans bar enterprises with
 * backward capacity from licences ("一律不予许可", "一律不予受理生产许可申请", "坚决不予发证", "不予批准取水许可…")?
 * licence-gate.dmn decides by plan and year; the applicant's open cases and listed eliminations are read from the
 * product's tables (a read model); every check is recorded with who asked and the clause it cites.
 */
package cn.capacityexit.licences;
