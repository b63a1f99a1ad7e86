package dev.clusterlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clusterlab.app.Cli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String QUIET = """
            { "name": "quiet", "seed": 7, "cluster": { "brokers": 3, "controllers": 3 },
              "topics": [ { "name": "orders", "partitions": 3, "replicationFactor": 3 } ],
              "producers": [ { "id": "checkout", "topic": "orders", "ratePerSec": 50 } ],
              "runFor": "5s",
              "expect": [ { "metric": "simulatedMs", "equals": 5000 } ] }
            """;

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void validateSaysWhatTheScenarioHolds() throws Exception {
        Path f = file("quiet.json", QUIET.replace("\"runFor\"",
                "\"timeline\": [ { \"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": 1 },"
                        + " { \"at\": \"2s\", \"action\": \"healNetwork\" } ], \"runFor\""));
        Outcome o = cli("validate", f.toString());
        assertThat(o.code()).isZero();
        assertThat(o.out()).isEqualTo(f + ": valid (3 brokers, 3 controllers, 1 topics, 1 producers, 2 actions)\n");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void validateListsEveryProblemWithFileLineAndColumn() throws Exception {
        Path f = file("bad.json", "{ \"cluster\": { \"brokers\": 3 },\n  \"runFor\": \"5s\",\n"
                + "  \"timeline\": [ { \"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": 9 } ],\n  \"colour\": 1 }");
        Outcome o = cli("validate", f.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().lines()).containsExactlyInAnyOrder(
                f + ":4:3: $.colour: unknown field 'colour'; known fields here: cluster, consumerGroups, description, "
                        + "expect, lesson, name, producers, runFor, schemas, seed, timeline, topics",
                f + ":3:56: $.timeline[0].broker: broker 9 does not exist (brokers are 1..3)");
    }

    @Test
    void malformedJsonIsExitTwoWithLineAndColumn() throws Exception {
        Path f = file("broken.json", "{\n  \"cluster\": { \"brokers\": 3 }\n  \"runFor\": \"5s\" }");
        Outcome o = cli("run", f.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith(f + ":3:3: $: malformed JSON: ");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsBadInputWithoutAStackTrace() {
        Outcome o = cli("validate", dir.resolve("nope.json").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).isEqualTo(dir.resolve("nope.json") + ": $: cannot read the file: it does not exist\n");
    }

    @Test
    void badUsageShowsTheUsage() {
        for (String[] args : List.of(new String[] {}, new String[] {"frobnicate"}, new String[] {"run"},
                new String[] {"validate", "a.json", "b.json"}, new String[] {"run", "a.json", "--colour", "red"},
                new String[] {"run", "a.json", "--seed"}, new String[] {"run", "a.json", "--seed", "x"},
                new String[] {"bench", "--minutes", "-1"}, new String[] {"bench", "extra"})) {
            Outcome o = cli(args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.err()).as(String.join(" ", args)).contains("usage: clusterlab");
            assertThat(o.out()).isEmpty();
        }
        assertThat(cli("frobnicate").err()).startsWith("clusterlab: unknown command: frobnicate\n");
        assertThat(cli("run", "a.json", "--seed", "x").err()).startsWith("clusterlab: run: --seed needs an integer, not x\n");
        assertThat(cli("run").err()).startsWith("clusterlab: run: missing the scenario FILE.json\n");
    }

    @Test
    void helpGoesToStdout() {
        Outcome o = cli("help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("usage: clusterlab").contains("3 internal error");
    }

    @Test
    void reportIntoAMissingDirectoryIsRefusedBeforeTheRun() throws Exception {
        Path f = file("quiet.json", QUIET);
        Outcome o = cli("run", f.toString(), "--report", dir.resolve("no/such/dir/r.json").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("cannot write --report").contains("does not exist");
    }

    @Test
    void runPrintsTheReportAndASummary() throws Exception {
        Path f = file("quiet.json", QUIET);
        Outcome o = cli("run", f.toString(), "--seed", "99");
        assertThat(o.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(o.out());
        assertThat(report.get("scenario").asText()).isEqualTo("quiet");
        assertThat(report.get("seed").asLong()).isEqualTo(99);
        assertThat(report.get("simulatedMs").asLong()).isEqualTo(5000);
        assertThat(report.at("/expectations/0/held").asBoolean()).isTrue();
        assertThat(o.err()).startsWith("quiet (seed 99, 5000 ms simulated, ").endsWith("all 1 expectations held\n");
        assertThat(o.err().lines()).hasSize(1);
    }

    @Test
    void aFailedExpectationIsExitOneAndNamedInTheSummary() throws Exception {
        Path f = file("fails.json", QUIET.replace("\"equals\": 5000", "\"atMost\": 10"));
        Path report = dir.resolve("r.json");
        Outcome o = cli("run", f.toString(), "--report", report.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).contains("1 of 1 expectations failed: simulatedMs atMost 10 "
                + "(metric simulatedMs is 5000, expected atMost 10)");
        JsonNode written = new ObjectMapper().readTree(report.toFile());
        assertThat(written.at("/expectations/0/held").asBoolean()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fails.json", "r.json");
        }
    }

    @Test
    void sameFileAndSeedGiveTheSameReportAndTrace() throws Exception {
        Path f = file("quiet.json", QUIET);
        Path r1 = dir.resolve("r1.json");
        Path r2 = dir.resolve("r2.json");
        Path t1 = dir.resolve("t1.jsonl");
        Path t2 = dir.resolve("t2.jsonl");
        assertThat(cli("run", f.toString(), "--report", r1.toString(), "--trace", t1.toString()).code()).isZero();
        assertThat(cli("run", f.toString(), "--report", r2.toString(), "--trace", t2.toString()).code()).isZero();
        String wall = "\"wallMs\" : [0-9]+";
        assertThat(Files.readString(r1).replaceAll(wall, "")).isEqualTo(Files.readString(r2).replaceAll(wall, ""));
        assertThat(Files.mismatch(t1, t2)).isEqualTo(-1L);
    }

    @Test
    void benchPrintsOneJsonObject() throws Exception {
        Outcome o = cli("bench", "--minutes", "0.05", "--brokers", "3", "--partitions", "6", "--rate", "200");
        assertThat(o.code()).isZero();
        assertThat(o.out().lines()).hasSize(1);
        JsonNode r = new ObjectMapper().readTree(o.out());
        assertThat(r.get("simulatedMs").asLong()).isEqualTo(3000);
        for (String f : List.of("events", "eventsPerSec", "wallMs", "speedup", "heapUsedMaxMb", "acked", "lostAcked")) {
            assertThat(r.has(f)).as(f).isTrue();
        }
        assertThat(r.get("heapUsedMaxMb").asDouble()).isPositive();
        assertThat(r.get("partitions").asInt()).isEqualTo(6);
        assertThat(r.get("brokers").asInt()).isEqualTo(3);
    }

    @Test
    void benchBuildsTheStandardWorkload() {
        var setup = BenchWorkload.standard().setup();
        assertThat(setup.brokers()).isEqualTo(5);
        assertThat(setup.controllers()).isEqualTo(3);
        assertThat(setup.topics()).singleElement().satisfies(t -> {
            assertThat(t.partitions()).isEqualTo(100);
            assertThat(t.replicationFactor()).isEqualTo(3);
        });
        assertThat(setup.producers()).hasSize(2).allSatisfy(p -> {
            assertThat(p.ratePerSec()).isEqualTo(5000);
            assertThat(p.keys()).isEqualTo(1000);
            assertThat(p.valueBytes()).isEqualTo(100);
            assertThat(p.config()).isEmpty();
        });
        assertThat(BenchWorkload.standard().simulatedMs()).isEqualTo(600_000);
    }

    /** The command line runs in a class loader that has no JavaFX at all. */
    @Test
    void cliNeedsNoJavaFx() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("openjfx") && !entry.contains("javafx") && !entry.contains("/views/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        Path f = file("quiet.json", QUIET);
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> cli = loader.loadClass("dev.clusterlab.app.Cli");
            Method run = cli.getMethod("run", String[].class, PrintStream.class, PrintStream.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Object code = run.invoke(null, new String[] {"run", f.toString()}, new PrintStream(out), new PrintStream(err));
            assertThat(code).as(err.toString()).isEqualTo(0);
            assertThat(out.toString()).contains("\"scenario\" : \"quiet\"");
            assertThat(run.invoke(null, new String[] {"validate", f.toString()}, new PrintStream(out),
                    new PrintStream(err))).isEqualTo(0);
            assertThatNoJavaFxClass(loader);
        }
    }

    private static void assertThatNoJavaFxClass(ClassLoader loader) {
        try {
            loader.loadClass("javafx.application.Application");
            throw new AssertionError("JavaFX is visible to the isolated class loader: the test proves nothing");
        } catch (ClassNotFoundException expected) {
            // as intended: the CLI ran without JavaFX on its class path
        }
    }
}
