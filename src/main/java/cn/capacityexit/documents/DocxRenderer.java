package cn.capacityexit.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The same document as DOCX, for officers who edit in WPS or Word: A4 with the GB/T 9704 margins,
 * and the standard's font names (方正小标宋简体 for the mark and the title, 仿宋_GB2312 for the body,
 * 黑体 and 楷体_GB2312 for headings), which their machines have.
 */
public final class DocxRenderer {

  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String BODY_FONT = "仿宋_GB2312";

  private DocxRenderer() {}

  public static byte[] render(OfficialDocument d) {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTSectPr section = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = section.addNewPgSz();
      size.setW(BigInteger.valueOf(11906));
      size.setH(BigInteger.valueOf(16838));
      CTPageMar margins = section.addNewPgMar();
      margins.setTop(BigInteger.valueOf(twips(37)));
      margins.setBottom(BigInteger.valueOf(twips(35)));
      margins.setLeft(BigInteger.valueOf(twips(28)));
      margins.setRight(BigInteger.valueOf(twips(26)));

      if (d.issuer() != null) {
        run(paragraph(doc, ParagraphAlignment.CENTER), d.issuer(), TITLE_FONT, 30, "E60012");
        if (d.number() != null) {
          run(paragraph(doc, ParagraphAlignment.CENTER), d.number(), BODY_FONT, 16, null);
        }
        XWPFParagraph rule = paragraph(doc, ParagraphAlignment.CENTER);
        rule.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
      }
      run(paragraph(doc, ParagraphAlignment.CENTER), d.title(), TITLE_FONT, 22, null);
      if (d.addressee() != null && !d.addressee().isBlank()) {
        run(paragraph(doc, ParagraphAlignment.LEFT), d.addressee(), BODY_FONT, 16, null);
      }
      for (String p : d.paragraphs()) {
        String font = p.startsWith("== ") ? "黑体" : p.startsWith("-- ") ? "楷体_GB2312" : BODY_FONT;
        String text = p.startsWith("== ") || p.startsWith("-- ") ? p.substring(3) : p;
        XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH);
        para.setFirstLineIndent(640);
        run(para, text, font, 16, null);
      }
      paragraph(doc, ParagraphAlignment.RIGHT);
      for (String s : d.signature().split("\n")) {
        XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT);
        signature.setIndentationRight(1280);
        run(signature, s, BODY_FONT, 16, null);
      }
      XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
      date.setIndentationRight(1280);
      run(date, d.dateText(), BODY_FONT, 16, null);
      if (d.copyTo() != null && !d.copyTo().isBlank()) {
        run(paragraph(doc, ParagraphAlignment.LEFT), "抄送：" + d.copyTo(), BODY_FONT, 14, null);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + d.title(), e);
    }
  }

  private static int twips(double mm) {
    return (int) Math.round(mm / 25.4 * 1440);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingBetween(28.95, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    return p;
  }

  private static void run(XWPFParagraph p, String text, String font, int size, String colour) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
    r.setFontSize(size);
    if (colour != null) {
      r.setColor(colour);
    }
  }
}
