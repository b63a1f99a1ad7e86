package dev.clusterlab.app.ui;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.clients.ClientsView;
import dev.clusterlab.views.clients.ClientsViewModel;
import dev.clusterlab.views.clients.ProducerAction;
import dev.clusterlab.views.clients.ProducerCard;
import dev.clusterlab.views.cluster.NodeAction;
import dev.clusterlab.views.menu.MenuCommand;
import dev.clusterlab.views.menu.NodeMenu;
import dev.clusterlab.views.menu.RecentFiles;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import dev.clusterlab.views.topics.AlterTopicConfigViewModel;
import dev.clusterlab.views.topics.CreateTopicViewModel;
import dev.clusterlab.views.topics.TopicChoiceViewModel;
import dev.clusterlab.views.topics.TopicDialogs;
import dev.clusterlab.views.topics.TopicInfo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's menu bar: File, Simulation, Cluster, Topics, Help. Fixed items come from
 * {@link MenuCommand} with their shortcuts; the Cluster menu is rebuilt when it opens (never per
 * frame), Open recent when the list changes (its files have shortcuts Ctrl+1 to Ctrl+8). Actions on the cluster go to the engine as commands; a refusal comes
 * back through the status bar like any other.
 *
 * <p>The Simulation shortcuts (Space, arrows, +/-) are also taken by the time controls' scene
 * filter, which consumes them first, so a key press never acts twice; the menu shows them and
 * runs them when clicked.
 */
public final class MainMenu {
    public static final String ID = "main-menu";

    private final Stage stage;
    private final ScenarioOpener opener;
    private final TimeControlViewModel time;
    private final IntSupplier runForSeconds;
    private final ClusterViewModel cluster;
    private final ClientsViewModel clients;
    private final Consumer<Command> submit;
    private final Supplier<ClusterSnapshot> snapshot;
    private final Map<MenuCommand, MenuItem> items = new EnumMap<>(MenuCommand.class);

    /**
     * @param runForSeconds the seconds the time controls' Run field holds, offered by Run for…
     * @param snapshot      the engine's latest snapshot (immutable), read when a dialog opens
     */
    public MainMenu(Stage stage, ScenarioOpener opener, TimeControlViewModel time, IntSupplier runForSeconds,
                    ClusterViewModel cluster, ClientsViewModel clients, Consumer<Command> submit,
                    Supplier<ClusterSnapshot> snapshot) {
        this.stage = stage;
        this.opener = opener;
        this.time = time;
        this.runForSeconds = runForSeconds;
        this.cluster = cluster;
        this.clients = clients;
        this.submit = submit;
        this.snapshot = snapshot;
    }

    public MenuBar build() {
        Menu file = menu(MenuCommand.Menu.FILE,
                item(MenuCommand.OPEN, this::chooseAndOpen), recentMenu(), new SeparatorMenuItem(),
                item(MenuCommand.RESTART_SAME_SEED, time::restartSameSeed),
                item(MenuCommand.RESTART_NEW_SEED, time::restartNewSeed), new SeparatorMenuItem(),
                item(MenuCommand.QUIT, Platform::exit));
        MenuItem playPause = item(MenuCommand.PLAY_PAUSE, time::togglePlay);
        playPause.textProperty().bind(time.pausedProperty().map(p -> p ? "Play" : "Pause"));
        MenuItem faster = item(MenuCommand.FASTER, time::faster);
        faster.disableProperty().bind(time.fastestProperty());
        MenuItem slower = item(MenuCommand.SLOWER, time::slower);
        slower.disableProperty().bind(time.slowestProperty());
        Menu simulation = menu(MenuCommand.Menu.SIMULATION, playPause, item(MenuCommand.STEP, time::step),
                item(MenuCommand.NEXT_CHANGE, time::stepToStateChange), item(MenuCommand.RUN_FOR, this::runFor),
                new SeparatorMenuItem(), faster, slower);
        Menu topics = menu(MenuCommand.Menu.TOPICS,
                item(MenuCommand.CREATE_TOPIC, this::createTopic),
                item(MenuCommand.ALTER_TOPIC_CONFIG, this::alterTopicConfig),
                item(MenuCommand.PREFERRED_LEADER_ELECTION, this::preferredLeaderElection), new SeparatorMenuItem(),
                item(MenuCommand.DELETE_TOPIC, this::deleteTopic));
        Menu help = menu(MenuCommand.Menu.HELP, item(MenuCommand.KEYBOARD_SHORTCUTS, this::showShortcuts),
                item(MenuCommand.ABOUT, this::showAbout));
        MenuBar bar = new MenuBar(file, simulation, clusterMenu(), topics, producersMenu(), help);
        bar.setId(ID);
        return bar;
    }

