package dev.clusterlab.scenario;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and validates scenario files (SCENARIO-FORMAT.md) and turns them into the engine's
 * inputs. Every problem names the file, the JSON path and the line and column.
 */
public final class ScenarioLoader {
    /**
     * The producer's own config rules used by {@link #load(Path)} and {@link #parse(String, Path)}.
     * The producer client provides them as {@code ProducerClient::validateConfig}.
     */
    private static final ProducerConfigRules DEFAULT_RULES = dev.clusterlab.client.ProducerClient::validateConfig;

    private ScenarioLoader() {
    }

    public static LoadedScenario load(Path file) throws ScenarioException {
        return load(file, DEFAULT_RULES);
    }

    public static LoadedScenario load(Path file, ProducerConfigRules rules) throws ScenarioException {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read the file: it is a directory");
        }
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read the file: it does not exist");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read the file: it is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read the file: " + e.getMessage());
        }
        return parse(json, file, rules);
    }

    public static LoadedScenario parse(String json, Path nameForMessages) throws ScenarioException {
        return parse(json, nameForMessages, DEFAULT_RULES);
    }

    public static LoadedScenario parse(String json, Path nameForMessages, ProducerConfigRules rules)
            throws ScenarioException {
        LocatedTree tree = LocatedTree.parse(json, nameForMessages);
        Problems problems = new Problems(nameForMessages, tree);
        Scenario scenario = new ScenarioBinder(new TreeReader(problems), rules).bind(tree.root(), nameForMessages);
        problems.throwIfAny();
        ClusterSetup setup = setup(scenario, scenario.seed() == null ? 0 : scenario.seed());
        return new LoadedScenario(scenario, setup, scenario.timeline(), scenario.runForMs(), scenario.expect(),
                nameForMessages);
    }

    /** The engine's setup for a validated scenario, with the given seed. */
    public static ClusterSetup setup(Scenario s, long seed) {
        ClusterSpec c = s.cluster();
        NetworkSpec n = c.network();
        List<Command.CreateTopic> topics = s.topics().stream()
                .map(t -> new Command.CreateTopic(t.name(), t.partitions(), t.replicationFactor(), t.config(),
                        t.assignment()))
                .toList();
        List<ProducerSetup> producers = s.producers().stream()
                .map(p -> new ProducerSetup(p.id(), p.topic(), p.ratePerSec(), p.keys(), p.valueBytes(), p.config()))
                .toList();
        return new ClusterSetup(s.name(), seed, c.brokers(), c.controllers(), c.config(),
                new LinkSettings(n.latencyMs(), n.jitterMs(), n.dropRate()), c.coldStart(), topics, producers);
    }

    /** The same setup with another seed. */
    public static ClusterSetup withSeed(ClusterSetup s, long seed) {
        return new ClusterSetup(s.name(), seed, s.brokers(), s.controllers(), s.brokerConfig(), s.network(),
                s.coldStart(), s.topics(), s.producers());
    }
}
