/**
 * Reads Kagoshima City's 資料３ (商工業振興プランに係る事業概要等一覧) from its PDF-extracted text:
 * page furniture removed, each numbered record split into its cells by column order and cell shape.
 */
package jp.shinko.ingest.kagoshima;
