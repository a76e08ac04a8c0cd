/**
 * The audit trail: who did what when, and for a changed field its old and new value. Every module
 * that changes data (the round, themes, municipality figures, users, import) writes its entries
 * through {@link jp.shinko.audit.AuditTrail} in the transaction of the change. The acting user is
 * an {@link jp.shinko.audit.Actor} with a {@link jp.shinko.audit.Role}. Owns {@code audit_entries}.
 */
@ApplicationModule(allowedDependencies = {"sql"})
package jp.shinko.audit;

import org.springframework.modulith.ApplicationModule;
