package cn.capacityexit.organisation;

/** Administrative level of a jurisdiction (省 ← 市 ← 县、市、区、开发区). */
public enum Level {
  PROVINCE,
  CITY,
  COUNTY
}
