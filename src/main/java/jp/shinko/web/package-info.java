/** Server-rendered pages and the JSON API. Controllers are thin: they call other modules' entry points. */
package jp.shinko.web;
