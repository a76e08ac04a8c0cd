package jp.shinko.store;

import java.util.Map;
import jp.shinko.plan.Provenance;
import jp.shinko.sql.SqlValues;

/** The source_id, first_line and last_line parameters of a provenance, all typed nulls when absent. */
record ProvenanceColumns(Object sourceId, Object firstLine, Object lastLine) {

    static ProvenanceColumns of(Provenance provenance, Map<String, Long> sourceIds) {
        if (provenance == null) {
            return new ProvenanceColumns(SqlValues.bigint(null), SqlValues.integer(null), SqlValues.integer(null));
        }
        return new ProvenanceColumns(sourceIds.get(provenance.sourceSha256()),
                provenance.firstLine(), provenance.lastLine());
    }
}
