package jp.shinko.compare;

import java.time.LocalDateTime;

/** Population and number of businesses of a municipality as an administrator entered them. */
public record MunicipalityFigures(String municipalityCode, Long population, String populationAsOf,
                                  Long businesses, String businessesAsOf, String enteredBy, LocalDateTime enteredAt) {
}
