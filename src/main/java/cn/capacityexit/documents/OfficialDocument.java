package cn.capacityexit.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as it is laid out: the issuing body's mark (发文机关标志), the document number
 * (发文字号), the title, the addressee (主送机关), the body, the signature (发文机关署名) and the date
 * (成文日期). A paragraph that starts with "== " is a first-level heading (黑体), "-- " a second-level
 * one (楷体). The seal is left to the department: the layout keeps its place free and draws none.
 * Without an issuer (the enterprise's pledge) there is no letterhead; a signature of several lines
 * (承诺企业（盖章）, 法定代表人（签字）) is separated by line breaks; without a date the signer writes it.
 */
public record OfficialDocument(String issuer, String number, String title, String addressee, List<String> paragraphs,
    String signature, LocalDate date, String copyTo) {

  public OfficialDocument {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The date as GB/T 9704-2012 writes it: 2026年11月30日 (Arabic numerals, no leading zeros). */
  public String dateText() {
    if (date == null) {
      return "　　　　年　　月　　日";
    }
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
