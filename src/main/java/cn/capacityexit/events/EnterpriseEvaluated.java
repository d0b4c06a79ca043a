package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * An enterprise's per-mu performance evaluation (亩产效益评价) was recorded. Published by evaluation in its transaction;
 * the joint measures raise the differentiated policies of its grade (joint-measures.dmn, stages PER_MU_C and PER_MU_D)
 * and, when the grade improved on the evaluation it supersedes, lift that one's.
 *
 * @param evaluationNumber MJ-&lt;division&gt;-&lt;year&gt;-&lt;sequence&gt;, the reference of the measures it raises
 * @param grade A, B, C or D
 * @param superseded the evaluation this one replaces, or null
 * @param improved the grade is better than the superseded one's
 */
public record EnterpriseEvaluated(String evaluationNumber, String creditCode, String enterpriseName, String jurisdiction,
    String grade, LocalDate on, String superseded, boolean improved) {}
