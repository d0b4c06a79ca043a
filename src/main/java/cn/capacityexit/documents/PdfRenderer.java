package cn.capacityexit.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * GB/T 9704-2012 on A4: type area 156 × 225 mm, top margin 37 mm, binding margin 28 mm; the issuing
 * body's mark in red centred over a red rule 156 mm long; the number under the mark; the title in
 * 2号 (22 pt); addressee, body, signature and date in 3号 (16 pt), 22 lines a page and 28
 * characters a line; the page number "— n —" in 4号 below the type area. Fonts are embedded as
 * subsets ({@link DocumentFonts}).
 */
public final class PdfRenderer {

  static final float MM = 72f / 25.4f;
  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float LEFT = 28 * MM;
  static final float TOP = 37 * MM;
  static final float WIDTH = 156 * MM;
  static final float HEIGHT = 225 * MM;
  static final float BODY = 16f;
  static final float TITLE = 22f;
  static final float MARK = 30f;
  static final float LINE = HEIGHT / 22f;
  static final Color RED = new Color(0xE6, 0x00, 0x12);
  static final String NO_LINE_START = "，。、；：？！）》」』”’％";

  private PdfRenderer() {}

  /** The parsed faces, read once per JVM (the collections stay open); rendering is serialised because PDFBox's fonts are not thread-safe. */
  private static java.util.Map<DocumentFonts.Face, org.apache.fontbox.ttf.TrueTypeFont> faces;
  private static final List<TrueTypeCollection> OPEN = new ArrayList<>();

  private static synchronized java.util.Map<DocumentFonts.Face, org.apache.fontbox.ttf.TrueTypeFont> faces() throws IOException {
    if (faces == null) {
      java.util.Map<DocumentFonts.Face, org.apache.fontbox.ttf.TrueTypeFont> loaded = new java.util.EnumMap<>(DocumentFonts.Face.class);
      for (DocumentFonts.Face f : DocumentFonts.Face.values()) {
        loaded.put(f, DocumentFonts.load(f, OPEN));
      }
      faces = loaded;
    }
    return faces;
  }

