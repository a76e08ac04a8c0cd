/**
 * What every module's JDBC code shares: {@link jp.shinko.sql.SqlValues}, typed nulls and column
 * readers that both H2 and PostgreSQL accept. A shared module: it owns no table.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.sql;

import org.springframework.modulith.ApplicationModule;
