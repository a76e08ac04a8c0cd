package jp.shinko.ingest.kagoshima;

import java.util.List;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.EvaluationScale;

/** Reads one record: header, name and period, the yearly columns, then the tail cells. */
final class RecordReader {

    private static final String SAME_AS_LEFT = "同左";

    private final String fileName;
    private final ListHeader header;
    private final RecordHeaderReader headers;
    private final NameReader names;
    private final FiscalBlockReader blocks;
    private final TailReader tails;
    private final PeriodReader periods;

    RecordReader(String fileName, ListHeader header, EvaluationScale scale) {
        this.fileName = fileName;
        this.header = header;
        this.headers = new RecordHeaderReader(fileName);
        this.names = new NameReader(fileName);
        this.blocks = new FiscalBlockReader(fileName, scale);
        this.tails = new TailReader(fileName);
        this.periods = new PeriodReader(fileName);
    }

    ListRecord read(RawRecord record, List<ImportWarning> warnings) {
        RecordHeader head = headers.read(record);
        NameBlock name = names.read(record, head, warnings);
        FiscalBlock block = blocks.read(record, name.rest(), warnings);
        Tail tail = tails.read(record.number(), block.tailTokens(), block.tailLines(), warnings);
        if (tail.implementerLines().isEmpty()) {
            throw new ParseException(fileName, record.lastLine(),
                    Reason.of("kagoshima.no-implementer", record.number()));
        }
        var period = periods.read(name.periodText(), name.periodLine(), record.number(), head.flag(),
                block.summary(), header.planYear(), warnings);
        boolean resultSame = block.resultContent().equals(SAME_AS_LEFT);
        String resultContent = resultSame ? block.summary() : block.resultContent();
        boolean planSame = block.planContent().equals(SAME_AS_LEFT);
        String planContent = planSame ? resultContent : block.planContent();
        return new ListRecord(record.number(), record.firstLine(), record.lastLine(), head.flag(), head.codes(),
                head.strategicMarks(), name.name(), name.notes(), FormerNames.in(name.notes(), header.planYear()),
                period, block.summary(), block.settled(), resultContent, resultSame, block.evaluation(),
                block.budget(), planContent, planSame, block.outlook(), tail.expansionNote(),
                tail.implementerLines(), tail.related());
    }
}