  public static synchronized byte[] render(OfficialDocument d) {
    try (PDDocument pdf = new PDDocument()) {
      var loaded = faces();
      PDType0Font song = PDType0Font.load(pdf, loaded.get(DocumentFonts.Face.SONG), true);
      PDType0Font kai = PDType0Font.load(pdf, loaded.get(DocumentFonts.Face.KAI), true);
      PDType0Font hei = PDType0Font.load(pdf, loaded.get(DocumentFonts.Face.HEI), true);
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(d.title() + (d.number() == null ? "" : "（" + d.number() + "）"));
      info.setAuthor(d.issuer());
      info.setCreator("落后产能退出工作平台");
      new Writer(pdf, song, kai, hei).write(d);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + d.title(), e);
    }
  }

  /** Lays the lines out page by page. */
  private static final class Writer {
    private final PDDocument pdf;
    private final PDType0Font song;
    private final PDType0Font kai;
    private final PDType0Font hei;
    private PDPageContentStream out;
    private float y;
    private int page;

    Writer(PDDocument pdf, PDType0Font song, PDType0Font kai, PDType0Font hei) {
      this.pdf = pdf;
      this.song = song;
      this.kai = kai;
      this.hei = hei;
    }

    void write(OfficialDocument d) throws IOException {
      newPage();
      // 版头: the issuing body's mark, red and centred, then the number and the red rule (none on the enterprise's pledge).
      if (d.issuer() != null) {
        y -= MARK;
        centred(d.issuer(), song, MARK, RED);
        y -= LINE * 1.6f;
        if (d.number() != null) {
          centred(d.number(), song, BODY, Color.BLACK);
        }
        y -= 4 * MM + 2;
        out.setStrokingColor(RED);
        out.setLineWidth(1.2f);
        out.moveTo(LEFT, y);
        out.lineTo(LEFT + WIDTH, y);
        out.stroke();
        y -= LINE * 1.5f;
      } else {
        y -= LINE;
      }
      // 标题 (two lines at most, centred), then a blank line.
      for (String line : wrap(d.title(), song, TITLE, WIDTH - 4 * TITLE)) {
        centred(line, song, TITLE, Color.BLACK);
        y -= LINE * 1.2f;
      }
      y -= LINE * 0.4f;
      if (d.addressee() != null && !d.addressee().isBlank()) {
        line(d.addressee(), song, BODY, LEFT);
        y -= LINE;
      }
      for (String p : d.paragraphs()) {
        PDType0Font font = p.startsWith("== ") ? hei : p.startsWith("-- ") ? kai : song;
        String text = p.startsWith("== ") || p.startsWith("-- ") ? p.substring(3) : p;
        boolean first = true;
        for (String line : wrap(text, font, BODY, WIDTH - 2 * BODY)) {
          ensureRoom();
          float indent = first ? 2 * BODY : 0;
          line(line, font, BODY, LEFT + indent);
          y -= LINE;
          first = false;
        }
      }
      // 署名 and 成文日期: the date right-aligned four characters from the edge, the signature centred over it.
      y -= LINE * 2;
      ensureRoom();
      float dateRight = LEFT + WIDTH - 4 * BODY;
      float dateWidth = song.getStringWidth(d.dateText()) / 1000 * BODY;
      float centre = dateRight - dateWidth / 2;
      for (String s : d.signature().split("\n")) {
        float signatureWidth = song.getStringWidth(s) / 1000 * BODY;
        line(s, song, BODY, Math.max(LEFT, Math.min(centre - signatureWidth / 2, LEFT + WIDTH - signatureWidth)));
        y -= LINE;
        ensureRoom();
      }
      line(d.dateText(), song, BODY, dateRight - dateWidth);
      if (d.copyTo() != null && !d.copyTo().isBlank()) {
        y -= LINE * 2;
        ensureRoom();
        for (String line : wrap("抄送：" + d.copyTo(), song, 14f, WIDTH - 28)) {
          line(line, song, 14f, LEFT + 14);
          y -= LINE;
        }
      }
      finishPage();
    }

    private void ensureRoom() throws IOException {
      if (y < PAGE_H - TOP - HEIGHT + LINE * 0.2f) {
        finishPage();
        newPage();
        y -= LINE;
      }
    }

    private void newPage() throws IOException {
      PDPage p = new PDPage(PDRectangle.A4);
      pdf.addPage(p);
      out = new PDPageContentStream(pdf, p);
      page++;
      y = PAGE_H - TOP;
    }

    private void finishPage() throws IOException {
      // 页码: "— n —" in 4号, 7 mm below the type area.
      String number = "— " + page + " —";
      float w = song.getStringWidth(number) / 1000 * 14f;
      out.beginText();
      out.setNonStrokingColor(Color.BLACK);
      out.setFont(song, 14f);
      out.newLineAtOffset((PAGE_W - w) / 2, PAGE_H - TOP - HEIGHT - 7 * MM - 14f);
      out.showText(number);
      out.endText();
      out.close();
    }

    private void centred(String text, PDType0Font font, float size, Color colour) throws IOException {
      float w = font.getStringWidth(text) / 1000 * size;
      out.beginText();
      out.setNonStrokingColor(colour);
      out.setFont(font, size);
      out.newLineAtOffset(LEFT + (WIDTH - w) / 2, y);
      out.showText(text);
      out.endText();
    }

    private void line(String text, PDType0Font font, float size, float x) throws IOException {
      out.beginText();
      out.setNonStrokingColor(Color.BLACK);
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(text);
      out.endText();
    }
  }

  /** Breaks a paragraph into lines of the width; punctuation that may not begin a line stays on the line before. */
  static List<String> wrap(String text, PDType0Font font, float size, float firstLineWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float width = 0;
    float limit = firstLineWidth;
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      String c = new String(Character.toChars(codePoints[i]));
      float w = font.getStringWidth(c) / 1000 * size;
      boolean punctuation = NO_LINE_START.contains(c);
      if (width + w > limit && line.length() > 0 && !punctuation) {
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
        limit = WIDTH;
      }
      line.append(c);
      width += w;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
