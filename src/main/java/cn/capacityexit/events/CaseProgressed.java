package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * A rectification-to-closure case reached a stage to which the plans attach other departments' measures (综合施策:
 * price tiers, credit, resettlement, land, funds), or ended, which lifts them. Published by rectification in its
 * transaction; the joint measures listen.
 *
 * @param caseNumber the case, the reference of every measure
 * @param jurisdiction the division code of the case (its tenant)
 * @param dimension ENERGY … TECHNOLOGY
 * @param sector the enterprise's sector code (STEEL, CEMENT …)
 * @param enterpriseClosed for {@link Stage#CLOSURE_ORDERED} and {@link Stage#EXITED}: the enterprise itself is closed,
 *     not only lines of it
 * @param on the day of the stage, China time
 */
public record CaseProgressed(String caseNumber, String creditCode, String enterpriseName, String jurisdiction,
    String dimension, String sector, Stage stage, boolean enterpriseClosed, LocalDate on) {

  /** The stages that raise or lift measures. */
  public enum Stage {
    /** The finding is confirmed: the notice served, the enterprise on the yellow list. */
    FINDING_CONFIRMED,
    /** The closure decision is issued (the red list). */
    CLOSURE_ORDERED,
    /** The exit deadline passed without exit (credit record). */
    EXIT_OVERDUE,
    /** The case ended rectified: the measures lift. */
    RECTIFIED,
    /** The enterprise (or its lines) exited: the measures of the running case lift, the exit's own follow. */
    EXITED
  }
}
