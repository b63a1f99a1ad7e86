package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.app.ClusterLabApp;
import dev.clusterlab.views.menu.MenuCommand;
import dev.clusterlab.views.partitions.PartitionRow;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.status.StatusBarView;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.TimeControlView;
import dev.clusterlab.views.topics.TopicDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The real window's menu bar, File > Open and the topic dialogs, headless (Monocle). */
class AppMenuTest extends RealWindowTest {
    private static final String PREFERENCES_NODE = "dev/clusterlab/test-" + UUID.randomUUID();
    @TempDir
    Path dir;

    @BeforeAll
    static void useTestPreferences() {
        System.setProperty(ClusterLabApp.PREFERENCES_NODE_PROPERTY, PREFERENCES_NODE);
    }

    @AfterAll
    static void removeTestPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFERENCES_NODE).removeNode();
        System.clearProperty(ClusterLabApp.PREFERENCES_NODE_PROPERTY);
    }

    @BeforeEach
    void waitForTheFirstEvents() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() > 0);
    }

    @Test
    void openingAMalformedFileShowsTheLoadersMessageAndKeepsTheOldScenario() throws Exception {
        Path syntaxError = Files.writeString(dir.resolve("syntax-error.json"),
                "{\n  \"name\": \"Broken\",\n  \"seed\": 1\n  \"cluster\": { \"brokers\": 3 }\n}\n");
        Path invalidValue = Files.writeString(dir.resolve("invalid-value.json"),
                Files.readString(Path.of("..", "samples", "welcome.json")).replace("\"brokers\": 3", "\"brokers\": -2"));

        for (Path bad : List.of(syntaxError, invalidValue)) {
            assertThat(open(bad)).isFalse();

            String shown = errorDialogText();
            assertThat(shown).startsWith(bad.toString() + ":");
            if (bad == syntaxError) {
                assertThat(shown).startsWith(bad + ":4:3: $: malformed JSON");
            } else {
                assertThat(shown).startsWith(bad + ":5:16: $.cluster.brokers: must be at least 1, not -2");
            }
            closeErrorDialog();
            long before = eventsShown();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() > before);
            assertThat(scenarioName()).isEqualTo(WelcomeScenario.NAME);
            assertThat(stage.getTitle()).isEqualTo("ClusterLab");
        }
    }

    @Test
    void openingAValidSampleRunsItAndNamesTheWindowAfterIt() throws Exception {
        assertThat(open(Path.of("..", "samples", "unclean-election.json"))).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> scenarioName().equals("Unclean leader election loses committed data"));
        assertThat(stage.getTitle()).isEqualTo("ClusterLab — Unclean leader election loses committed data");
        assertThat(robot.lookup("#" + ClockView.DETAILS_ID).queryAs(Label.class).getText()).startsWith("seed 5 ");

        assertThat(open(Path.of("..", "samples", "welcome.json"))).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scenarioName().equals(WelcomeScenario.NAME));
        Menu recent = recentMenu();
        assertThat(recent.getItems().get(0).getText()).startsWith("1  welcome.json");
        assertThat(recent.getItems().get(1).getText()).startsWith("2  unclean-election.json");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> scenarioName().equals("Unclean leader election loses committed data"));
        assertThat(recent.getItems().get(0).getText()).startsWith("1  unclean-election.json");
    }

    @Test
    void ctrlRRestartsWithTheSameSeedSoTheClockGoesBack() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> eventsShown() > 2_000);
        long before = eventsShown();

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() < before);
        assertThat(robot.lookup("#" + ClockView.DETAILS_ID).queryAs(Label.class).getText()).startsWith("seed 42 ");
    }

    @Test
    void everyFixedMenuItemHasItsShortcutAndSpaceActsOnce() throws TimeoutException {
        MenuBar bar = robot.lookup("#" + MainMenu.ID).queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText)
                .containsExactly("_File", "_Simulation", "_Cluster", "_Topics", "_Producers", "_Help");
        for (MenuCommand command : MenuCommand.values()) {
            MenuItem item = find(bar, MainMenu.menuId(command.name()));
            assertThat(item.getAccelerator()).as(command.name())
                    .isEqualTo(KeyCombination.valueOf(command.accelerator()));
        }

        Button playPause = robot.lookup("#" + TimeControlView.PLAY_PAUSE_ID).queryButton();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Play".equals(playPause.getText()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(playPause.getText()).as("Space toggled once: paused").isEqualTo("Play");
        assertThat(find(bar, MainMenu.menuId("PLAY_PAUSE")).getText()).isEqualTo("Play");

        robot.clickOn(".time-controls .spinner .text-field");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(playPause.getText()).as("Space in a text field is typing, not play").isEqualTo("Play");
    }

    @Test
    void theClusterMenuOffersEachNodesTileActions() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-2").tryQuery().isPresent());
        Menu cluster = robot.lookup("#" + MainMenu.ID).queryAs(MenuBar.class).getMenus().get(2);

        WaitForAsyncUtils.asyncFx(() -> cluster.getOnShowing().handle(null)).get();

        assertThat(cluster.getItems()).extracting(MenuItem::getText).contains("Broker 1 (RUNNING)",
                "Broker 2 (RUNNING)", "Broker 3 (RUNNING)");
        Menu broker2 = (Menu) cluster.getItems().stream().filter(i -> i.getText().equals("Broker 2 (RUNNING)"))
                .findFirst().orElseThrow();
        MenuItem restart = broker2.getItems().stream().filter(i -> i.getText().startsWith("Restart")).findFirst()
                .orElseThrow();
        assertThat(restart.getText()).isEqualTo("Restart (still running)");
        assertThat(restart.isDisable()).isTrue();
        MenuItem crash = broker2.getItems().get(0);
        robot.interact(crash::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-2 .tile-state")
                .queryAs(Label.class).getText().equals("CRASHED"));
    }

    @Test
    void theProducersMenuOffersEachProducersCardActions() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#producer-checkout").tryQuery().isPresent());
        Menu producers = robot.lookup("#" + MainMenu.ID).queryAs(MenuBar.class).getMenus().get(4);
        assertThat(producers.getText()).isEqualTo("_Producers");

        WaitForAsyncUtils.asyncFx(() -> producers.getOnShowing().handle(null)).get();

        Menu checkout = (Menu) producers.getItems().get(0);
        assertThat(checkout.getText()).isEqualTo("checkout (producing)");
        MenuItem start = checkout.getItems().get(0);
        assertThat(start.isDisable()).as(start.getText()).isTrue();
        MenuItem stop = checkout.getItems().stream().filter(i -> i.getText().startsWith("Stop")).findFirst()
                .orElseThrow();
        robot.interact(stop::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> producers.getOnShowing().handle(null)).get();
            return producers.getItems().get(0).getText().equals("checkout (stopped)");
        });
    }

    @Test
    void ctrlNCreatesATopicAndTheControllerRefusesTooHighAReplicationFactor() throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + TopicDialogs.NAME_ID).tryQuery()
                .isPresent());
        Label problem = robot.lookup("#" + TopicDialogs.PROBLEM_ID).queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Topic name is illegal, it can't be empty");
        type(TopicDialogs.NAME_ID, "payments");
        assertThat(problem.getText()).isEmpty();
        robot.clickOn("Create");

        TableView<PartitionRow> table = robot.lookup("#" + PartitionsView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.name().equals("payments-2")));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + TopicDialogs.NAME_ID).tryQuery()
                .isPresent());
        type(TopicDialogs.NAME_ID, "wide");
        type(TopicDialogs.REPLICATION_FACTOR_ID, "5");
        robot.clickOn("Create");
        Label notice = robot.lookup("#" + StatusBarView.NOTICE_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice.getText().contains("INVALID_REPLICATION_FACTOR"));
    }

    /** Fills a dialog field (the robot's typing is slow under Monocle; the binding is what counts). */
    private void type(String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private boolean open(Path file) throws ExecutionException, InterruptedException {
        AtomicBoolean opened = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> opened.set(app.openScenario(file))).get();
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    private String errorDialogText() {
        DialogPane pane = robot.lookup("#" + Dialogs.SCENARIO_ERROR_ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).endsWith("is not a valid scenario");
        return robot.from(pane).lookup("#" + Dialogs.SCENARIO_ERROR_TEXT_ID).queryAs(TextArea.class).getText();
    }

    private void closeErrorDialog() {
        DialogPane pane = robot.lookup("#" + Dialogs.SCENARIO_ERROR_ID).queryAs(DialogPane.class);
        Window window = pane.getScene().getWindow();
        robot.interact(window::hide);
    }

    private Menu recentMenu() {
        MenuBar bar = robot.lookup("#" + MainMenu.ID).queryAs(MenuBar.class);
        return (Menu) find(bar, "menu-open-recent");
    }

    private static MenuItem find(MenuBar bar, String id) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private String scenarioName() {
        return robot.lookup("#" + ClockView.SCENARIO_NAME_ID).queryAs(Label.class).getText();
    }

    private long eventsShown() {
        String details = robot.lookup("#" + ClockView.DETAILS_ID).queryAs(Label.class).getText();
        String digits = details.replaceAll(".*· ([0-9,]+) events.*", "$1").replace(",", "");
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? 0 : Long.parseLong(digits);
    }
}
