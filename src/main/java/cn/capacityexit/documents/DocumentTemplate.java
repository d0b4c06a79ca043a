package cn.capacityexit.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template as an analyst writes it: comment lines ({@code #}), a header of
 * {@code title:} and {@code addressee:}, a line {@code ---}, then the body, a blank line between
 * paragraphs ("== " a first-level heading, "-- " a second-level one). {@code {{name}}} takes a fact of
 * the case; nothing else is interpreted (no expression, no code), and a fact the record does not
 * hold is refused, never invented.
 */
public record DocumentTemplate(String name, String title, String addressee, List<String> paragraphs) {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

  public static DocumentTemplate parse(String name, String text) {
    String title = null;
    String addressee = null;
    List<String> paragraphs = new ArrayList<>();
    boolean body = false;
    StringBuilder paragraph = new StringBuilder();
    for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
      String line = raw.strip();
      if (!body) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.equals("---")) {
          body = true;
        } else if (line.startsWith("title:")) {
          title = line.substring(6).strip();
        } else if (line.startsWith("addressee:")) {
          addressee = line.substring(10).strip();
        } else {
          throw new IllegalArgumentException(name + "：模板头只能有 title: 和 addressee:，不认识“" + line + "”");
        }
        continue;
      }
      if (line.isEmpty()) {
        if (paragraph.length() > 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(line);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    if (title == null || title.isBlank() || !body || paragraphs.isEmpty()) {
      throw new IllegalArgumentException(name + "：模板须有 title:、一行 --- 和正文");
    }
    return new DocumentTemplate(name, title, addressee, paragraphs);
  }

  /** Every fact the template names. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String s : all()) {
      Matcher m = PLACEHOLDER.matcher(s);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The template filled with the facts; a fact it names and the record lacks is refused. */
  public Filled fill(Map<String, String> facts) {
    List<String> missing = placeholders().stream().filter(p -> facts.get(p) == null).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(name + " 使用了本案记录中没有的事项：" + String.join("、", missing));
    }
    List<String> body = new ArrayList<>();
    for (String p : paragraphs) {
      String filled = replace(p, facts);
      if (!filled.isBlank() && !filled.equals("== ") && !filled.equals("-- ")) {
        body.add(filled);
      }
    }
    return new Filled(replace(title, facts), addressee == null ? null : replace(addressee, facts), body);
  }

  /** The filled title, addressee and paragraphs (a paragraph made only of an empty fact is left out). */
  public record Filled(String title, String addressee, List<String> paragraphs) {}

  private List<String> all() {
    List<String> all = new ArrayList<>(paragraphs);
    all.add(title);
    if (addressee != null) {
      all.add(addressee);
    }
    return all;
  }

  private static String replace(String s, Map<String, String> facts) {
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(facts.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
