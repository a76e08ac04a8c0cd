/**
 * Japanese full-text search over projects: a Lucene index (kuromoji words plus aligned bigrams),
 * rebuilt from the store and kept current by events. {@link jp.shinko.search.ProjectSearch} is the
 * entry point; the other public types are its request and results.
 */
@ApplicationModule(allowedDependencies = {"store"})
package jp.shinko.search;

import org.springframework.modulith.ApplicationModule;
