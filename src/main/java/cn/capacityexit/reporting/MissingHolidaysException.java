package cn.capacityexit.reporting;

import cn.capacityexit.web.ConflictException;

/**
 * A period counted in working days reaches a year whose holidays are not known: refused (HTTP 409,
 * a form error in Tasklist) instead of silently counting weekends only.
 */
public class MissingHolidaysException extends ConflictException {

  private final int year;

  public MissingHolidaysException(int year) {
    super("缺少" + year + "年法定节假日和调休安排（国务院办公厅当年通知），无法按工作日计算期限；请系统管理员在“节假日安排”中录入"
        + year + "年的安排（PUT /api/admin/holidays/" + year + "）后重试");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
