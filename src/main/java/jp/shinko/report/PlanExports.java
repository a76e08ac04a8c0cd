package jp.shinko.report;

import jp.shinko.store.PlanRepository;
import org.springframework.stereotype.Service;

/** Exports a stored plan: loads it from the database and hands it to {@link PlanExporter}. */
@Service
public class PlanExports {

    private final PlanRepository plans;
    private final PlanExporter exporter = new PlanExporter();

    PlanExports(PlanRepository plans) {
        this.plans = plans;
    }

    /**
     * The export of the plan with this key.
     *
     * @throws ExportException if there is no such plan, or it has no records of the year asked for
     */
    public Export export(String planKey, ExportRequest request) {
        var content = plans.load(planKey).orElseThrow(() -> new ExportException(ExportException.Reason.UNKNOWN_PLAN,
                "計画「" + planKey + "」はデータベースにありません"));
        return exporter.export(content, request);
    }
}
