package cn.capacityexit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  static final OfficialDocument SAMPLE = new OfficialDocument("济宁市能源局", "济能整改〔2026〕1号", "责令限期整改通知书",
      "济宁光辉热电有限公司：", List.of("经查，你单位供电煤耗超过《常规燃煤发电机组单位产品能源消耗限额》（GB 21258）的限额标准。",
          "== 一、整改要求", "自本通知书送达之日起6个月内完成整改，使单位产品能耗达到限额标准。",
          "-- （一）延期", "确需延长整改期限的，可在期限届满前提出不超过3个月的延期申请。"),
      "济宁市能源局", LocalDate.of(2026, 11, 30), null);

  @Test
  void theDocumentReadsBackWithItsNumberTitleAndDateAndEmbedsItsFonts() throws Exception {
    FontsAvailable.orSkip();
    byte[] pdf = PdfRenderer.render(SAMPLE);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("济宁市能源局").contains("济能整改〔2026〕1号").contains("责令限期整改通知书")
          .contains("济宁光辉热电有限公司：").contains("一、整改要求").contains("2026年11月30日").contains("— 1 —");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          fonts.add(f.getName());
        }
      }
      assertThat(fonts).anySatisfy(f -> assertThat(f).contains("UMing")).anySatisfy(f -> assertThat(f).contains("ZenHei"));
      assertThat(doc.getDocumentInformation().getTitle()).contains("济能整改〔2026〕1号");
    }
  }

  @Test
  void theDocxHasTheSameText() throws Exception {
    byte[] docx = DocxRenderer.render(SAMPLE);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
        var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(extractor.getText()).contains("济能整改〔2026〕1号").contains("责令限期整改通知书").contains("2026年11月30日");
    }
  }
}
