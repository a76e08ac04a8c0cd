/**
 * Shared by the report's writers: the shipped Japanese font, Thymeleaf-to-PDF rendering, chart
 * images and the measure of printed text that row heights are computed from.
 */
package jp.shinko.report.render;
