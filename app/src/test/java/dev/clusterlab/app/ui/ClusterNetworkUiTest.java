package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.app.ClusterLabApp;
import dev.clusterlab.views.cluster.ClusterView;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The cluster view's network on the real window: select nodes, partition them, heal. */
class ClusterNetworkUiTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void startApp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ClusterLabApp.class);
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Button button(int index) {
        return robot.lookup("#" + ClusterView.SELECTION_BUTTON_IDS.get(index)).queryButton();
    }

    private String selectionShown() {
        return robot.lookup("#" + ClusterView.SELECTION_ID).queryAs(Label.class).getText();
    }

    @Test
    void aSelectedBrokerIsPartitionedFromTheRestThenHealed() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#broker-2").tryQuery().isPresent());
        assertThat(button(0).isDisabled()).as("nothing selected yet").isTrue();

        robot.clickOn("#broker-2");
        assertThat(selectionShown()).startsWith("selected: broker 2");
        robot.press(KeyCode.TAB).release(KeyCode.TAB); // to broker 3
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        assertThat(selectionShown()).startsWith("selected: broker 2, broker 3");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        assertThat(selectionShown()).startsWith("selected: broker 2 ");

        assertThat(button(4).isDisabled()).as("nothing to heal").isTrue();
        robot.clickOn(button(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !button(4).isDisabled());
        assertThat(button(0).isDisabled()).as("already partitioned").isTrue();

        robot.clickOn(button(4));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button(4).isDisabled());
        assertThat(button(0).isDisabled()).isFalse();
    }
}
