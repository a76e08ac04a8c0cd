package jp.shinko.ingest.kagoshima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kagoshima 資料３ sample read completely. Expected numbers were taken from the text with
 * grep and by eye (e.g. budgets = amounts right after ◎/○/△ plus those after a dash), not from
 * the parser's output.
 */
class KagoshimaListParserTest {

    static final Path SAMPLE = Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt");
    static final Path KUMAMOTO = Path.of("samples/kumamoto-chusho-plan-r6.txt");
    static final FiscalYear FY2019 = FiscalYear.of(2019);
    static final FiscalYear FY2020 = FiscalYear.of(2020);

    static DocumentText text;
    static ParsedDocument parsed;
    static PlanContent content;
    static Map<String, Project> projects;

    @BeforeAll
    static void parseSample() throws IOException {
        text = DocumentText.fromUtf8(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE));
        parsed = new KagoshimaListParser().parse(text);
        content = parsed.content();
        projects = content.projectsByKey();
    }

    static YearRecord result(int number) {
        return content.yearRecord(String.valueOf(number), FY2019).orElseThrow();
    }

    static YearRecord plan(int number) {
        return content.yearRecord(String.valueOf(number), FY2020).orElseThrow();
    }

    static Project project(int number) {
        return projects.get(String.valueOf(number));
    }

    @Test
    void readsAll286RecordsInOrderWithTwoYearRecordsEach() {
        assertThat(content.projects()).hasSize(286);
        assertThat(content.placements()).extracting(p -> p.printedNumber())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 286).mapToObj(String::valueOf).toList());
        assertThat(content.placements()).extracting(p -> p.order())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 286).boxed().toList());
        assertThat(content.yearRecords()).hasSize(572);
        assertThat(content.years()).containsExactly(FY2019, FY2020);
    }

    @Test
    void describesPlanAndSourceFromTheDocumentsOwnTitle() {
        var plan = content.plan();
        assertThat(content.municipality().code()).isEqualTo("462012");
        assertThat(plan.key()).isEqualTo("kagoshima-shokogyo");
        assertThat(plan.title()).isEqualTo("鹿児島市商工業振興プラン");
        assertThat(plan.levelNames()).containsExactly("振興の方向性", "基本方針", "推進施策", "主な取組み");
        assertThat(plan.strategicProjects()).containsExactly("食の都", "外貨獲得", "新産業創出");
        var source = content.source();
        assertThat(source.title()).isEqualTo("【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）");
        assertThat(source.layout()).isEqualTo("kagoshima-shiryo3");
        assertThat(source.fileName()).isEqualTo("kagoshima-shokogyo-plan-r1-r2.txt");
        assertThat(source.sha256()).isEqualTo(text.sha256());
        // 7945 line breaks; the text ends with a last line holding one space and no line break
        assertThat(source.lineCount()).isEqualTo(7946);
    }

    @Test
    void totalsSettledAmountsOfTheResultYearAndBudgetsOfThePlanYear() {
        var settled = BudgetSummary.of(content, null, FY2019);
        var budget = BudgetSummary.of(content, null, FY2020);
        // 18 projects listed in the FY2019 column only start in FY2020 (ProjectYears).
        assertThat(settled.projects()).isEqualTo(268);
        assertThat(budget.projects()).isEqualTo(279);
        assertThat(settled.settledThousandYen()).isEqualTo(5_389_552L);
        assertThat(settled.settledUndisclosed()).isEqualTo(15);
        assertThat(budget.budgetThousandYen()).isEqualTo(7_594_877L);
        assertThat(budget.budgetUndisclosed()).isEqualTo(14);
        assertThat(count(FY2019, r -> r.settled().isPresent())).isEqualTo(151);
        assertThat(count(FY2019, r -> r.settled().kind() == Amount.Kind.NOT_STATED)).isEqualTo(15);
        assertThat(count(FY2020, r -> r.budget().isPresent())).isEqualTo(154);
    }

    @Test
    void countsEvaluationsFlagsAndStrategicMarks() {
        Map<String, Long> marks = content.yearRecords().stream().filter(r -> r.year().equals(FY2019))
                .collect(Collectors.groupingBy(r -> r.evaluation().mark(), Collectors.counting()));
        assertThat(marks).containsExactlyInAnyOrderEntriesOf(Map.of("◎", 85L, "○", 146L, "△", 6L, "―", 49L));
        assertThat(count(FY2020, r -> r.has(YearFlag.NEW))).isEqualTo(17);
        assertThat(count(FY2020, r -> r.has(YearFlag.EXPANDED))).isEqualTo(16);
        Map<Integer, Long> strategic = content.projects().stream()
                .collect(Collectors.groupingBy(Project::strategicMarks, Collectors.counting()));
        assertThat(strategic).containsExactlyInAnyOrderEntriesOf(Map.of(0, 108L, 1, 167L, 2, 9L, 3, 2L));
        assertThat(content.projects()).allSatisfy(p -> assertThat(p.strategicProjects()).isEmpty());
    }

    @Test
    void buildsTheFourLevelTreeForEveryPlacement() {
        assertThat(content.nodes()).allSatisfy(n -> assertThat(n.title()).isNull());
        assertThat(content.nodes()).extracting(n -> n.path())
                .contains(NodePath.of("1"), NodePath.of("1", "1"), NodePath.of("1", "1", "4"), NodePath.of("1", "1", "4", "3"));
        assertThat(content.placements()).allSatisfy(p -> assertThat(p.node().level()).isEqualTo(4));
    }

    @Test
    void firstRecordPrintsAllFourResultCellsOnOneLine() {
        var p = project(1);
        assertThat(p.name()).isEqualTo("「特産品協会だより」発行事業");
        assertThat(p.period().printed()).isEqualTo("18年度～");
        assertThat(p.period().start()).isEqualTo(FiscalYear.of(2006));
        assertThat(p.period().end()).isNull();
        assertThat(p.summary()).isEqualTo("会員相互の情報交流を深め、より売れる特産品づくりを促進するため、消費者ニーズ、"
                + "流通動向、商品開発に関する情報等を会報誌「鹿児島県特産品だより」として提供する。");
        assertThat(result(1).settled()).isEqualTo(Amount.none());
        assertThat(result(1).content()).isEqualTo("別の事業と統合して実施");
        assertThat(result(1).evaluation().mark()).isEqualTo("―");
        assertThat(plan(1).budget()).isEqualTo(Amount.notStated());
        assertThat(plan(1).content()).isEqualTo("別の事業と統合して実施");
        assertThat(plan(1).outlook()).isEqualTo("未定");
        assertThat(p.implementer()).isEqualTo("公益社団法人鹿児島県特産品協会");
        assertThat(p.cityOwn()).isFalse();
        assertThat(placement(1).node()).isEqualTo(NodePath.of("1", "1", "1", "1"));
        assertThat(placement(1).provenance().firstLine()).isEqualTo(6);
        assertThat(placement(1).provenance().lastLine()).isEqualTo(16);
    }

    @Test
    void lastRecordEndsTheDocument() {
        var p = project(286);
        assertThat(p.name()).isEqualTo("かごしま「働き方改革」推進事業");
        assertThat(p.period().start()).isEqualTo(FiscalYear.of(2018));
        assertThat(result(286).settled()).isEqualTo(Amount.ofThousandYen(2429));
        assertThat(result(286).evaluation().mark()).isEqualTo("○");
        assertThat(plan(286).budget()).isEqualTo(Amount.ofThousandYen(1481));
        assertThat(plan(286).outlook()).isEqualTo("事業終了");
        assertThat(result(286).content()).isEqualTo("(1)かごしま「働き方改革」推進企業の認定\n"
                + "(2)かごしま「働き方改革」実践講座の開催\n(3)「働き方改革」に取り組む意欲のある中小企業への専門家派遣");
        assertThat(p.implementer()).isEqualTo("県（雇用労政課）");
        assertThat(placement(286).node()).isEqualTo(NodePath.of("4", "3", "3", "4"));
        assertThat(placement(286).provenance().lastLine()).isEqualTo(7945);
    }

    @Test
    void verticalNewFlagAndOneDashForTheWholeResultYear() {
        var p = project(4);
        assertThat(plan(4).flags()).containsExactly(YearFlag.NEW);
        assertThat(p.name()).isEqualTo("かごしまの逸品ワンストップサポート事業");
        assertThat(p.period().start()).isEqualTo(FY2020);
        assertThat(result(4).settled()).isEqualTo(Amount.none());
        assertThat(result(4).evaluation().mark()).isEqualTo("―");
        assertThat(result(4).content()).isEmpty();
        assertThat(plan(4).content()).isEqualTo("・個別企業の課題に対する支援、ブラッシュアップ等\n"
                + "・開発した商品のテスト販売や商談等\n・クラウドファンディングを活用した特産品振興支援等");
        assertThat(plan(4).outlook()).isEqualTo("継続予定");
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(67);
            assertThat(w.reason()).contains("№4").contains("前年度の実施事業なし");
        });
        assertThat(plan(11).flags()).containsExactly(YearFlag.EXPANDED);
    }

    @Test
    void newRowWithBudgetRightAfterTheDash() {
        assertThat(result(17).settled()).isEqualTo(Amount.none());
        assertThat(plan(17).budget()).isEqualTo(Amount.ofThousandYen(1000));
        assertThat(plan(17).content()).isEqualTo("助成計画件数　　　　１件");
        assertThat(plan(17).outlook()).isEqualTo("継続予定");
        assertThat(project(17).period().printed()).isEqualTo("Ｒ2年度～");
        assertThat(project(17).implementer()).isEqualTo("(公財)かごしま産業支援センター（産学官連携課）");
    }

    @Test
    void noteUnderTheNameGivesTheFormerName() {
        var p = project(7);
        assertThat(p.name()).isEqualTo("メディア等活用宣伝事業");
        assertThat(p.notes()).containsExactly("※H25までは「観光かごしまプロモーション事業」");
        assertThat(p.formerNames()).containsExactly("観光かごしまプロモーション事業");
        assertThat(p.period().start()).isEqualTo(FiscalYear.of(1980));
        assertThat(result(7).settled()).isEqualTo(Amount.ofThousandYen(30_281));
        assertThat(plan(7).budget()).isEqualTo(Amount.ofThousandYen(34_114));
        assertThat(result(7).content()).startsWith("○メディアミックス\n　テレビスポットやＷｅｂプロモーションなど各種媒体を活用して本市観光の魅力の広報宣伝を行う。\n○旅行雑誌等への広告");
        assertThat(p.implementer()).isEqualTo("観光プロモーション課");
        assertThat(p.cityOwn()).isTrue();
        assertThat(project(49).notes()).containsExactly("※R２は「北前船交流拡大事業」\n（継続）");
        assertThat(project(49).formerNames()).isEmpty();
    }

    @Test
    void twoAndThreeStrategicMarksAreNotContentBullets() {
        assertThat(project(15).strategicMarks()).isEqualTo(2);
        assertThat(project(124).strategicMarks()).isEqualTo(3);
        assertThat(project(124).name()).isEqualTo("中心市街地活性化推進事業");
        assertThat(project(7).strategicMarks()).isEqualTo(1);
        assertThat(project(1).strategicMarks()).isZero();
        assertThat(result(15).settled()).isEqualTo(Amount.ofThousandYen(0));
        assertThat(result(15).content()).isEqualTo("―");
        assertThat(result(15).evaluation().mark()).isEqualTo("―");
        assertThat(plan(15).budget()).isEqualTo(Amount.none());
        assertThat(plan(15).content()).isEqualTo("別事業を検討中");
        assertThat(plan(15).outlook()).isEqualTo("未定");
        assertThat(project(15).implementer()).isEqualTo("鹿児島商工会議所");
    }

    @Test
    void cellsSharingOneLineAreSplitByColumnOrder() {
        assertThat(result(280).settled()).isEqualTo(Amount.ofThousandYen(5769));
        assertThat(result(280).content()).isEqualTo("継続実施");
        assertThat(result(280).evaluation().mark()).isEqualTo("○");
        assertThat(plan(280).budget()).isEqualTo(Amount.ofThousandYen(6665));
        assertThat(plan(280).content()).isEqualTo("継続実施");
        assertThat(plan(280).outlook()).isEqualTo("継続予定");
        assertThat(project(280).implementer()).isEqualTo("県（雇用労政課）");
        assertThat(project(280).period().printed()).isEqualTo("―");
        assertThat(project(280).period().start()).isNull();
        assertThat(result(72).content()).isEqualTo("・ホテル訪問 ※14ホテル18回訪問");
        assertThat(plan(72).budget()).isEqualTo(Amount.ofThousandYen(0));
    }

    @Test
    void wholeRecordOnOneLine() {
        var p = project(104);
        assertThat(p.name()).isEqualTo("貿易相談事業");
        assertThat(p.period().printed()).isEqualTo("―");
        assertThat(p.summary()).isEqualTo("各種貿易に関する相談に対する対応");
        assertThat(result(104).settled()).isEqualTo(Amount.none());
        assertThat(result(104).content()).isEqualTo("継続実施");
        assertThat(result(104).evaluation().mark()).isEqualTo("○");
        assertThat(plan(104).content()).isEqualTo("継続実施");
        assertThat(plan(104).outlook()).isEqualTo("未定");
        assertThat(plan(104).expansionNote()).isNull();
        assertThat(p.implementer()).isEqualTo("(公社)鹿児島県貿易協会");
        assertThat(p.related()).containsExactly("ジェトロ鹿児島");
    }

    @Test
    void recordSplitByThePageBreakWithTheSecondHeaderBlock() {
        var p = project(256);
        assertThat(p.name()).isEqualTo("「起業－ビジネスの発見と創出」の開講");
        assertThat(p.formerNames()).containsExactly("起業のための人材育成");
        assertThat(result(256).settled()).isEqualTo(Amount.notStated());
        assertThat(result(256).content()).isEqualTo("「起業－ビジネスの発見と創出」（前期）は未開講");
        assertThat(result(256).evaluation().mark()).isEqualTo("―");
        assertThat(plan(256).content()).isEqualTo("「起業－ビジネスの発見と創出」を後期で開講");
        assertThat(plan(256).outlook()).isNull();
        assertThat(p.implementer()).isEqualTo("鹿児島大学");
        assertThat(p.related()).containsExactly("鹿児島銀行", "野村證券");
        assertThat(placement(256).provenance().lastLine()).isEqualTo(7017);
        assertThat(project(257).name()).isEqualTo("「地（知）の拠点大学による地方創生推進事業（COC+）」開始");
        assertThat(project(257).period().printed()).isEqualTo("27年度～R1年度");
        assertThat(project(257).period().end()).isEqualTo(FY2019);
        assertThat(placement(257).provenance().firstLine()).isEqualTo(7126);
    }

    @Test
    void sameAsLeftIsResolvedToTheCellItRefersTo() {
        assertThat(result(93).contentSameAsLeft()).isTrue();
        assertThat(result(93).content()).isEqualTo(project(93).summary())
                .isEqualTo("日本企業との連携を希望する海外企業経営者等を招聘し、海外展開を目指す中小企業者との商談会を行う。");
        assertThat(plan(93).contentSameAsLeft()).isTrue();
        assertThat(plan(93).content()).isEqualTo(result(93).content());
        assertThat(result(93).evaluation().mark()).isEqualTo("○");
        assertThat(project(93).implementer()).isEqualTo("中小企業基盤整備機構");
        assertThat(project(93).cityOwn()).isFalse();
        assertThat(result(1).contentSameAsLeft()).isFalse();
    }

    @Test
    void undisclosedAmountsOfAnOutsideBody() {
        assertThat(result(60).settled()).isEqualTo(Amount.undisclosed());
        assertThat(result(60).content()).isEqualTo("9件の県内施設が登録");
        assertThat(plan(60).budget()).isEqualTo(Amount.undisclosed());
        assertThat(plan(60).content()).isEqualTo("9件の県内施設を含む日本全国の産業観光の取り組みを英文にて情報発信");
        assertThat(plan(60).expansionNote()).isNull();
        assertThat(project(60).implementer()).isEqualTo("ジェトロ");
        assertThat(project(60).cityOwn()).isFalse();
        assertThat(result(85).settled()).isEqualTo(Amount.undisclosed());
        assertThat(plan(85).budget()).isEqualTo(Amount.ofThousandYen(34_866));
    }

    @Test
    void threePeriodsGiveTheEarliestStartWithAWarning() {
        var p = project(76);
        assertThat(p.name()).isEqualTo("各種貿易関係団体への負担金");
        assertThat(p.period().printed()).isEqualTo("S36年度～ S28年度～ H11年度～");
        assertThat(p.period().start()).isEqualTo(FiscalYear.of(1953));
        assertThat(result(76).settled()).isEqualTo(Amount.ofThousandYen(448));
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(2150));
    }

    @Test
    void unknownStartAndImplementerInBlocks() {
        var p = project(110);
        assertThat(p.name()).isEqualTo("鹿児島港港湾整備事業（港湾負担金）");
        assertThat(p.period().printed()).isEqualTo("開始年度不明");
        assertThat(p.period().start()).isNull();
        assertThat(p.summary()).startsWith("〔概要〕\n　国、県が実施する鹿児島港（重要港湾）の港湾整備事業等に対し、");
        assertThat(result(110).settled()).isEqualTo(Amount.ofThousandYen(584_427));
        assertThat(plan(110).budget()).isEqualTo(Amount.ofThousandYen(777_837));
        assertThat(plan(110).outlook()).isEqualTo("継続予定");
        assertThat(plan(111).budget()).isEqualTo(Amount.ofThousandYen(3_169_345));
    }

    @Test
    void identicalRowsAreTwoRecords() {
        assertThat(project(141).name()).isEqualTo(project(142).name()).isEqualTo("商店街振興組合指導事業(鹿児島県補助事業)");
        assertThat(result(141).settled()).isEqualTo(result(142).settled()).isEqualTo(Amount.ofThousandYen(1152));
        assertThat(plan(141).budget()).isEqualTo(plan(142).budget()).isEqualTo(Amount.ofThousandYen(1208));
        assertThat(placement(141).provenance().firstLine()).isEqualTo(3859);
    }

    @Test
    void bareEraYearIsReadInContext() {
        assertThat(project(84).period().start()).as("平成2年度から in the summary").isEqualTo(FiscalYear.of(1990));
        assertThat(project(119).period().start()).as("新規 row of an R2 list").isEqualTo(FY2020);
        assertThat(project(73).period().start()).isEqualTo(FY2020);
        assertThat(project(16).period()).satisfies(pp -> {
            assertThat(pp.printed()).isEqualTo("H29～R元");
            assertThat(pp.start()).isEqualTo(FiscalYear.of(2017));
            assertThat(pp.end()).isEqualTo(FY2019);
        });
        assertThat(project(69).period().start()).isEqualTo(FiscalYear.of(2006));
    }

    @Test
    void expansionNoteAndImplementerAreToldApartByWidth() {
        assertThat(plan(8).outlook()).isEqualTo("拡充");
        assertThat(plan(8).expansionNote()).isEqualTo("フェア開催方法の変更");
        assertThat(project(8).implementer()).isEqualTo("東京事務所");
        assertThat(plan(48).expansionNote()).isEqualTo("第4期鹿児島市観光未来戦略の策定");
        assertThat(project(48).implementer()).isEqualTo("観光プロモーション課");
        assertThat(plan(79).expansionNote()).isEqualTo("支援メニューの追加");
        assertThat(plan(61).outlook()).isNull();
        assertThat(plan(61).expansionNote()).isEqualTo("補助対象経費の拡充等");
    }

    @Test
    void warnsAboutEveryDoubtfulRead() {
        assertThat(parsed.warnings()).allSatisfy(w -> {
            assertThat(w.file()).isEqualTo("kagoshima-shokogyo-plan-r1-r2.txt");
            assertThat(w.line()).isPositive();
        });
        assertThat(parsed.warnings()).hasSize(35);
    }

    @Test
    void recognizesItsOwnLayoutOnly() throws IOException {
        var parser = new KagoshimaListParser();
        assertThat(parser.layout()).isEqualTo("kagoshima-shiryo3");
        assertThat(parser.recognizes(text)).isTrue();
        assertThat(parser.recognizes(kumamoto())).isFalse();
    }

    @Test
    void kumamotoListIsRefusedNamingFileLineAndReason() throws IOException {
        assertThatThrownBy(() -> new KagoshimaListParser().parse(kumamoto()))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.file()).isEqualTo("kumamoto-chusho-plan-r6.txt");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).contains("表題");
                });
    }

    @Test
    void truncatedCopyIsRefusedAtTheCutRecord() {
        var cut = copy(lines -> lines.subList(0, 7925));
        assertThatThrownBy(() -> new KagoshimaListParser().parse(cut))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.file()).isEqualTo("copy.txt");
                    assertThat(e.line()).isEqualTo(7925);
                    assertThat(e.reason()).contains("№286");
                    assertThat(e.message(Locale.ENGLISH))
                            .isEqualTo("copy.txt:7925: No. 286: the settled amount and evaluation columns are missing"
                                    + " (the record is cut off, or the layout differs)");
                });
    }

    @Test
    void malformedAmountIsRefusedWithItsLine() {
        var bad = copy(lines -> replace(lines, 84, "1,100", "1,2x0"));
        assertThatThrownBy(() -> new KagoshimaListParser().parse(bad))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(84);
                    assertThat(e.reason()).contains("1,2x0");
                    assertThat(e.reason(Locale.ENGLISH)).isEqualTo("Amount \"1,2x0\" cannot be read (it must be thousand yen"
                            + " in digits, ― for none, or 非公開 for undisclosed)");
                });
    }

    @Test
    void unknownEvaluationMarkIsRefusedWithItsLine() {
        var bad = copy(lines -> replace(lines, 94, "○ 1,100", "× 1,100"));
        assertThatThrownBy(() -> new KagoshimaListParser().parse(bad))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(94);
                    assertThat(e.reason()).contains("×");
                    assertThat(e.reason(Locale.ENGLISH))
                            .isEqualTo("Evaluation \"×\" is not a mark of the evaluation scale (◎○△―)");
                });
    }

    @Test
    void parsesTheWholeSampleQuickly() {
        var parser = new KagoshimaListParser();
        for (int i = 0; i < 5; i++) {
            parser.parse(text);
        }
        long start = System.nanoTime();
        parser.parse(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(250);
    }

    private static long count(FiscalYear year, java.util.function.Predicate<YearRecord> test) {
        return content.yearRecords().stream().filter(r -> r.year().equals(year)).filter(test).count();
    }

    private static jp.shinko.plan.Placement placement(int number) {
        return content.placements().stream().filter(p -> p.projectKey().equals(String.valueOf(number)))
                .findFirst().orElseThrow();
    }

    private static DocumentText kumamoto() throws IOException {
        return DocumentText.fromUtf8(KUMAMOTO.getFileName().toString(), Files.readAllBytes(KUMAMOTO));
    }

    private static DocumentText copy(Function<List<String>, List<String>> change) {
        var lines = change.apply(new ArrayList<>(text.lines()));
        return DocumentText.fromUtf8("copy.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> replace(List<String> lines, int lineNumber, String from, String to) {
        assertThat(lines.get(lineNumber - 1)).isEqualTo(from);
        lines.set(lineNumber - 1, to);
        return lines;
    }
}
