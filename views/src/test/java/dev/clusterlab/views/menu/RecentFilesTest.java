package dev.clusterlab.views.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    /** Keeps what was saved last, as the preferences would. */
    private static final class MemoryStore implements RecentFiles.Store {
        List<String> saved = new ArrayList<>();

        @Override
        public List<String> load() {
            return saved;
        }

        @Override
        public void save(List<String> paths) {
            saved = List.copyOf(paths);
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final RecentFiles recent = new RecentFiles(store);

    private static Path file(String name) {
        return Path.of("/scenarios", name + ".json");
    }

    @Test
    void theLastOpenedComesFirstAndReopeningMovesItUp() {
        recent.add(file("a"));
        recent.add(file("b"));
        recent.add(file("a"));

        assertThat(recent.files()).containsExactly(file("a"), file("b"));
        assertThat(store.saved).containsExactly("/scenarios/a.json", "/scenarios/b.json");
    }

    @Test
    void keepsTheEightMostRecent() {
        for (int i = 0; i < 10; i++) {
            recent.add(file("s" + i));
        }

        assertThat(recent.files()).hasSize(8).first().isEqualTo(file("s9"));
        assertThat(recent.files()).last().isEqualTo(file("s2"));
    }

    @Test
    void aFileThatIsGoneIsRemovedWithAMessage() {
        recent.add(file("gone"));
        recent.add(file("here"));

        assertThat(recent.removeIfMissing(file("here"), p -> true)).isNull();
        assertThat(recent.removeIfMissing(file("gone"), p -> false))
                .isEqualTo("/scenarios/gone.json no longer exists; it was removed from the recent files.");
        assertThat(recent.files()).containsExactly(file("here"));
        assertThat(store.saved).containsExactly("/scenarios/here.json");
    }

    @Test
    void everyChangeIsAnnounced() {
        List<List<Path>> seen = new ArrayList<>();
        recent.onChange(() -> seen.add(recent.files()));

        recent.add(file("a"));
        recent.removeIfMissing(file("a"), p -> false);

        assertThat(seen).containsExactly(List.of(file("a")), List.of());
    }

    @Test
    void clearEmptiesTheListAndTheStore() {
        recent.add(file("a"));
        recent.clear();

        assertThat(recent.files()).isEmpty();
        assertThat(new RecentFiles(store).files()).isEmpty();
    }

    @Test
    void relativePathsAreRememberedAbsolute() {
        recent.add(Path.of("samples", ".", "welcome.json"));

        assertThat(recent.files()).containsExactly(Path.of("samples/welcome.json").toAbsolutePath());
    }

    @Test
    void survivesARestartInJavaPreferences() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("dev/clusterlab/test-" + UUID.randomUUID());
        try {
            RecentFiles first = new RecentFiles(RecentFiles.inPreferences(node));
            first.add(file("a"));
            first.add(file("b"));

            RecentFiles next = new RecentFiles(RecentFiles.inPreferences(node));
            assertThat(next.files()).containsExactly(file("b"), file("a"));
            next.clear();
            assertThat(node.keys()).isEmpty();
        } finally {
            node.removeNode();
        }
    }
}
