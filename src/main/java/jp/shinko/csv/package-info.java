/**
 * Every CSV file shinko writes goes through {@link jp.shinko.csv.CsvWriter}, which neutralizes
 * cells a spreadsheet would run as a formula (OWASP's CSV injection rule). A shared module: any
 * module may use it without declaring it.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.csv;

import org.springframework.modulith.ApplicationModule;
