package cn.capacityexit.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the annual exit table (落后产能退出情况统计表). */
public record ExitRow(String jurisdiction, String jurisdictionName, String enterpriseName, String creditCode, String sector,
    String sectorName, String line, String equipmentType, BigDecimal capacity, String capacityUnit, String dimension,
    String dimensionName, String method, String methodName, LocalDate exitDate, String caseNumber) {}
