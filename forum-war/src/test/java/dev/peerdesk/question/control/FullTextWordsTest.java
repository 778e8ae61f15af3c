package dev.peerdesk.question.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches MATCH … AGAINST: words only, never an operator InnoDB would parse. */
class FullTextWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*|''",
            "' * '|''",
            "+-\"~<>()@|''",
            "+sync* -token|sync token",
            "\"reset (password)\"|reset password",
            "如何导出数据?|如何导出数据",
            "e-mail_address@x|e mail_address x"})
    void keepsWordsAndDropsOperators(String text, String words) {
        assertThat(QuestionQueries.fullTextWords(text)).isEqualTo(words);
    }
}
