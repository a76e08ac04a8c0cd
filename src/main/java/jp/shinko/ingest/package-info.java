/**
 * Reading published project lists: one {@link jp.shinko.ingest.ListParser} per layout turns a
 * document's text into plan objects plus warnings. Parsers never touch the database.
 */
package jp.shinko.ingest;
