/**
 * shinko's XLSX / CSV template for plan data: one row per project-year on the main sheet 事業年度,
 * the facts that are not per year on their own sheets. {@link jp.shinko.template.TemplateWriter}
 * exports plan content, {@link jp.shinko.template.TemplateReader} validates and reads it back;
 * export then import gives equal content. The template is documented in {@code docs/template.md}.
 */
@ApplicationModule(allowedDependencies = {"ingest"})
package jp.shinko.template;

import org.springframework.modulith.ApplicationModule;
