/** Command-line entry points ({@code ./shinko serve|import|parse|export|db|index|bench|version}). */
@ApplicationModule(allowedDependencies = {"command", "audit", "store", "ingest", "cycle", "compare", "search", "report", "checks", "synthetic"})
package jp.shinko.cli;

import org.springframework.modulith.ApplicationModule;
