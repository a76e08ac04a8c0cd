/**
 * Reading a PDF's text for the layout parsers: PDFBox gives each glyph's position, and the glyphs
 * are laid out again as lines of text, with tabs for column gaps and blank lines for skipped lines.
 */
package jp.shinko.ingest.pdf;
