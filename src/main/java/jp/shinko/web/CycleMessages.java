package jp.shinko.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.checks.Finding;
import jp.shinko.command.Message;
import jp.shinko.command.Problem;
import jp.shinko.compare.Comparisons;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the round's messages into text in the reader's language, and prints times in Japan's
 * time zone; templates use it as {@code @cycleMessages}.
 */
@Component("cycleMessages")
public class CycleMessages {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Comparisons comparisons;

    CycleMessages(MessageSource messages, Comparisons comparisons) {
        this.messages = messages;
        this.comparisons = comparisons;
    }

    /** Numbers are passed as text: a fiscal year prints 2021, not 2,021; a check's finding in words. */
    public String text(Message message) {
        var locale = LocaleContextHolder.getLocale();
        var args = message.args().stream().map(a -> a instanceof Number ? a.toString()
                : a instanceof Finding finding ? finding.text(locale) : a).toArray();
        return messages.getMessage(message.key(), args, locale);
    }

    /** A check's finding in words, its rule's name and its severity, in the reader's language. */
    public String finding(Finding finding) {
        return finding.text(LocaleContextHolder.getLocale());
    }

    public String rule(Finding finding) {
        return Finding.title(finding.rule(), LocaleContextHolder.getLocale());
    }

    public String severity(Finding finding) {
        return Finding.word(finding.severity(), LocaleContextHolder.getLocale());
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Problems by field name, each field's messages in order. */
    public Map<String, List<String>> byField(List<Problem> problems) {
        var map = new LinkedHashMap<String, List<String>>();
        problems.forEach(p -> map.computeIfAbsent(p.field(), k -> new java.util.ArrayList<>()).add(text(p.message())));
        return map;
    }

    /**
     * An audit entry's old or new value as pages show it: statuses, notes, flags and themes in
     * words, everything else as recorded (the CSV keeps the recorded codes).
     */
    public String auditValue(String field, String value) {
        if (value == null || value.isEmpty() || field == null) {
            return value;
        }
        return switch (field) {
            case "status" -> text("cycle.status." + value);
            case "carryNote" -> text("cycle.carry." + value);
            case "flags" -> String.join(" ", java.util.Arrays.stream(value.split(" "))
                    .map(flag -> text("cycle.flag." + flag)).toList());
            case "themes" -> String.join("、", java.util.Arrays.stream(value.split(" "))
                    .map(comparisons::themeName).toList());
            case "themeStatus" -> text("cycle.theme-status." + value);
            default -> value;
        };
    }

    /** 1,200 / ― / 非公開 / empty, as the lists print amounts in thousand yen. */
    public String amount(jp.shinko.plan.Amount amount) {
        return jp.shinko.cycle.AmountFormat.of(amount);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(JAPAN));
    }
}
