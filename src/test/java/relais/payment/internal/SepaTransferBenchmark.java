package relais.payment.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import org.junit.jupiter.api.Test;
import relais.payment.internal.SepaCreditTransferFile.Credit;
import relais.payment.internal.SepaCreditTransferFile.Order;
import relais.payment.internal.SepaCreditTransferFile.Party;
import relais.shared.Money;

/**
 * A pain.001.001.09 of 10,000 payouts (-Dbenchmark.payouts to change it): the time to build Prowide's model,
 * serialize it, validate it against the official schema and read it back, and the peak heap of each step; writes
 * target/benchmarks/sepa-transfer.txt. Run with ./relais benchmark -Dtest=SepaTransferBenchmark; it asserts nothing.
 */
class SepaTransferBenchmark {

    @Test
    void aTransferOfTenThousandPayouts() throws Exception {
        int payouts = Integer.getInteger("benchmark.payouts", 10_000);
        var credits = new ArrayList<Credit>(payouts);
        for (int i = 1; i <= payouts; i++) {
            String number = "AF-%05d-2026-%04d".formatted(i % 2000 + 1, i % 9000 + 1);
            credits.add(new Credit(number, new Party("Freelance Numéro " + i, "FR7630006000011234567890189"),
                    new Money(new BigDecimal(100 + i % 5000).add(new BigDecimal("0.37")), "EUR"), number));
        }
        var order = new Order("RLS0123456789abcdef0123456789abcdef", "PMT0123456789abcdef0123456789abcdef",
                OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), LocalDate.of(2026, 12, 1),
                new Party("Relais SAS", "FR7630006000011234567890189"), credits);
        var lines = new ArrayList<String>();
        lines.add("pain.001.001.09 of %,d payouts, control sum %s, heap max %d MB, %d cores, load average %.1f".formatted(
                payouts, order.controlSum().toPlainString(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (int run = 1; run <= 3; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            MxPain00100109 message = SepaCreditTransferFile.message(order);
            long built = System.nanoTime();
            String xml = SepaCreditTransferFile.xml(order);
            long serialized = System.nanoTime();
            long peakWriting = peakHeap();
            resetPeaks();
            Pain001Schema.validate(xml);
            long validated = System.nanoTime();
            var read = MxPain00100109.parse(xml);
            long parsed = System.nanoTime();
            long peakReading = peakHeap();
            if (!read.getCstmrCdtTrfInitn().getGrpHdr().getNbOfTxs().equals(Integer.toString(payouts))
                    || message.getCstmrCdtTrfInitn() == null) {
                throw new IllegalStateException("the file does not carry every payout");
            }
            lines.add(("run %d: model %d ms, build + serialize %d ms (%,d bytes), validate %d ms, read back %d ms; "
                    + "peak heap %d MB writing, %d MB validating and reading").formatted(run, ms(built - start),
                    ms(serialized - built), xml.length(), ms(validated - serialized), ms(parsed - validated),
                    peakWriting >> 20, peakReading >> 20));
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/sepa-transfer.txt"), lines);
        lines.forEach(System.out::println);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
