package vn.hocluat.support;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Wall-clock timings for the tagged benchmarks: warm-up runs first, then the median and p90 of the measured runs. */
public final class Timings {
    private Timings() {
    }

    public static String timed(int warmup, int runs, LongSupplier work) {
        for (int i = 0; i < warmup; i++) {
            work.getAsLong();
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.getAsLong();
            ms[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(ms);
        return "median " + ms[runs / 2] + " ms, p90 " + ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)] + " ms (" + runs + " runs)";
    }
}
