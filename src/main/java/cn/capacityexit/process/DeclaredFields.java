package cn.capacityexit.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a form lets an officer submit: the keys of the input fields of a Camunda Form
 * ({@code .form}, disabled fields excluded), or the {@code cam-variable-name}
 * attributes of an embedded HTML form. Nothing else may come in with a task or a start.
 */
public final class DeclaredFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Set<String> NOT_INPUTS = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe");

  private DeclaredFields() {}

  public static Set<String> of(byte[] form) {
    String text = new String(form, StandardCharsets.UTF_8).strip();
    Set<String> names = new LinkedHashSet<>();
    if (text.startsWith("{")) {
      try {
        collect(JSON.readTree(text), names);
      } catch (IOException e) {
        throw new IllegalArgumentException("表单定义不是有效的JSON", e);
      }
    } else {
      Matcher m = CAM_VARIABLE.matcher(text);
      while (m.find()) {
        names.add(m.group(1).strip());
      }
    }
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, names));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode key = node.get("key");
    String type = node.path("type").asText("");
    // form-js submits read-only fields and leaves out disabled ones; a dotted key sets its first part.
    boolean disabled = node.path("disabled").asBoolean(false);
    if (key != null && key.isTextual() && !NOT_INPUTS.contains(type) && !disabled) {
      names.add(key.asText().split("\\.")[0]);
    }
    collect(node.get("components"), names);
  }
}
