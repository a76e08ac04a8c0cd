package jp.shinko.report.official;

import org.apache.poi.ss.usermodel.PrintSetup;

/** The paper a list is printed on, as the original was. */
public enum Paper {
    A3_LANDSCAPE("A3 landscape", PrintSetup.A3_PAPERSIZE, true),
    A4_LANDSCAPE("A4 landscape", PrintSetup.A4_PAPERSIZE, true),
    A4_PORTRAIT("A4 portrait", PrintSetup.A4_PAPERSIZE, false);

    private final String css;
    private final short poiPaperSize;
    private final boolean landscape;

    Paper(String css, short poiPaperSize, boolean landscape) {
        this.css = css;
        this.poiPaperSize = poiPaperSize;
        this.landscape = landscape;
    }

    /** The CSS {@code @page size} value. */
    public String css() {
        return css;
    }

    public short poiPaperSize() {
        return poiPaperSize;
    }

    public boolean landscape() {
        return landscape;
    }
}
