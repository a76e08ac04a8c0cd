/**
 * Synthetic national data sets for benchmarks and load tests: plans made from the two sample
 * lists' vocabulary, in both cities' shapes, written through store's COPY loader.
 * {@link jp.shinko.synthetic.GenerateNationalSet} is the entry point.
 */
@ApplicationModule(allowedDependencies = {"store"})
package jp.shinko.synthetic;

import org.springframework.modulith.ApplicationModule;
