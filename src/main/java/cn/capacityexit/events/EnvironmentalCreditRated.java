package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * An environment department recorded an enterprise's environmental credit rating (企业环境信用评价). Published by credit
 * in its transaction; the joint measures of the plans (joint-measures.dmn, stages ENV_CREDIT_YELLOW and
 * ENV_CREDIT_BLACK) listen.
 *
 * @param ratingNumber HX-&lt;division&gt;-&lt;year&gt;-&lt;sequence&gt;, the reference of the measures it raises
 * @param colour GREEN, BLUE, YELLOW, RED or BLACK
 */
public record EnvironmentalCreditRated(String ratingNumber, String creditCode, String enterpriseName, String jurisdiction,
    String colour, LocalDate on) {}
