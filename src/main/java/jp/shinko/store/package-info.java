/** Persistence: Flyway migrations and JDBC repositories; embedded H2 by default, PostgreSQL in production. */
package jp.shinko.store;
