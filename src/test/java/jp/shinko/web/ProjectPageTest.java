package jp.shinko.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

class ProjectPageTest extends SamplePages {

    @Test
    void aReListedProjectShowsItsThreePlacementsWithTitledPaths() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects/成長産業創出支援事業"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("成長産業創出支援事業"))
                .andExpect(xpath("count(//table[@class='placements']/tbody/tr)").number(3.0))
                .andExpect(xpath("//table[@class='placements']/tbody/tr[1]/td[2]").string("掲載"))
                .andExpect(xpath("//table[@class='placements']/tbody/tr[2]/td[2]").string("再掲"))
                .andExpect(xpath("//table[@class='placements']/tbody/tr[1]/th/ol/li[1]/a").string("方向性 1 創業・事業承継の促進"))
                .andExpect(xpath("//table[@class='placements']/tbody/tr[3]/th/ol/li[2]/a")
                        .string("取組 ⑩ 小規模企業の持続的な発展に向けた支援"))
                .andExpect(xpath("//table[@class='placements']/tbody/tr[2]/th/ol/li[2]/a/@href")
                        .string("/plans/kumamoto-chusho/projects?node=2/%E2%91%A2"))
                .andExpect(xpath("//span[contains(@class,'badge-relisted')]").string("再掲 2件"))
                .andExpect(xpath("//tr[@id='row-budget']/td").string("16,072"))
                .andExpect(xpath("//tr[@id='row-settled']/td").string("―"))
                .andExpect(xpath("//div[@id='departments']/dd//a").string("起業・新産業支援課"))
                .andExpect(xpath("//div[@id='departments']/dd//a/@href")
                        .string("/plans/kumamoto-chusho/organizations/%E8%B5%B7%E6%A5%AD%E3%83%BB%E6%96%B0%E7%94%A3%E6%A5%AD%E6%94%AF%E6%8F%B4%E8%AA%B2"));
    }

    @Test
    void aSummaryThatWasHtmlShowsAsParagraphsOfPlainText() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects/計画的な発注"))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[@id='summary']").string(
                        "【物品購入】四半期毎に160万円（修理においては100万円）を超える物品購入（修理）の予定について、"
                                + "市役所内各課へ照会を行い計画的な発注に努めるとともに、年度末に行う翌年度分の照会結果については、"
                                + "1,000万円以上の案件を熊本市電子入札システムホームページにて公表することで受注機会の増大を図る。\n"
                                + "【公共工事】予定価格が250万円を超える公共工事については、毎月発注見通しを熊本市電子入札システム"
                                + "ホームページで公表し、業者の受注機会の拡大及び計画的な受注に努める。"))
                .andExpect(xpath("//div[@id='summary']/*").doesNotExist())
                .andExpect(content().string(not(containsString("<p>【"))))
                // The markup is only in the raw source lines, escaped, where it was printed.
                .andExpect(xpath("count(//text()[contains(., '<p>')][not(ancestor::ol[@class='source-lines'])])")
                        .number(0.0))
                .andExpect(xpath("count(//ol[@class='source-lines']//text()[contains(., '<p>【物品購入】')])")
                        .number(1.0));
    }

    @Test
    void kagoshimaProjectShowsBothYearsSideBySideWithPeriodFormerNameAndSourceLines() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects/7"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("メディア等活用宣伝事業"))
                .andExpect(xpath("//thead/tr/th[@id='fy-2019']").string("令和元年度（2019年度）"))
                .andExpect(xpath("//thead/tr/th[@id='fy-2020']").string("令和2年度（2020年度）"))
                .andExpect(xpath("//div[@id='period']//span[@class='printed']").string("S55年度～"))
                .andExpect(xpath("//div[@id='period']//span[@class='parsed']").string("（昭和55年度（1980年度）～）"))
                .andExpect(xpath("//dt[.='旧名称']/following-sibling::dd//li").string("観光かごしまプロモーション事業"))
                .andExpect(xpath("//dt[.='備考']/following-sibling::dd//li").string("※H25までは「観光かごしまプロモーション事業」"))
                .andExpect(xpath("//div[@id='strategic']/dd/span[1]").string("該当 1件"))
                .andExpect(xpath("//tr[@id='row-status']/td[1]").string("承認済み"))
                .andExpect(xpath("//dt[.='ファイル名']/following-sibling::dd").string("kagoshima-shokogyo-plan-r1-r2.txt"))
                .andExpect(xpath("//dt[.='SHA-256（先頭12桁）']/following-sibling::dd/code").string("8d0ac2ecd923"))
                .andExpect(xpath("//dt[.='様式']/following-sibling::dd").string("kagoshima-shiryo3"));
    }

    @Test
    void contentPrintedSameAsLeftIsMarkedAndResolved() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects/93"))
                .andExpect(xpath("//tr[@id='row-content']/td[2]/span[@class='same-as-left']").string("同左"))
                .andExpect(xpath("//tr[@id='row-content']/td[2]/span[@class='multiline']")
                        .string("日本企業との連携を希望する海外企業経営者等を招聘し、海外展開を目指す中小企業者との商談会を行う。"))
                .andExpect(xpath("//tr[@id='row-evaluation']/td[1]/span[@class='mark']").string("○"))
                .andExpect(xpath("//tr[@id='row-outlook']/td[2]").string("継続予定"))
                // One row of the document gave the placement and both years: its lines are shown once.
                .andExpect(xpath("count(//details[@class='excerpt'])").number(1.0))
                .andExpect(xpath("//details[@class='excerpt']/summary/span[1]").string("出典の 2602～2608 行目"))
                .andExpect(xpath("//details[@class='excerpt']/ol/@start").string("2602"))
                .andExpect(xpath("count(//details[@class='excerpt']/ol/li)").number(7.0));
    }

    @Test
    void unknownProjectsAreNotFound() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects/7")).andExpect(status().isNotFound());
    }
}
