package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * Dismantle-or-seal finished a step that takes a line out of production: sealed (with the pledge
 * to dismantle by a deadline), dismantled and accepted, or closed and kept as emergency reserve
 * (Guangdong 2023 coal power). The line's capacity counts as exited on {@code on}.
 *
 * @param reference the elimination number, or the case number when a case ordered it
 * @param eliminationNumber the elimination (CF-…) itself, whatever ordered it
 */
public record LineEliminated(String reference, long lineId, String dimension, How how, LocalDate on, String actor,
    String reason, String eliminationNumber) {

  /** How the line left production. */
  public enum How { SEALED, DISMANTLED, RESERVED }
}
