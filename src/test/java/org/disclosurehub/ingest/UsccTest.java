package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unified social credit codes (统一社会信用代码, GB 32100-2015) as agencies.csv, powers.csv and officers.csv use them. */
class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"111101050000000191", SeedData.MARKET_REGULATION, SeedData.SHUANGJING_STREET_OFFICE,
            SeedData.SHUANGJING_TEAM, "91350100M000100Y43"})
    void theCodesOfTheSeedDataAndAPublishedExamplePass(String code) {
        assertThat(Uscc.problem(code)).isNull();
        assertThat(Uscc.valid(code)).isTrue();
    }

    @Test
    void theCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertThat(Uscc.checkCharacter("11110105000000027")).isEqualTo('U');
        assertThat(Uscc.checkCharacter("11110105000000182")).isEqualTo('8');
        // a sum divisible by 31 gives the check character 0, not an index past the alphabet
        assertThat(Uscc.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"11110105000000027", "11110105000000027UU", ""})
    void aCodeMustHaveEighteenCharacters(String code) {
        assertThat(Uscc.problem(code)).isEqualTo(
                "a unified social credit code has 18 characters, this one has " + code.length());
        assertThat(Uscc.valid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void theLettersIOZSAndVAreNotPartOfTheAlphabet(char letter) {
        String code = "9111010" + letter + "0000000279";
        assertThat(Uscc.problem(code)).isEqualTo("character 8 ('" + letter + "') is not allowed in a unified social"
                + " credit code (digits and upper-case letters except I, O, Z, S, V)");
    }

    @Test
    void lowerCaseLettersAreNotAccepted() {
        assertThat(Uscc.problem("11110105000000027u")).startsWith("character 18 ('u') is not allowed");
        assertThat(Uscc.valid("11110105000000027u")).isFalse();
    }

    @Test
    void aFullWidthDigitIsNotADigit() {
        assertThat(Uscc.problem("１1110105000000027U")).startsWith("character 1 ('１') is not allowed");
    }

    @Test
    void aWrongCheckCharacterIsReportedWithTheExpectedOne() {
        assertThat(Uscc.problem("11110105000000027X"))
                .isEqualTo("the check character is wrong (GB 32100-2015): expected U for these first 17 characters");
        // one mistyped digit in the body changes the check character as well
        assertThat(Uscc.valid("11110105000000028U")).isFalse();
    }

    @Test
    void nullIsNotAValidCode() {
        assertThat(Uscc.valid(null)).isFalse();
    }
}
