package jp.shinko.ingest.kagoshima;

import java.util.List;
import jp.shinko.plan.Amount;

/**
 * The cells from the summary to the outlook: 事業概要, the result year's 決算額 / 実施内容 /
 * 事業評価, the plan year's 予算額 / 実施内容 and the R3年度以降 outlook (null if not printed), plus
 * what follows on the outlook's line and the lines after it (for the tail reader).
 */
record FiscalBlock(String summary, Amount settled, String resultContent, String evaluation,
                   Amount budget, String planContent, String outlook,
                   List<String> tailTokens, List<SourceLine> tailLines) {

    FiscalBlock {
        tailTokens = List.copyOf(tailTokens);
        tailLines = List.copyOf(tailLines);
    }
}
