/**
 * What every module's commands return: an {@link jp.shinko.command.Outcome} (done, invalid with
 * {@link jp.shinko.command.Problem}s, conflict, refused, denied, not found) and the
 * {@link jp.shinko.command.Message} pages print in the reader's language. A shared module: it owns no table.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.command;

import org.springframework.modulith.ApplicationModule;
