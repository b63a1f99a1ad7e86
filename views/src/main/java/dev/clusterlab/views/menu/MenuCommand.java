package dev.clusterlab.views.menu;

import java.util.ArrayList;
import java.util.List;

/**
 * Every fixed action of the window's menu bar with its menu and its shortcut: the one list the
 * menu bar is built from and the keyboard-shortcut help is written from, so the two cannot drift.
 * accelerator is in {@code KeyCombination.valueOf} form; keys is how the help spells it.
 * The Simulation shortcuts are the same keys the time controls take anywhere in the window.
 */
public enum MenuCommand {
    OPEN(Menu.FILE, "Open…", "Shortcut+O", "Ctrl+O"),
    RESTART_SAME_SEED(Menu.FILE, "Restart with same seed", "Shortcut+R", "Ctrl+R"),
    RESTART_NEW_SEED(Menu.FILE, "Restart with new seed", "Shortcut+Shift+R", "Ctrl+Shift+R"),
    QUIT(Menu.FILE, "Quit", "Shortcut+Q", "Ctrl+Q"),
    PLAY_PAUSE(Menu.SIMULATION, "Play / Pause", "Space", "Space"),
    STEP(Menu.SIMULATION, "Step one event", "Right", "Right arrow"),
    NEXT_CHANGE(Menu.SIMULATION, "Run to next change", "Shift+Right", "Shift+Right arrow"),
    RUN_FOR(Menu.SIMULATION, "Run for…", "Shortcut+G", "Ctrl+G"),
    FASTER(Menu.SIMULATION, "Faster", "Plus", "+"),
    SLOWER(Menu.SIMULATION, "Slower", "Minus", "-"),
    CREATE_TOPIC(Menu.TOPICS, "Create topic…", "Shortcut+N", "Ctrl+N"),
    ALTER_TOPIC_CONFIG(Menu.TOPICS, "Alter topic config…", "Shortcut+E", "Ctrl+E"),
    PREFERRED_LEADER_ELECTION(Menu.TOPICS, "Run preferred leader election…", "Shortcut+L", "Ctrl+L"),
    DELETE_TOPIC(Menu.TOPICS, "Delete topic…", "Shortcut+D", "Ctrl+D"),
    KEYBOARD_SHORTCUTS(Menu.HELP, "Keyboard shortcuts…", "F1", "F1"),
    ABOUT(Menu.HELP, "About ClusterLab", "Shift+F1", "Shift+F1");

    /** The menus of the menu bar, in order; the underscore marks the Alt mnemonic. */
    public enum Menu {
        FILE("_File"), SIMULATION("_Simulation"), CLUSTER("_Cluster"), TOPICS("_Topics"), PRODUCERS("_Producers"),
        HELP("_Help");

        private final String text;

        Menu(String text) {
            this.text = text;
        }

        /** The menu's title with its mnemonic marked, for example {@code _File}. */
        public String text() {
            return text;
        }

        /** The title as shown, for example {@code File}. */
        public String title() {
            return text.replace("_", "");
        }
    }

    private final Menu menu;
    private final String label;
    private final String accelerator;
    private final String keys;

    MenuCommand(Menu menu, String label, String accelerator, String keys) {
        this.menu = menu;
        this.label = label;
        this.accelerator = accelerator;
        this.keys = keys;
    }

    public Menu menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    public String accelerator() {
        return accelerator;
    }

    public String keys() {
        return keys;
    }

    /** The shortcut of the n-th (1-based) recent file. */
    public static String recentFileAccelerator(int n) {
        return "Shortcut+" + n;
    }

    /** One line of the keyboard-shortcut help. */
    public record HelpRow(String keys, String action) {
    }

    /**
     * Every shortcut of the window: the menu commands, then what the menus' own keyboard access
     * reaches (recent files, node actions) and the tiles' menus.
     */
    public static List<HelpRow> helpRows() {
        List<HelpRow> rows = new ArrayList<>();
        for (MenuCommand c : values()) {
            rows.add(new HelpRow(c.keys, c.menu.title() + " › " + c.label));
        }
        rows.add(new HelpRow("Ctrl+1 … Ctrl+8", "File › Open recent › the first to eighth file"));
        rows.add(new HelpRow("Alt+F, R, C", "File › Open recent › Clear recent"));
        rows.add(new HelpRow("Alt+C, arrows, Enter", "Cluster › a broker or controller › an action"));
        rows.add(new HelpRow("Alt+P, arrows, Enter", "Producers › a producer › an action"));
        rows.add(new HelpRow("Tab, then Enter or the menu key", "A tile's or producer card's actions (crash, restart, …)"));
        rows.add(new HelpRow("Alt+F / S / C / T / P / H",
                "Open the File, Simulation, Cluster, Topics, Producers or Help menu"));
        return rows;
    }
}
