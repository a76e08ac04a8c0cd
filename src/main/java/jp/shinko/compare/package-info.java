/**
 * Comparing plans across municipalities: a common theme taxonomy, automatic theme assignment with
 * its reasons, similar projects in other cities, and budget side by side per theme.
 * {@link jp.shinko.compare.Comparisons} is the entry point for the web layer.
 */
@ApplicationModule(allowedDependencies = {"command", "audit", "store"})
package jp.shinko.compare;

import org.springframework.modulith.ApplicationModule;
