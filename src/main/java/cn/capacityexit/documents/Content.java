package cn.capacityexit.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A document's content as issued, stored as JSON: what the PDF and the DOCX are laid out from. */
final class Content {

  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private Content() {}

  static String write(OfficialDocument d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OfficialDocument read(String json) {
    try {
      return JSON.readValue(json, OfficialDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
