package dev.peerdesk.platform.faces;

import dev.peerdesk.platform.faces.DurationInput.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationInputTest {

    @ParameterizedTest(name = "{0} is shown as {1} {2}")
    @CsvSource({
            "PT30M,  30,  MINUTES",
            "PT90M,  90,  MINUTES",
            "PT8H,   8,   HOURS",
            "PT24H,  24,  HOURS",
            "P2D,    2,   DAYS",
            "PT120H, 5,   DAYS",
            "PT36H,  36,  HOURS",
            "PT2S,   2,   SECONDS",
    })
    void aDurationIsShownInTheLargestUnitThatKeepsItExact(String iso, int amount, Unit unit) {
        DurationInput input = DurationInput.of(iso);

        assertThat(input.getAmount()).isEqualTo(amount);
        assertThat(input.getUnit()).isEqualTo(unit);
    }

    @Test
    void openingAndSavingNeverChangesAValue() {
        for (String iso : new String[] {"PT1S", "PT30M", "PT8H", "PT24H", "PT72H", "PT2H30M"}) {
            assertThat(DurationInput.of(iso).iso()).isEqualTo(java.time.Duration.parse(iso).toString());
        }
    }

    @Test
    void secondsAreOfferedOnlyForAValueThatNeedsThem() {
        assertThat(DurationInput.of("PT8H").getUnits()).containsExactly(Unit.MINUTES, Unit.HOURS, Unit.DAYS);
        assertThat(DurationInput.of("PT5S").getUnits()).contains(Unit.SECONDS);
    }

    @Test
    void aTypedNumberAndUnitBecomeIsoText() {
        DurationInput input = new DurationInput();
        input.setAmount(3);
        input.setUnit(Unit.DAYS);

        assertThat(input.iso()).isEqualTo("PT72H");
    }

    @Test
    void noNumberIsNoValue() {
        assertThat(DurationInput.of(null).iso()).isNull();
        assertThat(DurationInput.of(" ").isEmpty()).isTrue();
        assertThat(DurationInput.of("tomorrow").iso()).as("unreadable text is left for the service to refuse").isNull();
    }
}
