/**
 * Reading published project lists: one {@link jp.shinko.ingest.ListParser} per layout turns a
 * document's text into plan objects plus warnings. Parsers never touch the database. Errors
 * ({@link jp.shinko.ingest.ParseException}) and warnings ({@link jp.shinko.ingest.ImportWarning})
 * carry a {@link jp.shinko.ingest.Reason}: a key of {@code ingest/messages*.properties}, worded in
 * Japanese or English when someone reads it.
 */
@ApplicationModule(allowedDependencies = {"store"})
package jp.shinko.ingest;

import org.springframework.modulith.ApplicationModule;
