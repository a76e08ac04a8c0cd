package jp.shinko.era;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.shinko.plan.FiscalYear;

class EraTest {

    /** Our table against java.time's (which starts at Meiji 6, so Meiji is left out). */
    @ParameterizedTest(name = "{0} begins in the year java.time says")
    @CsvSource({"TAISHO, Taisho", "SHOWA, Showa", "HEISEI, Heisei", "REIWA, Reiwa"})
    void agreesWithJavaTime(Era era, String javaTimeName) {
        JapaneseEra javaTimeEra = JapaneseEra.valueOf(javaTimeName);
        JapaneseDate lastDayOfFirstYear = JapaneseDate.of(javaTimeEra, 1, 12, 31);

        assertThat(lastDayOfFirstYear.get(ChronoField.YEAR)).isEqualTo(era.firstYear());
        assertThat(javaTimeEra.getDisplayName(TextStyle.FULL, Locale.JAPAN)).isEqualTo(era.kanji());
    }

    @ParameterizedTest(name = "{0} runs to year {1}")
    @CsvSource({"MEIJI, 45", "TAISHO, 15", "SHOWA, 64", "HEISEI, 31"})
    void endsInTheYearTheNextEraBegan(Era era, int lastEraYear) {
        assertThat(era.lastEraYear()).hasValue(lastEraYear);
        assertThat(era.fiscalYear(lastEraYear)).isEqualTo(FiscalYear.of(Era.values()[era.ordinal() + 1].firstYear()));
    }

    @ParameterizedTest(name = "Reiwa {0} is FY{1}")
    @CsvSource({"1, 2019", "6, 2024", "12, 2030"})
    void countsReiwaFrom2019(int eraYear, int year) {
        assertThat(Era.REIWA.lastEraYear()).isEmpty();
        assertThat(Era.REIWA.fiscalYear(eraYear)).isEqualTo(FiscalYear.of(year));
        assertThat(Era.REIWA.eraYear(FiscalYear.of(year))).isEqualTo(eraYear);
    }
}
