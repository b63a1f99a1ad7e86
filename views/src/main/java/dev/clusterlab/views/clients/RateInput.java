package dev.clusterlab.views.clients;

import dev.clusterlab.fault.Command;
import java.math.BigDecimal;

/**
 * A typed producer rate in records per second, checked as the scenario loader checks a setRate's
 * ratePerSec: a number in [0, 10000000]. 0 keeps the producer running but sending nothing.
 */
public record RateInput(double ratePerSec, String error) {
    /** The contract's largest ratePerSec. */
    public static final double MAX_RATE_PER_SEC = 10_000_000;

    public static RateInput parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return invalid("enter a rate in records/s, for example 100");
        }
        double rate;
        try {
            rate = new BigDecimal(t).doubleValue();
        } catch (NumberFormatException e) {
            return invalid("ratePerSec must be a number, not '" + t + "'");
        }
        if (rate < 0 || rate > MAX_RATE_PER_SEC) {
            return invalid("ratePerSec must be in [0, 10000000], not " + t);
        }
        return new RateInput(rate, null);
    }

    private static RateInput invalid(String error) {
        return new RateInput(Double.NaN, error);
    }

    public boolean valid() {
        return error == null;
    }

    /** The setRate command for this producer; only for a valid input. */
    public Command.SetRate command(String producer) {
        if (!valid()) {
            throw new IllegalStateException(error);
        }
        return new Command.SetRate(producer, ratePerSec);
    }
}
