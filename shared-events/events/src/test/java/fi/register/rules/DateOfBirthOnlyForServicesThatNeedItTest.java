package fi.register.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt.Verdict.ALLOWED;
import static fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt.Verdict.NOT_IN_THE_PAST;
import static fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt.Verdict.NOT_NEEDED;
import static fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt.Verdict.REQUIRED;
import static fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt.judge;
import static org.assertj.core.api.Assertions.assertThat;

class DateOfBirthOnlyForServicesThatNeedItTest {

    private static final List<String> NEEDING = List.of("FIRSTBEAT_ANALYSIS");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static final LocalDate BORN = LocalDate.parse("1980-02-29");

    @Test
    void allows_WhenAServiceThatNeedsItIsChosenAndTheDateIsInThePast() {
        assertThat(judge(NEEDING, Set.of("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT"), BORN, TODAY)).isEqualTo(ALLOWED);
        assertThat(judge(NEEDING, Set.of("FIRSTBEAT_ANALYSIS"), TODAY.minusDays(1), TODAY)).isEqualTo(ALLOWED);
    }

    @Test
    void allows_WhenNoServiceNeedsItAndNoneIsGiven() {
        assertThat(judge(NEEDING, Set.of("NEUROSONIC_TREATMENT"), null, TODAY)).isEqualTo(ALLOWED);
        assertThat(judge(NEEDING, null, null, TODAY)).isEqualTo(ALLOWED);
    }

    @Test
    void refuses_WhenAServiceNeedsItAndItIsMissing() {
        assertThat(judge(NEEDING, Set.of("FIRSTBEAT_ANALYSIS"), null, TODAY)).isEqualTo(REQUIRED);
    }

    @Test
    void refuses_WhenNoChosenServiceNeedsIt() {
        assertThat(judge(NEEDING, Set.of("NEUROSONIC_TREATMENT"), BORN, TODAY)).isEqualTo(NOT_NEEDED);
        assertThat(judge(List.of(), Set.of("FIRSTBEAT_ANALYSIS"), BORN, TODAY)).as("no service needs it here")
                .isEqualTo(NOT_NEEDED);
    }

    @Test
    void refuses_WhenTheDateIsTodayOrLater() {
        assertThat(judge(NEEDING, Set.of("FIRSTBEAT_ANALYSIS"), TODAY, TODAY)).isEqualTo(NOT_IN_THE_PAST);
        assertThat(judge(NEEDING, Set.of("FIRSTBEAT_ANALYSIS"), TODAY.plusYears(1), TODAY)).isEqualTo(NOT_IN_THE_PAST);
    }
}
