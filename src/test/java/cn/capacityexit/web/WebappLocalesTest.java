package cn.capacityexit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak Chinese completely to a Chinese browser (issue
 * 14): every label of Camunda's English file has its Chinese translation with the same placeholders;
 * the English file carries no date locale, so that loading the fallback never switches the dates of a
 * Chinese officer back to English (moment.updateLocale also sets the global locale).
 */
class WebappLocalesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsInChineseWithItsPlaceholders(String app) throws Exception {
    JsonNode en = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    JsonNode zh = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json");
    assertThat(en.has("dateLocales")).as("the English fallback must not reset the date locale").isFalse();
    if (!app.equals("welcome")) {
      assertThat(zh.path("dateLocales").path("relativeTime").path("future").asText()).isEqualTo("%s后");
    }
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.get("labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      JsonNode chinese = zh.get("labels").get(label.getKey());
      if (chinese == null) {
        problems.add(label.getKey() + " has no translation");
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(label.getValue().asText());
      while (m.find()) {
        if (!chinese.asText().contains(m.group())) {
          problems.add(label.getKey() + " lost " + m.group());
        }
      }
      if (!label.getValue().asText().isBlank() && chinese.asText().equals(label.getValue().asText())
          && label.getValue().asText().matches(".*[a-z]{3,} [a-z]{3,}.*")) {
        problems.add(label.getKey() + " is still English: " + chinese.asText());
      }
    }
    assertThat(problems).isEmpty();
  }

  private static JsonNode read(String resource) throws Exception {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }
}
