package dev.peerdesk.user.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTest {

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Alice Martin|Alice Martin",
            "  Alice   Martin  |Alice Martin",
            // a right-to-left override would show "Alice" + reversed text
            "Alice\u202Enimda|Alicenimda",
            "Bob\u200B\u200D\u2066|Bob",
            // full-width letters fold into plain ones
            "\uFF21\uFF44\uFF4D\uFF49\uFF4E|Admin",
    })
    void namesAreCleanedOfInvisibleAndReorderingCharacters(String typed, String shown) {
        assertThat(AccountRules.cleanDisplayName(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"Administrator", "admin", "A d m i n", "Moderator", "Support", "Peerdesk Team",
            "Jane (support)", "Bob [Staff]", "Ann - Moderator", "Kim | Peerdesk team", "...", "\u3000\u3000\u3000", "-_-"})
    void staffLookalikesAndInvisibleNamesAreRefused(String name) {
        assertThat(AccountRules.displayNameProblem(AccountRules.cleanDisplayName(name))).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\" is fine")
    @ValueSource(strings = {"Alice Martin", "Li Wei", "导出数据", "محمد", "Modesto", "Supporter of cats", "Ad Minster", "R2"})
    void ordinaryNamesInAnyScriptAreAccepted(String name) {
        assertThat(AccountRules.displayNameProblem(AccountRules.cleanDisplayName(name))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"qwertyuiop", "1234567890", "Password123", "BASKETBALL", "1q2w3e4r5t"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(AccountRules.passwordProblem(password, "jane@example.com", "Jane")).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\" for jane.doe@example.com / Jane Doe Smith → refused")
    @ValueSource(strings = {"jane.doe@example.com", "JANE.DOE@EXAMPLE.COM", "jane.doe", "Jane Doe Smith", "janedoesmith"})
    void passwordsEqualToTheEmailOrNameAreRefused(String password) {
        assertThat(AccountRules.passwordProblem(password, "jane.doe@example.com", "Jane Doe Smith")).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\" is fine")
    @ValueSource(strings = {"correct-horse-battery", "Tr0ub4dour&3x", "my cat eats 7 pears"})
    void uncommonPasswordsAreAccepted(String password) {
        assertThat(AccountRules.passwordProblem(password, "jane.doe@example.com", "Jane Doe")).isEmpty();
    }
}
