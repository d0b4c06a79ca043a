package cn.capacityexit.reporting;

import java.math.BigDecimal;

/** The exits of one sector in one unit: how many enterprises and lines, how much capacity. */
public record ExitTotal(String sector, String sectorName, String capacityUnit, long enterprises, long lines, BigDecimal capacity) {}
