/**
 * Organizations as printed in published lists: their canonical spelling, the kind of body they
 * are (the city's own department or an outside body) and the splitting of 担当課 cells.
 */
package jp.shinko.ingest.organization;