    private static Menu menu(MenuCommand.Menu which, MenuItem... items) {
        Menu menu = new Menu(which.text(), null, items);
        menu.setId(menuId(which.name()));
        return menu;
    }

    private MenuItem item(MenuCommand command, Runnable action) {
        MenuItem item = new MenuItem(command.label());
        item.setId(menuId(command.name()));
        item.setAccelerator(KeyCombination.valueOf(command.accelerator()));
        item.setOnAction(e -> action.run());
        items.put(command, item);
        return item;
    }

    /** The id of a menu or a menu item, for example {@code menu-restart-same-seed}. */
    public static String menuId(String name) {
        return "menu-" + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // --- File ---

    private Menu recentMenu() {
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-open-recent");
        fillRecent(recent);
        opener.recentFiles().onChange(() -> fillRecent(recent)); // its shortcuts must follow the list
        return recent;
    }

    private void fillRecent(Menu menu) {
        RecentFiles recent = opener.recentFiles();
        menu.getItems().clear();
        List<Path> files = recent.files();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            MenuItem item = new MenuItem((i + 1) + "  " + path.getFileName() + "  (" + path.getParent() + ")");
            item.setMnemonicParsing(false); // file names may hold underscores
            item.setAccelerator(KeyCombination.valueOf(MenuCommand.recentFileAccelerator(i + 1)));
            item.setOnAction(e -> openRecent(path));
            menu.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem clear = new MenuItem("_Clear recent");
        clear.setId("menu-clear-recent");
        clear.setDisable(files.isEmpty());
        clear.setOnAction(e -> recent.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void openRecent(Path path) {
        String gone = opener.recentFiles().removeIfMissing(path, Files::isRegularFile);
        if (gone != null) {
            Dialogs.notice(stage, "Recent file gone", gone);
        } else {
            opener.open(path);
        }
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open scenario");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        initialDirectory().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            opener.open(chosen.toPath());
        }
    }

    /** samples/ beside where the app was started, else the folder of the last file opened. */
    private Optional<Path> initialDirectory() {
        Path samples = Path.of("samples").toAbsolutePath();
        if (Files.isDirectory(samples)) {
            return Optional.of(samples);
        }
        return opener.recentFiles().files().stream().map(Path::getParent)
                .filter(dir -> dir != null && Files.isDirectory(dir)).findFirst();
    }

    // --- Simulation ---

    private void runFor() {
        TextInputDialog dialog = new TextInputDialog(Integer.toString(runForSeconds.getAsInt()));
        Dialogs.styled(dialog, stage);
        dialog.setTitle("Run for");
        dialog.setHeaderText("Run this many simulated seconds at once, then pause");
        dialog.setContentText("Seconds (1 to 3600)");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(t -> seconds(t) == 0).orElse(true));
        dialog.showAndWait().map(MainMenu::seconds).filter(s -> s > 0).ifPresent(time::runForSeconds);
    }

    /** The seconds typed, or 0 when not a whole number from 1 to 3600. */
    static int seconds(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{1,4}")) {
            return 0;
        }
        int s = Integer.parseInt(t);
        return s >= 1 && s <= 3_600 ? s : 0;
    }

    // --- Cluster and Producers: a submenu per node or producer, rebuilt when the menu opens ---

    private Menu clusterMenu() {
        return rebuiltOnShowing(MenuCommand.Menu.CLUSTER, this::fillCluster);
    }

