package cn.capacityexit.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A rectification-to-closure case ended in closure: the enterprise has exited on {@code exitDate}
 * (关停退出: its capacity counts in that year's exit figures).
 *
 * @param caseNumber the case, the reference of every status change
 * @param creditCode the enterprise closed
 * @param dimension the dimension of the finding (ENERGY … TECHNOLOGY), kept with the exit
 * @param lineIds the lines of the case
 * @param enterpriseClosed whether the enterprise itself was closed (停业、关闭: environment, safety) or only the
 *     lines of the case left production (产能退出: energy, quality)
 * @param actor who confirmed the exit
 */
public record CaseExited(String caseNumber, String creditCode, String dimension, List<Long> lineIds, LocalDate exitDate,
    boolean enterpriseClosed, String actor) {

  public CaseExited {
    lineIds = List.copyOf(lineIds);
  }
}
