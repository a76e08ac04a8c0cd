/**
 * Amounts of money as documents write them (円, 千円, 万円, 百万円, 億, △, full-width digits), read
 * at the edge into exact yen with the unit kept, or refused with a reason. Framework-free, shared by
 * every importer, the mapping profiles and the template.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.amount;

import org.springframework.modulith.ApplicationModule;
