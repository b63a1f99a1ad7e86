package dev.clusterlab.app.ui;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The scenario the desktop app opens with: {@code samples/welcome.json} (three brokers, a
 * three-node KRaft quorum, topic {@code orders} with 6 partitions and replication factor 3, one
 * producer), packaged into the jar so the app finds it wherever it is started.
 */
public final class WelcomeScenario {
    public static final String RESOURCE = "/samples/welcome.json";
    public static final String NAME = "Welcome to ClusterLab";

    private WelcomeScenario() {
    }

    /** The seed the welcome scenario file names. */
    public static long seed() {
        return load().setup().seed();
    }

    /** A fresh simulation of the welcome scenario at time 0, its timeline scheduled. */
    public static ClusterSimulation create() {
        return create(load().setup().seed());
    }

    /** The same with another seed. */
    public static ClusterSimulation create(long seed) {
        return OpenedScenario.create(load(), seed);
    }

    /** Parsed once: the app asks for it at start and at every restart. */
    static LoadedScenario load() {
        return Parsed.SCENARIO;
    }

    private static final class Parsed {
        static final LoadedScenario SCENARIO = parse();
    }

    private static LoadedScenario parse() {
        try (InputStream in = WelcomeScenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the welcome scenario " + RESOURCE + " is missing from the jar");
            }
            return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Path.of("samples", "welcome.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the packaged welcome scenario is invalid: " + e.getMessage(), e);
        }
    }
}
