package cn.capacityexit.documents;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Documents need the open CJK fonts: under CI=true their absence fails, elsewhere it skips with what to install. */
final class FontsAvailable {

  private FontsAvailable() {}

  static void orSkip() {
    if (DocumentFonts.available()) {
      return;
    }
    String message = "the document fonts are missing: apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei "
        + "(or set DOCUMENT_FONTS_DIR)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(false, message);
  }
}
