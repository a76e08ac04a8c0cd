/** Fiscal years in Japanese notation: 昭和/平成/令和, S/H/R, 元年, full-width digits; parsed and printed at the edges. */
@ApplicationModule(allowedDependencies = {})
package jp.shinko.era;

import org.springframework.modulith.ApplicationModule;
