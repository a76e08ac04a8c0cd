/**
 * What a plan publishes: the official list in its city's own layout (XLSX, PDF), a summary report
 * with charts, and open data (CSV, JSON). {@link jp.shinko.report.PlanExports} is the entry point
 * for the CLI and the web; {@link jp.shinko.report.PlanExporter} works on plan content directly.
 */
@ApplicationModule(allowedDependencies = {"store"})
package jp.shinko.report;

import org.springframework.modulith.ApplicationModule;
