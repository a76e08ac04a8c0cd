/**
 * The JSON form of plan data, shared by {@code shinko parse}, open data and the JSON API:
 * fiscal years as numbers, node paths as {@code 1/①}, amounts as kind plus thousand yen.
 */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.json;

import org.springframework.modulith.ApplicationModule;
