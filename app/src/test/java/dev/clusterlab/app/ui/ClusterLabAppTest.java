package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.legend.LegendView;
import dev.clusterlab.views.partitions.PartitionRow;
import dev.clusterlab.views.partitions.PartitionState;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.status.StatusBarView;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.TimeControlView;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless (Monocle) and looks at its window. */
class ClusterLabAppTest extends RealWindowTest {

    @Test
    void showsTheWelcomeScenarioInAWindowTitledClusterLab() throws TimeoutException {
        assertThat(stage.getTitle()).isEqualTo("ClusterLab");
        assertThat(stage.isShowing()).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WelcomeScenario.NAME.equals(scenarioName().getText()));
        assertThat(scenarioName().getText()).isEqualTo("Welcome to ClusterLab");
    }

    @Test
    void listsTheWelcomeTopicsPartitionsWithLeadersAndIsr()
            throws TimeoutException, InterruptedException, ExecutionException {
        TableView<PartitionRow> table = robot.lookup("#" + PartitionsView.TABLE_ID).queryTableView();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        List<PartitionRow> rows = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get();
        assertThat(rows).extracting(PartitionRow::name)
                .containsExactly("orders-0", "orders-1", "orders-2", "orders-3", "orders-4", "orders-5");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.leader()).isNotEqualTo("none");
            assertThat(row.isr().split(",")).hasSize(3);
        });
    }

    @Test
    void statusBarSaysTheInvariantsHold() throws TimeoutException {
        Label invariants = robot.lookup("#" + StatusBarView.INVARIANTS_ID).queryAs(Label.class);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> invariants.getText().endsWith("invariants hold"));
    }

    @Test
    void spacePausesTheClockAndRightArrowStepsOneEvent() throws TimeoutException {
        Button playPause = robot.lookup("#" + TimeControlView.PLAY_PAUSE_ID).queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() > 0);

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Play".equals(playPause.getText()));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // the pause reaches the engine thread
        long pausedAt = eventsShown();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(eventsShown()).as("paused: no events run").isEqualTo(pausedAt);

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() == pausedAt + 1);
    }

    /**
     * Asks for a tile's context menu as a right-click or the menu key does. (Headless Monocle does
     * not turn a robot's right-click into a context-menu request, so the request is sent here; the
     * menu item is then clicked for real.)
     */
    private void openMenuOf(String query) {
        Node tile = robot.lookup(query).query();
        robot.interact(() -> {
            Bounds b = tile.localToScreen(tile.getBoundsInLocal());
            tile.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10,
                    b.getMinY() + 10, false, null));
        });
    }

    /** The event count in the clock's details line, for example {@code seed 42 · 9,466 events}. */
    private long eventsShown() {
        String details = robot.lookup("#" + ClockView.DETAILS_ID).queryAs(Label.class).getText();
        String digits = details.replaceAll(".*· ([0-9,]+) events.*", "$1").replace(",", "");
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? 0 : Long.parseLong(digits);
    }

    @Test
    void crashingABrokerFromItsMenuTakesItDownAndOffersARestart() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-2").tryQuery().isPresent());

        openMenuOf("#broker-2");
        robot.clickOn("Crash");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-2 .tile-state")
                .queryAs(Label.class).getText().equals("CRASHED"));
        openMenuOf("#broker-2");
        assertThat(robot.lookup("Restart").tryQuery()).isPresent();
        assertThat(robot.lookup("Crash (already down)").tryQuery()).isPresent();
    }

    @Test
    void crashingTheLeadersBrokerThroughItsMenuElectsANewLeaderOnceTheClockRunsOn() throws Exception {
        TableView<PartitionRow> table = robot.lookup("#" + PartitionsView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 6
                && !table.getItems().get(0).leader().equals("none"));
        String oldLeader = WaitForAsyncUtils.asyncFx(() -> table.getItems().get(0).leader()).get();

        openMenuOf("#broker-" + oldLeader);
        robot.clickOn("Crash");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-" + oldLeader + " .tile-state")
                .queryAs(Label.class).getText().equals("CRASHED"));
        robot.clickOn("#" + TimeControlView.RUN_ID); // 10 simulated seconds: past the 9 s broker session timeout

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            String leader = WaitForAsyncUtils.asyncFx(() -> table.getItems().get(0).leader()).get();
            return !leader.equals(oldLeader) && !leader.equals("none");
        });
        PartitionRow row = WaitForAsyncUtils.asyncFx(() -> table.getItems().get(0)).get();
        assertThat(row.leaderEpoch()).as("a new leader epoch").isGreaterThan(0);
        assertThat(row.isr().split(",")).as("the crashed broker left the ISR").doesNotContain(oldLeader);
        assertThat(robot.lookup("#broker-" + oldLeader + " .tile-state").queryAs(Label.class).getText())
                .isEqualTo("CRASHED");
    }

    @Test
    void theStepButtonRunsExactlyOneEvent() throws TimeoutException {
        Button playPause = robot.lookup("#" + TimeControlView.PLAY_PAUSE_ID).queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() > 0);
        robot.clickOn(playPause);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Play".equals(playPause.getText()));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // the pause reaches the engine thread
        long pausedAt = eventsShown();

        robot.clickOn("#" + TimeControlView.STEP_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() == pausedAt + 1);
        robot.clickOn("#" + TimeControlView.STEP_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventsShown() == pausedAt + 2);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(eventsShown()).as("one event per click, nothing more").isEqualTo(pausedAt + 2);
    }

    @Test
    void theLegendNamesEveryPartitionStateWithItsOwnStyle() {
        FlowPane legend = robot.lookup("#" + LegendView.ID).queryAs(FlowPane.class);

        for (PartitionState state : PartitionState.values()) {
            assertThat(legend.getChildren()).anySatisfy(node -> {
                assertThat(((Label) node).getText()).isEqualTo(state.label());
                assertThat(node.getStyleClass()).contains(state.styleClass());
            });
        }
    }

    @Test
    void stoppingTheAppEndsTheEngineThread() throws TimeoutException {
        assertThat(engineThreadAlive()).isTrue();

        FxToolkit.cleanupApplication(app);
        app = null;

        assertThat(engineThreadAlive()).isFalse();
    }

    private static boolean engineThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(SimulationEngine.THREAD_NAME) && t.isAlive());
    }

    private Label scenarioName() {
        return robot.lookup("#" + ClockView.SCENARIO_NAME_ID).queryAs(Label.class);
    }
}
