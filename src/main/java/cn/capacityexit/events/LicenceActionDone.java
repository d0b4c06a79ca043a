package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * The department that issued a licence has cancelled or revoked it on a closed case (注销生产许可证, 吊销相关证照): the
 * licence register ends the enterprise's licences of that kind.
 *
 * @param action the rule's licence action (CANCEL_PRODUCTION_LICENCE, REVOKE_RELATED_LICENCES, REVOKE_BUSINESS_LICENCE)
 * @param documentNumber the decision's number
 */
public record LicenceActionDone(String caseNumber, String creditCode, String action, String documentNumber, LocalDate on) {}
