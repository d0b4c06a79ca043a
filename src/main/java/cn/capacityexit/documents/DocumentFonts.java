package cn.capacityexit.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The open equivalents of the GB/T 9704 fonts, from Debian's packages (fonts-arphic-uming,
 * fonts-arphic-ukai, fonts-wqy-zenhei), or a folder named by {@code DOCUMENT_FONTS_DIR}:
 * AR PL UMing (宋体, for the issuing body's mark, the title and the body; the standard's 仿宋 and
 * 小标宋 have no open equivalent in Debian), AR PL UKai (楷体, second-level headings) and
 * WenQuanYi Zen Hei (黑体, first-level headings). TrueType outlines, so that PDFBox embeds subsets.
 */
public final class DocumentFonts {

  static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/arphic"), Path.of("/usr/share/fonts/truetype/wqy"));

  /** Which face of which collection plays which part. */
  public enum Face {
    SONG("uming.ttc", "UMingCN"),
    KAI("ukai.ttc", "UKaiCN"),
    HEI("wqy-zenhei.ttc", "WenQuanYiZenHei");

    final String file;
    final String postScriptName;

    Face(String file, String postScriptName) {
      this.file = file;
      this.postScriptName = postScriptName;
    }
  }

  private DocumentFonts() {}

  /** The file of a face, or empty when this machine lacks it (the caller refuses with the packages to install). */
  public static Optional<Path> file(Face face) {
    String dir = System.getenv("DOCUMENT_FONTS_DIR");
    List<Path> folders = dir == null || dir.isBlank() ? FOLDERS : List.of(Path.of(dir));
    return folders.stream().map(f -> f.resolve(face.file)).filter(Files::isReadable).findFirst();
  }

  public static boolean available() {
    for (Face f : Face.values()) {
      if (file(f).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Loads the face from its collection (the caller closes the collection with the document). */
  static TrueTypeFont load(Face face, List<TrueTypeCollection> open) throws IOException {
    Path path = file(face).orElseThrow(() -> new MissingFontsException());
    TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
    open.add(collection);
    TrueTypeFont font = collection.getFontByName(face.postScriptName);
    if (font == null) {
      List<String> names = new java.util.ArrayList<>();
      collection.processAllFonts(f -> names.add(f.getName()));
      throw new IOException(path + " has no face " + face.postScriptName + " (has " + names + ")");
    }
    return font;
  }
}
