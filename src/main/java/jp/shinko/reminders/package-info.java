/**
 * Deadlines and e-mail reminders of the annual round: the coordinator sets a round's deadline (and
 * an organization's own), each organization's shared mailbox receives a reminder before the
 * deadline, when it is overdue and when a record is returned. Reminders are decided into a table
 * in the database (the log and the outbox at once) and sent apart from any save, retried when the
 * mail server fails. {@link jp.shinko.reminders.Reminders} is the entry point.
 */
@ApplicationModule(allowedDependencies = {"sql", "command", "audit", "store", "cycle"})
package jp.shinko.reminders;

import org.springframework.modulith.ApplicationModule;
