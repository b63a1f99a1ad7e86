package dev.clusterlab.scenarios;

import dev.clusterlab.snapshot.InvariantStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test, every cluster a Harness ran must have kept its invariant checkers quiet,
 * except for what its scenario expects violated or the test explicitly allows. The failure names
 * the scenario, seed and event number (they are in the checker's detail). Registered for the
 * whole module through the ServiceLoader (junit-platform.properties turns autodetection on); it
 * does nothing in tests that build no Harness.
 */
public final class InvariantsHeldExtension implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        List<Harness> created = new ArrayList<>(Harness.CREATED.get());
        Harness.CREATED.get().clear();
        if (context.getExecutionException().isPresent()) {
            return; // the test failed already; its own message matters more
        }
        List<String> violations = new ArrayList<>();
        for (Harness h : created) {
            for (InvariantStatus s : h.sim.snapshot().invariants()) {
                if (!s.held() && !h.allowedViolations.contains(s.name())) {
                    violations.add(s.name() + ": " + s.detail());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("invariant checkers found violations: " + String.join("; ", violations));
        }
    }
}
