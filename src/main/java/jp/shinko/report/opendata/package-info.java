/**
 * Open data: a CSV of year records in the spirit of the 自治体標準オープンデータセット (documented in
 * docs/open-data.md) and a JSON of the plan tree, projects and year records.
 */
package jp.shinko.report.opendata;
