/**
 * The domain of a promotion plan: municipality, plan, policy tree, projects, placements,
 * year records, organizations and the sources they came from, with their invariants.
 * No framework imports: everything else in shinko depends on this package, never the reverse.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.plan;

import org.springframework.modulith.ApplicationModule;
