package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

  @Test
  void acceptsTheSampleCodeOfTheStandard() {
    // The sample code printed in GB 32100-2015 and in the registration authorities' guides.
    assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
  }

  @Test
  void computesTheCheckCharacterWithWeightsThreeToThePowerModThirtyOne() {
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCode.checkCharacter("91440300708461136")).isEqualTo('T');
  }

  @Test
  void refusesAWrongCheckCharacterAndNamesTheExpectedOne() {
    assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(reason ->
        assertThat(reason).contains("校验码错误").contains("应为3"));
  }

  @Test
  void refusesWrongLengthAndCharactersOutsideTheAlphabet() {
    assertThat(CreditCode.problem("91350100M000100Y4")).hasValueSatisfying(r -> assertThat(r).contains("18位"));
    assertThat(CreditCode.problem("91350100M0001O0Y43")).hasValueSatisfying(r -> assertThat(r).contains("第14位"));
    assertThat(CreditCode.problem("91AB0100M000100Y43")).hasValueSatisfying(r -> assertThat(r).contains("行政区划码"));
    assertThat(CreditCode.problem(" ")).contains("必填");
  }

  @Test
  void normalisesWhatOfficersType() {
    assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
  }

  @Test
  void everyDemoEnterpriseHasAValidCode() {
    cn.capacityexit.demo.DemoData.creditCodes().forEach(code ->
        assertThat(CreditCode.problem(code)).as(code).isEmpty());
  }
}
