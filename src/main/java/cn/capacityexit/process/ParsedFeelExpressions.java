package cn.capacityexit.process;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Issue 17: the decision tables' FEEL engine parses each expression once, not at every evaluation.
 *
 * <p>Camunda's {@link ScalaFeelEngine} hands the expression's text to the FEEL engine, which parses it, then evaluates
 * it; a rectification case evaluates its table's input entries and outputs, and parsing was about a tenth of the
 * case's time in the request (Flight Recorder). The FEEL engine's own evaluation is {@code parse(text)} then
 * {@code eval(parsed, context)}: here the parsed expression (an immutable syntax tree) is kept by its text and
 * evaluated with the same context, the same input variable of unary tests and the same failure as Camunda's engine.
 * A text that does not parse is left to Camunda's engine, which reports it as before. The tables are the analysts'
 * deployed files, so the texts are few; the cache is emptied should it ever hold more than {@value #LIMIT}.
 */
final class ParsedFeelExpressions extends ScalaFeelEngine {

  static final int LIMIT = 10_000;

  private final java.util.Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final java.util.Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedFeelExpressions(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  /** The factory the DMN engine asks for its FEEL engine, with the process engine's custom FEEL functions. */
  static FeelEngineFactory factory(java.util.function.Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    return () -> {
      List<FeelCustomFunctionProvider> providers = functionProviders.get();
      return new ParsedFeelExpressions(providers == null ? List.of() : providers);
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    if (parsed == null) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    return (T) result(feelEngine.eval(parsed, context(variables)));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    if (parsed == null) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    StaticVariableProvider input = new StaticVariableProvider(new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
    VariableProvider variables = new CompositeVariableProvider(toScalaList(input, new ContextVariableWrapper(variableContext)));
    return BoxesRunTime.unboxToBoolean(result(feelEngine.eval(parsed, context(variables))));
  }

  private static CustomContext context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }

  private static ParsedExpression parsed(java.util.Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parse) {
    ParsedExpression known = cache.get(text);
    if (known != null) {
      return known;
    }
    Either<Failure, ParsedExpression> result = parse.apply(text);
    if (!(result instanceof Right<Failure, ParsedExpression> right)) {
      return null;
    }
    if (cache.size() >= LIMIT) {
      cache.clear();
    }
    cache.put(text, right.value());
    return right.value();
  }

  private static Object result(Either<Failure, Object> either) {
    if (either instanceof Right<Failure, Object> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(either.left().toOption().get().message());
  }
}
