package cn.capacityexit.process;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.repository.Resource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a model deployed by an analyst may contain. Deploying a model must not mean running code
 * on the server: every expression in a BPMN may only read variables, compare and combine them,
 * or call a public method of one of the product's step beans; scripts, Java classes, connectors
 * and external resources are refused, and so are DMN expressions in any language but FEEL and
 * FEEL's external (Java) functions. HTML forms and scripts run in officers' browsers and ship
 * with a release. The refusal names the resource, the element and the reason.
 */
public class ModelPolicy {

  static final Set<String> ALLOWED_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");

  private static final Set<String> REFUSED_ATTRIBUTES = Set.of("class", "delegateExpression", "variableMappingClass",
      "variableMappingDelegateExpression", "resource", "scriptFormat", "language");
  /** The only form keys besides Camunda Forms: the product's embedded forms, which ship with a release. */
  private static final java.util.regex.Pattern FORM_KEY = java.util.regex.Pattern.compile("embedded:deployment:forms/[a-z0-9-]+\\.html");
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Set<String> REFUSED_ELEMENTS = Set.of("scriptTask", "script", "connector", "connectorId");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty",
      "div", "mod", "true", "false", "null", "instanceof");
  /** Names the engine binds in expressions; usable as arguments only, never to call into. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

  private final Function<String, Class<?>> stepBeans;

  /** @param stepBeans the type of the product's step bean of that name, or null if there is none */
  public ModelPolicy(Function<String, Class<?>> stepBeans) {
    this.stepBeans = stepBeans;
  }

  public void check(Map<String, ? extends Resource> resources) {
    if (resources == null) {
      return;
    }
    for (Resource r : resources.values()) {
      List<String> problems = problems(r.getName(), r.getBytes());
      if (!problems.isEmpty()) {
        throw new AuthorizationException("部署被拒绝：" + String.join("；", problems));
      }
    }
  }

  /** Everything refused in one resource, each as "resource, element: reason". */
  public List<String> problems(String name, byte[] content) {
    List<String> problems = new ArrayList<>();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("documents/") && lower.endsWith(".txt")) {
      // A document template: plain text whose {{placeholders}} take facts of the case; nothing is evaluated.
      String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
      if (content.length > 64 * 1024 || !text.contains("\n---") || !text.contains("title:")) {
        problems.add(name + "：公文模板须为UTF-8文本，含 title:、一行 --- 和正文，且不超过64 KB");
      }
      return problems;
    }
    if (ALLOWED_SUFFIXES.stream().noneMatch(lower::endsWith)) {
      problems.add(name + "：只能部署BPMN、DMN和Camunda表单（.bpmn、.dmn、.form）；嵌入式HTML表单和脚本在办事人员的浏览器中运行，须由开发人员随版本发布");
      return problems;
    }
    if (lower.endsWith(".form")) {
      try {
        if (!JSON.readTree(content).path("components").isArray()) {
          problems.add(name + "：不是Camunda表单（缺少components）");
        }
      } catch (java.io.IOException e) {
        problems.add(name + "：不是有效的JSON表单");
      }
      return problems;
    }
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      // As the engine's parser reads them: adjacent text, CDATA and comments make one text.
      factory.setCoalescing(true);
      factory.setIgnoringComments(true);
      root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
    } catch (Exception e) {
      problems.add(name + "：不是有效的XML模型（不允许DOCTYPE声明）");
      return problems;
    }
    walk(name, root, lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml"), problems);
    return problems;
  }

  private void walk(String resource, Element element, boolean dmn, List<String> problems) {
    String where = resource + "，" + describe(element);
    String local = element.getLocalName();
    if (REFUSED_ELEMENTS.contains(local)) {
      problems.add(where + "：不允许脚本或连接器");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (attr.equals("formKey") && !FORM_KEY.matcher(a.getValue()).matches()) {
        problems.add(where + "：表单只能用Camunda表单（formRef）；嵌入式表单须由开发人员随版本发布");
      } else if (REFUSED_ATTRIBUTES.contains(attr)) {
        problems.add(where + "：不允许" + attr + "（Java类、委托或外部资源）");
      } else if (dmn && attr.equals("expressionLanguage") && !a.getValue().toLowerCase(Locale.ROOT).startsWith("feel")
          && !a.getValue().contains("FEEL")) {
        problems.add(where + "：决策表只能使用FEEL表达式，不允许“" + a.getValue() + "”");
      } else {
        checkText(where, a.getValue(), problems);
      }
    }
    StringBuilder text = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        walk(resource, child, dmn, problems);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    if (dmn && text.toString().matches("(?s).*\\bexternal\\b.*")) {
      problems.add(where + "：不允许FEEL外部函数（external）");
    }
    checkText(where, text.toString(), problems);
  }

  private void checkText(String where, String text, List<String> problems) {
    for (String expression : expressions(text)) {
      String reason = reason(expression);
      if (reason != null) {
        problems.add(where + "：表达式“" + expression + "”" + reason);
      }
    }
  }

  /** The bodies of every ${...} and #{...} in the text, quotes respected. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int start = i + 2;
        int j = start;
        char quote = 0;
        int depth = 0;
        for (; j < text.length(); j++) {
          char d = text.charAt(j);
          if (quote != 0) {
            if (d == '\\') {
              j++;
            } else if (d == quote) {
              quote = 0;
            }
          } else if (d == '\'' || d == '"') {
            quote = d;
          } else if (d == '{') {
            depth++;
          } else if (d == '}') {
            if (depth == 0) {
              break;
            }
            depth--;
          }
        }
        found.add(text.substring(start, Math.min(j, text.length())));
        i = j + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** Why the expression is refused, or null when it only reads variables or calls a step bean. */
  String reason(String expression) {
    List<String> tokens = tokens(expression);
    if (tokens == null) {
      return "无法解析";
    }
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      boolean afterDot = i > 0 && tokens.get(i - 1).equals(".");
      if (t.equals(";") || t.equals("->") || t.equals("=") || t.equals("+=")) {
        return "不允许赋值、语句或lambda";
      }
      if (t.equals("[")) {
        return "不允许下标或属性访问";
      }
      if (t.equals(".")) {
        if (i == 0 || !isBeanCall(tokens, i)) {
          return "只能调用产品步骤组件的方法，不允许访问对象属性或方法";
        }
        continue;
      }
      if (isIdentifier(t) && !afterDot && !KEYWORDS.contains(t)) {
        boolean namespaced = next.equals(":") && i + 3 < tokens.size() && isIdentifier(tokens.get(i + 2))
            && tokens.get(i + 3).equals("(");
        if (next.equals("(") || namespaced) {
          return "不允许调用函数“" + t + "”";
        }
        if (next.equals(".") && ENGINE_NAMES.contains(t)) {
          return "不允许直接访问引擎对象“" + t + "”";
        }
      }
    }
    return null;
  }

  /** tokens[dot] is the dot of bean.method(...) or bean.property, with bean a step bean and the method or getter public. */
  private boolean isBeanCall(List<String> tokens, int dot) {
    if (dot + 1 >= tokens.size() || dot - 1 < 0) {
      return false;
    }
    String bean = tokens.get(dot - 1);
    String method = tokens.get(dot + 1);
    if (dot + 2 >= tokens.size()) {
      tokens = new ArrayList<>(tokens);
      tokens.add("");
    }
    boolean rootIdentifier = dot - 2 < 0 || !tokens.get(dot - 2).equals(".");
    if (!rootIdentifier || !isIdentifier(bean) || !isIdentifier(method)) {
      return false;
    }
    Class<?> type = stepBeans.apply(bean);
    if (type == null) {
      return false;
    }
    boolean call = tokens.get(dot + 2).equals("(");
    if (!call && (tokens.get(dot + 2).equals(".") || tokens.get(dot + 2).equals("["))) {
      return false;
    }
    String capitalised = Character.toUpperCase(method.charAt(0)) + method.substring(1);
    for (Method m : type.getMethods()) {
      boolean named = call ? m.getName().equals(method)
          : m.getParameterCount() == 0 && (m.getName().equals("get" + capitalised) || m.getName().equals("is" + capitalised));
      if (named && m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdentifier(String t) {
    return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
  }

  /** A small JUEL tokenizer: identifiers, numbers, quoted strings (as one token), operators. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
          j++;
        }
        out.add("0");
        i = j;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= s.length()) {
          return null;
        }
        out.add("'str'");
        i = j + 1;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (Set.of("==", "!=", "<=", ">=", "&&", "||", "->", "+=").contains(two)) {
          out.add(two);
          i += 2;
        } else {
          out.add(String.valueOf(c));
          i++;
        }
      }
    }
    return out;
  }

  private static String describe(Element e) {
    String id = e.getAttribute("id");
    return e.getLocalName() + (id == null || id.isEmpty() ? "" : " " + id);
  }
}
