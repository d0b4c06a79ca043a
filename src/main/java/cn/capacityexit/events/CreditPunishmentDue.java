package cn.capacityexit.events;

/**
 * A breach that the plans punish through the credit system (纳入信用记录、联合惩戒: the platform, domains and
 * clause of each jurisdiction come from credit-punishment.dmn): written once per {@code key}, whatever publishes it again.
 *
 * @param key what makes the record unique, such as {@code <case>:EXIT_OVERDUE}
 * @param caseNumber the case or elimination the record cites
 * @param makerGroup the group of the department that makes the record (the case's lead department), which may repair
 *     it; null where the lead department of the campaign (工业和信息化) alone does
 */
public record CreditPunishmentDue(String key, String caseNumber, String creditCode, String enterpriseName,
    String jurisdiction, String what, String why, String legalBasis, String platform, String domains, String makerGroup) {}
