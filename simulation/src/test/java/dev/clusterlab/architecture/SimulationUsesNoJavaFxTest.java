package dev.clusterlab.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.engine.Simulation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulation module is plain Java: it runs headless (CLI, benchmark, CI) and never depends on
 * the UI. Checked on its compiled classes, its sources, its pom and its test class path.
 */
class SimulationUsesNoJavaFxTest {

    @Test
    void noCompiledClassRefersToJavaFx() throws URISyntaxException {
        Path classes = Path.of(Simulation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> classFiles = files(classes, ".class");
        assertThat(classFiles).as("compiled classes under %s", classes).isNotEmpty();

        // Class names stand in the constant pool as UTF-8 strings such as "javafx/scene/Node".
        List<String> offenders = classFiles.stream()
                .filter(file -> contains(file, "javafx/"))
                .map(file -> classes.relativize(file).toString())
                .toList();
        assertThat(offenders).as("classes of the simulation module that refer to javafx").isEmpty();
    }

    @Test
    void noSourceFileMentionsJavaFx() {
        Path sources = Path.of("src", "main", "java");
        List<Path> sourceFiles = files(sources, ".java");
        assertThat(sourceFiles).as("sources under %s", sources.toAbsolutePath()).isNotEmpty();

        List<String> offenders = sourceFiles.stream()
                .filter(file -> contains(file, "javafx."))
                .map(Path::toString)
                .toList();
        assertThat(offenders).as("sources of the simulation module that mention javafx").isEmpty();
    }

    @Test
    void thePomDeclaresNoJavaFxDependency() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).as("simulation/pom.xml").doesNotContain("org.openjfx").doesNotContain("javafx");
    }

    @Test
    void noJavaFxArrivesOnTheClassPathTransitively() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> javaFxEntries = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx") || entry.contains("javafx"))
                .toList();
        assertThat(javaFxEntries).as("JavaFX jars on the simulation module's class path").isEmpty();
        assertThatThrownBy(() -> Class.forName("javafx.application.Platform"))
                .as("javafx.application.Platform must not be loadable from the simulation module")
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
