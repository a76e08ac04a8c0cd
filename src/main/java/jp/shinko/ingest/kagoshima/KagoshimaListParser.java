package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ListParser;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.EvaluationScale;

/**
 * Kagoshima City's 資料３ (商工業振興プランに係る事業概要等一覧): every numbered record with its
 * result-year and plan-year columns, read from the PDF's extracted text.
 */
public final class KagoshimaListParser implements ListParser {

    public static final String LAYOUT = "kagoshima-shiryo3";

    @Override
    public String layout() {
        return LAYOUT;
    }

    @Override
    public boolean recognizes(DocumentText text) {
        return ListHeaderReader.findTitle(text).isPresent();
    }

    @Override
    public ParsedDocument parse(DocumentText text) {
        var warnings = new ArrayList<ImportWarning>();
        var title = ListHeaderReader.findTitle(text).orElseThrow(() -> new ParseException(text.fileName(), 1,
                Reason.of("kagoshima.no-title")));
        var segments = new RecordSegmenter(new PageFurniture(title.group())).split(text);
        ListHeader header = new ListHeaderReader().read(text, segments.furniture(), warnings);
        if (segments.records().isEmpty()) {
            throw new ParseException(text.fileName(), header.titleLine(), Reason.of("kagoshima.no-records"));
        }
        var reader = new RecordReader(text.fileName(), header, EvaluationScale.DEFAULT);
        List<ListRecord> records = new ArrayList<>();
        for (var raw : segments.records()) {
            records.add(reader.read(raw, warnings));
        }
        try {
            return new ParsedDocument(new PlanContentBuilder().build(text, LAYOUT, header, records), warnings);
        } catch (IllegalArgumentException e) {
            throw new ParseException(text.fileName(), 0, Reason.of("kagoshima.invalid-plan", Reason.detail(e)));
        }
    }
}
