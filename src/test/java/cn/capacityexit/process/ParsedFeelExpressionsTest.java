package cn.capacityexit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The decision tables' FEEL engine with parsed expressions kept answers as Camunda's engine does (issue 17). */
class ParsedFeelExpressionsTest {

  private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  private final ParsedFeelExpressions kept = new ParsedFeelExpressions(List.of());

  private static VariableContext variables(int year, String dimension) {
    return Variables.createVariables().putValue("findingYear", year).putValue("dimension", dimension)
        .putValue("cellInput", dimension).asVariableContext();
  }

  @Test
  void unaryTestsOfTheTablesAnswerAsCamundasEngineTwiceOver() {
    List<String> tests = List.of("\"ENERGY\"", "\"ENERGY\",\"SAFETY\"", ">= 2022", "[2020..2022]", "not(\"QUALITY\")", "-",
        "null", "< findingYear");
    for (int round = 0; round < 2; round++) { // the second round evaluates the kept expressions
      for (String test : tests) {
        for (Object input : List.of("ENERGY", "QUALITY", 2021, 2023)) {
          VariableContext context = variables(2022, "ENERGY");
          Boolean expected = outcome(() -> camunda.evaluateSimpleUnaryTests(test, "cellInput", withInput(context, input)));
          Boolean actual = outcome(() -> kept.evaluateSimpleUnaryTests(test, "cellInput", withInput(context, input)));
          assertThat(actual).as(test + " for " + input + " (round " + round + ")").isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void expressionsAnswerAsCamundasEngineAndFailuresReadTheSame() {
    for (String expression : List.of("findingYear + 1", "dimension = \"ENERGY\"", "if findingYear > 2021 then \"新\" else \"旧\"",
        "\"P6M\"", "date(\"2022-03-15\") + duration(\"P6M\")")) {
      Object expected = camunda.evaluateSimpleExpression(expression, variables(2022, "ENERGY"));
      assertThat((Object) kept.evaluateSimpleExpression(expression, variables(2022, "ENERGY"))).as(expression).isEqualTo(expected);
      assertThat((Object) kept.evaluateSimpleExpression(expression, variables(2022, "ENERGY"))).as(expression + ", kept").isEqualTo(expected);
    }
    String unparsable = "findingYear +";
    String message = messageOf(() -> camunda.evaluateSimpleExpression(unparsable, variables(2022, "ENERGY")));
    assertThatThrownBy(() -> kept.evaluateSimpleExpression(unparsable, variables(2022, "ENERGY")))
        .isInstanceOf(FeelException.class).hasMessage(message);
    for (String test : List.of("< date(\"not a date\") + duration(\"P6M\")", "< unknownFunction(1)", "> \"ENERGY\" + 1")) {
      String expected = answer(() -> camunda.evaluateSimpleUnaryTests(test, "cellInput", variables(2022, "ENERGY")));
      assertThat(answer(() -> kept.evaluateSimpleUnaryTests(test, "cellInput", variables(2022, "ENERGY")))).as(test).isEqualTo(expected);
      assertThat(answer(() -> kept.evaluateSimpleUnaryTests(test, "cellInput", variables(2022, "ENERGY")))).as(test + ", kept")
          .isEqualTo(expected);
    }
  }

  private static VariableContext withInput(VariableContext context, Object input) {
    var map = Variables.createVariables();
    context.keySet().forEach(k -> map.putValueTyped(k, context.resolve(k)));
    return map.putValue("cellInput", input).asVariableContext();
  }

  private static Boolean outcome(java.util.function.Supplier<Boolean> evaluation) {
    try {
      return evaluation.get();
    } catch (FeelException e) {
      return null;
    }
  }

  /** The answer or the failure's message. */
  private static String answer(java.util.function.Supplier<Object> evaluation) {
    try {
      return "answer: " + evaluation.get();
    } catch (FeelException e) {
      return "failure: " + e.getMessage();
    }
  }

  private static String messageOf(Runnable evaluation) {
    try {
      evaluation.run();
    } catch (FeelException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a failure");
  }
}
