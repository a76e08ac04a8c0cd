package jp.shinko.plan;

import java.util.Objects;

/**
 * A municipality (or prefecture), identified by its 6-digit 全国地方公共団体コード whose last
 * digit is a check digit.
 */
public record Municipality(String code, String name) {

    public Municipality {
        Objects.requireNonNull(name, "name");
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("地方公共団体コードは6桁の数字です: " + code);
        }
        if (checkDigit(code.substring(0, 5)) != code.charAt(5) - '0') {
            throw new IllegalArgumentException("地方公共団体コードの検査数字が正しくありません: " + code);
        }
    }

    /** The check digit defined for 全国地方公共団体コード (weights 6..2, modulus 11). */
    static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : (11 - remainder) % 10;
    }
}
