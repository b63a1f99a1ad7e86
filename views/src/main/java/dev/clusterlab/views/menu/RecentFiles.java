package dev.clusterlab.views.menu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The scenario files opened last, most recent first, at most {@link #MAX}; kept in a store
 * (java.util.prefs in the app) so that they survive a restart. A file that has gone is dropped
 * from the list when the user picks it, with a message saying so.
 */
public final class RecentFiles {
    public static final int MAX = 8;

    /** Where the list is kept between runs. */
    public interface Store {
        List<String> load();

        void save(List<String> paths);
    }

    private final Store store;
    private final List<Path> files = new ArrayList<>();
    private Runnable onChange = () -> { };

    public RecentFiles(Store store) {
        this.store = store;
        for (String s : store.load()) {
            Path p = Path.of(s);
            if (!files.contains(p) && files.size() < MAX) {
                files.add(p);
            }
        }
    }

    /** Who rebuilds what shows the list (the Open recent menu, with its shortcuts) when it changes. */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Most recent first. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** The file becomes the most recent one (moved up if it was listed); the oldest falls off. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    public void clear() {
        files.clear();
        save();
    }

    /**
     * Before opening a recent file: if it no longer exists it is removed, and the message to show
     * is returned; null when it is still there.
     */
    public String removeIfMissing(Path file, Predicate<Path> exists) {
        if (exists.test(file)) {
            return null;
        }
        remove(file);
        return file + " no longer exists; it was removed from the recent files.";
    }

    private void save() {
        store.save(files.stream().map(Path::toString).toList());
        onChange.run();
    }

    /** A store in a java.util.prefs node: keys recent.0 … recent.7. */
    public static Store inPreferences(Preferences node) {
        return new Store() {
            @Override
            public List<String> load() {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < MAX; i++) {
                    String p = node.get(key(i), null);
                    if (p != null) {
                        paths.add(p);
                    }
                }
                return paths;
            }

            @Override
            public void save(List<String> paths) {
                for (int i = 0; i < MAX; i++) {
                    if (i < paths.size()) {
                        node.put(key(i), paths.get(i));
                    } else {
                        node.remove(key(i));
                    }
                }
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // the list still works for this run; it is only not remembered
                }
            }
        };
    }

    private static String key(int i) {
        return "recent." + i;
    }
}
