package jp.shinko.synthetic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import jp.shinko.store.PlanBulkLoad;
import org.springframework.stereotype.Component;

/**
 * {@code shinko bench generate}: writes a synthetic national set of plans ({@code national-0001} …)
 * into the configured PostgreSQL database with COPY, in batches of one transaction each, while a
 * second thread makes the next batch. The same numbers give the same data.
 */
@Component
public class GenerateNationalSet {

    /** What was written. */
    public record Result(int plans, long projects, long placements, long yearRecords, Duration took) {
    }

    /** Told after each batch. */
    public interface Progress {
        void advanced(int plansWritten, long yearRecordsWritten);
    }

    static final int BATCH = 20;

    private final PlanBulkLoad load;
    private final Vocabulary words = Vocabulary.load();

    public GenerateNationalSet(PlanBulkLoad load) {
        this.load = load;
    }

    /** Fails before writing anything on H2 or when generated plans are stored already. */
    public Result run(int plans, int years, Progress progress) {
        if (plans < 1 || years < 1 || years > 50) {
            throw new IllegalArgumentException("plans >= 1 and 1 <= years <= 50: " + plans + ", " + years);
        }
        if (!load.supported()) {
            throw new IllegalStateException("the generator writes with PostgreSQL's COPY: set SHINKO_DB_URL to a PostgreSQL database");
        }
        int existing = load.plansWithKeyPrefix(SyntheticPlan.KEY_PREFIX);
        if (existing > 0) {
            throw new IllegalStateException(existing + " generated plans (" + SyntheticPlan.KEY_PREFIX
                    + "…) are stored already: generate into an empty database");
        }
        long started = System.nanoTime();
        BlockingQueue<List<PlanBulkLoad.Document>> batches = new ArrayBlockingQueue<>(2);
        var failure = new RuntimeException[1];
        var maker = new Thread(() -> {
            try {
                for (int first = 1; first <= plans; first += BATCH) {
                    var batch = new ArrayList<PlanBulkLoad.Document>();
                    for (int n = first; n < first + BATCH && n <= plans; n++) {
                        batch.add(SyntheticPlan.generate(words, n, years));
                    }
                    batches.put(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure[0] = e;
                batches.offer(List.of());
            }
        }, "synthetic-plans");
        maker.setDaemon(true);
        maker.start();
        int written = 0;
        long projects = 0;
        long placements = 0;
        long records = 0;
        try {
            while (written < plans) {
                var batch = batches.take();
                if (batch.isEmpty()) {
                    throw failure[0];
                }
                load.load(batch);
                for (var document : batch) {
                    projects += document.content().projects().size();
                    placements += document.content().placements().size();
                    records += document.content().yearRecords().size();
                }
                written += batch.size();
                progress.advanced(written, records);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            maker.interrupt();
        }
        load.analyze();
        return new Result(written, projects, placements, records, Duration.ofNanos(System.nanoTime() - started));
    }
}