    private void fillCluster(Menu menu) {
        for (NodeMenu node : NodeMenu.of(cluster)) {
            Menu sub = new Menu(node.title());
            sub.setMnemonicParsing(false); // "Broker 2 (CONTROLLED_SHUTDOWN)" keeps its underscore
            for (NodeAction action : node.actions()) {
                sub.getItems().add(actionItem(action.text(), action.isEnabled(), () -> cluster.perform(action)));
            }
            menu.getItems().add(sub);
        }
        addIfEmpty(menu, "No nodes yet");
    }

    /** A submenu per producer with its card's actions. */
    private Menu producersMenu() {
        return rebuiltOnShowing(MenuCommand.Menu.PRODUCERS, this::fillProducers);
    }

    private void fillProducers(Menu menu) {
        for (ProducerCard card : clients.cards()) {
            Menu sub = new Menu(card.id() + " (" + (card.running() ? "producing" : "stopped") + ")");
            sub.setMnemonicParsing(false);
            for (ProducerAction action : clients.actions(card.id())) {
                sub.getItems().add(actionItem(action.text(), action.isEnabled(),
                        () -> ClientsView.run(stage, clients, action)));
            }
            menu.getItems().add(sub);
        }
        addIfEmpty(menu, "No producers");
    }

    /** A menu whose items fill adds afresh each time it opens (what it lists changes as the cluster runs). */
    private static Menu rebuiltOnShowing(MenuCommand.Menu which, Consumer<Menu> fill) {
        Menu menu = menu(which);
        Runnable rebuild = () -> {
            menu.getItems().clear();
            fill.accept(menu);
        };
        rebuild.run();
        menu.setOnShowing(e -> rebuild.run());
        return menu;
    }

    /** An action's item, disabled (its text says why) when it cannot be done. */
    private static MenuItem actionItem(String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void addIfEmpty(Menu menu, String text) {
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(text);
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    // --- Topics ---

    private List<TopicInfo> topics() {
        return TopicInfo.of(snapshot.get());
    }

    private void createTopic() {
        ClusterSnapshot s = snapshot.get();
        int brokers = s == null ? 3 : s.brokers().size();
        submitFrom(TopicDialogs.createTopic(stage, new CreateTopicViewModel(Math.min(3, Math.max(1, brokers)))));
    }

    private void alterTopicConfig() {
        submitFrom(TopicDialogs.alterTopicConfig(stage, new AlterTopicConfigViewModel(topics())));
    }

    private void preferredLeaderElection() {
        submitFrom(TopicDialogs.preferredLeaderElection(stage,
                TopicChoiceViewModel.preferredLeaderElection(topics())));
    }

    private void deleteTopic() {
        submitFrom(TopicDialogs.deleteTopic(stage, TopicChoiceViewModel.deleteTopic(topics())));
    }

    private void submitFrom(Dialog<Command> dialog) {
        dialog.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        dialog.showAndWait().ifPresent(submit);
    }

    // --- Help ---

    private void showShortcuts() {
        GridPane rows = new GridPane();
        rows.setId("shortcuts");
        rows.setHgap(16);
        rows.setVgap(4);
        List<MenuCommand.HelpRow> help = MenuCommand.helpRows();
        for (int i = 0; i < help.size(); i++) {
            Label keys = new Label(help.get(i).keys());
            keys.getStyleClass().add("shortcut-keys");
            rows.addRow(i, keys, new Label(help.get(i).action()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.styled(alert, stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (the time keys work wherever the focus is, except in a text field)");
        alert.getDialogPane().setContent(rows);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "A whole Apache Kafka 4.4 cluster (brokers, a KRaft "
                + "controller quorum, producers) simulated deterministically in one JVM: one scenario file plus "
                + "one seed gives exactly one history.");
        Dialogs.styled(alert, stage);
        alert.setTitle("About ClusterLab");
        alert.setHeaderText("ClusterLab");
        alert.show();
    }

    /** The item built for a command, for tests. */
    MenuItem itemFor(MenuCommand command) {
        return items.get(command);
    }
}
