/**
 * The annual round: users and roles, the coordinator opening a fiscal year, organizations filling
 * in their records, review, publication and later corrections, with an audit trail written in the
 * transaction of every change. Controllers call one command per use case; each returns an
 * {@link jp.shinko.command.Outcome}.
 */
@ApplicationModule(allowedDependencies = {"sql", "command", "audit", "store", "ingest", "checks"})
package jp.shinko.cycle;

import org.springframework.modulith.ApplicationModule;
