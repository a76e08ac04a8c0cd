package jp.shinko.bench;

import java.util.concurrent.TimeUnit;
import jp.shinko.amount.AmountReader;
import jp.shinko.amount.AmountReading;
import jp.shinko.plan.AmountUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Values per second through {@link AmountReader}: a mix of the notations cities publish (sample
 * 千円 cells, 円 with commas, full-width digits, △, compound 億・万・千, dashes, and refusals).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmountReaderBenchmark {

    private static final String[] CELLS = {"1,100", "34,114", "455,275", "0", "―", "１，２００", "1,200千円",
        "218,272,770", "△1,200", "-500", "非公開", "12.3", "約300", "34,114円", "", "30,281"};
    private static final String[] FREE = {"218,272,770 円", "41160千円", "(2,596万円)", "46億9,456万4千円",
        "6億8,127万円", "△2億5,000万円", "140,359,000円", "12.5百万円"};

    private final AmountReader column = AmountReader.inColumn(AmountUnit.THOUSAND_YEN);
    private final AmountReader stated = AmountReader.statedUnit(null);

    @Benchmark
    @OperationsPerInvocation(16)
    public void columnCells(Blackhole hole) {
        for (String cell : CELLS) {
            hole.consume(column.read(cell));
        }
    }

    @Benchmark
    @OperationsPerInvocation(8)
    public void writtenUnits(Blackhole hole) {
        for (String text : FREE) {
            AmountReading reading = stated.read(text);
            hole.consume(reading);
        }
    }
}
