package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a natural person's name is shown: the surname, then one {@code *} for each remaining
 * character; a compound surname (复姓) counts as the surname.
 */
class NameMaskerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "张伟, 张*",
            "王小明, 王**",
            "李, *",
            "欧阳娜娜, 欧阳**",
            "欧阳修, 欧阳*",
            "司马光, 司马*",
            "诸葛亮, 诸葛*",
            "上官婉儿, 上官**",
            "端木蓉, 端木*"})
    void showsTheSurnameAndOneStarPerRemainingCharacter(String name, String shown) {
        assertThat(NameMasker.mask(name)).isEqualTo(shown);
    }

    @Test
    void aTwoCharacterNameThatStartsLikeACompoundSurnameKeepsOnlyOneCharacter() {
        // 欧阳 alone is a surname and a one-character given name: the given name is still hidden
        assertThat(NameMasker.mask("欧阳")).isEqualTo("欧*");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneCharacter() {
        // 𠮷 (U+20BB7) is two UTF-16 units but one character
        assertThat(NameMasker.mask("张𠮷")).isEqualTo("张*");
        assertThat(NameMasker.mask("𠮷小明")).isEqualTo("𠮷**");
    }

    @Test
    void surroundingBlanksAreIgnoredAndNothingOfTheGivenNameRemains() {
        assertThat(NameMasker.mask(" 王小明 ")).isEqualTo("王**");
        assertThat(NameMasker.mask("王小明")).doesNotContain("小").doesNotContain("明");
    }

    @Test
    void noNameStaysNoName() {
        assertThat(NameMasker.mask(null)).isNull();
        assertThat(NameMasker.mask("")).isEmpty();
    }
}
