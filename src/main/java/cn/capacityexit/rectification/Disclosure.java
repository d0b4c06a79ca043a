package cn.capacityexit.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One published entry derived from a case: an environment case's penalty (处罚信息) or a quality case's failed product
 * with its producer and the follow-up (后处理). The case is the record; nothing is typed twice.
 *
 * @param list ENV_PENALTIES or FAILED_PRODUCTS
 * @param finding what was found: the emissions over the standard, the product and the standard it failed
 * @param decision what the department decided, in the words of the case
 * @param documents the numbers of the decisions issued (notice, order, closure decision)
 * @param followUp where the case stands: rectifying, rectified, closed
 * @param publishedUnder the clause or statute that orders the publication (disclosure.dmn)
 */
public record Disclosure(String list, String caseNumber, String enterpriseName, String creditCode, String jurisdiction,
    String jurisdictionName, String finding, String decision, List<String> documents, LocalDate decidedOn, String followUp,
    String legalBasis, String publishedUnder, OffsetDateTime updatedAt) {

  public String url() {
    return (ENV_PENALTIES.equals(list) ? "/public/environment-penalties/" : "/public/failed-products/") + caseNumber;
  }

  public static final String ENV_PENALTIES = "ENV_PENALTIES";
  public static final String FAILED_PRODUCTS = "FAILED_PRODUCTS";
}
