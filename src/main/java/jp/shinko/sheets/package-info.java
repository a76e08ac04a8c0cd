/**
 * The round's Excel round trip: an organization downloads its records of a year as an XLSX
 * workbook (last year's values read-only, this year's to fill, lists for marks and outlooks,
 * protected cells, each record's version in a hidden column), fills it offline and uploads it.
 * Every cell is checked; nothing is saved unless every row passes, and a record changed in the
 * app since the download is a conflict shown beside the sheet's values, never overwritten.
 */
@ApplicationModule(allowedDependencies = {"command", "audit", "cycle"})
package jp.shinko.sheets;

import org.springframework.modulith.ApplicationModule;
