package jp.shinko.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.shinko.ShinkoApplication;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Source;
import jp.shinko.store.PlanRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Fills a data directory with copies of the plans already in it, for latency benchmarks at scale:
 * each copy is the parsed content under a new plan key ({@code <key>-copy-NN}), a title marked
 * （複製NN） and a source of its own (a digest derived from the original's), saved through
 * {@link PlanRepository}. Import the samples first ({@code ./shinko demo --data-dir DIR}, then stop it).
 *
 * <p>Usage: {@code java -cp ... jp.shinko.bench.SyntheticCopies DIR COPIES}; see docs/benchmarks.md.
 */
public final class SyntheticCopies {

    private SyntheticCopies() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SyntheticCopies DATA_DIR COPIES (the copies include the original: 100 means 99 more)");
            System.exit(2);
        }
        int copies = Integer.parseInt(args[1]);
        // A system property, so it wins over the test classpath's config/application.properties.
        System.setProperty("shinko.data-dir", java.nio.file.Path.of(args[0]).toAbsolutePath().toString());
        try (var context = new SpringApplicationBuilder(ShinkoApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run()) {
            var plans = context.getBean(PlanRepository.class);
            var originals = plans.plans().stream().map(p -> p.planKey())
                    .filter(k -> !k.contains("-copy-")).toList();
            for (var key : originals) {
                var content = plans.load(key).orElseThrow();
                var lines = plans.sourceLines(content.source().sha256(), 1, content.source().lineCount());
                for (int n = 2; n <= copies; n++) {
                    plans.save(copy(content, n), lines);
                }
                System.out.println(key + ": " + (copies - 1) + " copies saved");
            }
        }
    }

    static PlanContent copy(PlanContent content, int n) {
        var number = String.format("%02d", n);
        var p = content.plan();
        var plan = new Plan(p.key() + "-copy-" + number, p.municipalityCode(), p.title() + "（複製" + number + "）",
                p.startYear(), p.endYear(), p.levelNames(), p.evaluationScale(), p.strategicProjects(),
                p.priorities(), p.priorityIntroductions());
        var s = content.source();
        var source = new Source("copy-" + number + "-" + s.fileName(), sha256(s.sha256() + "/copy/" + number),
                s.layout(), s.title(), s.published(), s.asOf(), s.lineCount());
        return new PlanContent(content.municipality(), plan, source, content.nodes(), content.organizations(),
                content.projects(), content.placements(), content.yearRecords());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
