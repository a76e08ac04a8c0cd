/**
 * Persistence: Flyway migrations and JDBC repositories; embedded H2 by default, PostgreSQL in production.
 * {@link jp.shinko.store.PlanRepository} is the entry point; the other classes are its internals.
 */
@ApplicationModule(allowedDependencies = {"sql"})
package jp.shinko.store;

import org.springframework.modulith.ApplicationModule;
