package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * The credit behind joint punishments was restored: a credit record repaired by the department that made it (信用修复),
 * or an environmental credit rating replaced by a better one. Published by credit in its transaction; the joint
 * punishments raised by that record lift.
 *
 * @param subjectNumber the case (ZG-…) or rating (HX-…) whose joint punishments lift
 * @param reason what restored it, in Chinese, for the lift task
 */
public record CreditRepaired(String subjectNumber, String jurisdiction, String reason, LocalDate on) {}
