/** Server-rendered pages and the JSON API. Controllers are thin: they call other modules' entry points. */
@ApplicationModule(allowedDependencies = {"command", "audit", "store", "cycle", "compare", "search", "report", "reminders", "checks", "sheets"})
package jp.shinko.web;

import org.springframework.modulith.ApplicationModule;
