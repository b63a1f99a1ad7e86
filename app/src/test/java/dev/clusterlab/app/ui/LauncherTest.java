package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.app.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line must work with no display: with arguments the launcher loads no JavaFX class. */
class LauncherTest {

    @Test
    void aSingleScenarioFileOpensTheWindowAndAnyOtherArgumentsTheCommandLine() {
        assertThat(Launcher.opensApp(new String[0])).isTrue();
        assertThat(Launcher.opensApp(new String[] {"samples/unclean-election.json"})).isTrue();
        assertThat(Launcher.opensApp(new String[] {"Scenario.JSON"})).isTrue();
        assertThat(Launcher.opensApp(new String[] {"validate", "x.json"})).isFalse();
        assertThat(Launcher.opensApp(new String[] {"bench"})).isFalse();
        assertThat(Launcher.opensApp(new String[] {"run"})).isFalse();
    }

    @Test
    void withArgumentsTheLauncherRunsTheCliWithoutLoadingJavaFx() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", classPath,
                Launcher.class.getName(), "validate", "no-such-scenario.json")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> javaFxLoads = output.lines().filter(line -> line.contains("[class,load] javafx.")).toList();
        assertThat(output).contains("[class,load] " + Launcher.class.getName());
        assertThat(javaFxLoads).as("JavaFX classes loaded by the command line").isEmpty();
        assertThat(process.exitValue()).as("exit status for a file that does not exist (bad input)").isEqualTo(2);
    }
}
