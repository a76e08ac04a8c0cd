/**
 * Reading a PDF's text for the layout parsers: PDFBox gives each glyph's position, and the glyphs
 * are laid out again as lines of text, with tabs for column gaps and blank lines for skipped lines.
 * A page that prints ruled tables is read cell by cell, and each line of a cell is known to wrap
 * or to break ({@link jp.shinko.ingest.LineEnd}).
 */
package jp.shinko.ingest.pdf;
