/**
 * The summary report of a plan: budget and settlement by top-level node, by organization and by
 * year (re-listed projects counted once), evaluation counts, new and ending projects, with bar
 * charts; written as XLSX and as PDF.
 */
package jp.shinko.report.summary;
