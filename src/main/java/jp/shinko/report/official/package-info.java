/**
 * The official project list in each city's own layout: the layouts build a {@link
 * jp.shinko.report.official.ListDocument} (columns, rows, legend, footnotes), which one writer
 * prints as XLSX and another as PDF.
 */
package jp.shinko.report.official;
