package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.views.charts.ChartsView;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Charts tab of the real window (headless): fed by the running welcome scenario, window chosen by keyboard. */
class ChartsTabTest extends RealWindowTest {

    @Test
    void showsTheProduceRateOfTheWelcomeScenarioAndTakesItsWindowFromTheKeyboard() throws TimeoutException {
        robot.clickOn("#tab-charts");
        Label summary = robot.lookup("#" + ChartsView.SUMMARY_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains("last at 0:02"));
        assertThat(summary.getText()).startsWith("one sample per simulated second");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".series-legend-item")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("sent 100/s")));

        ToggleButton oneMinute = robot.lookup("#" + ChartsView.WINDOW_BUTTON_ID_PREFIX + "one-minute")
                .queryAs(ToggleButton.class);
        ToggleButton fiveMinutes = robot.lookup("#" + ChartsView.WINDOW_BUTTON_ID_PREFIX + "five-minutes")
                .queryAs(ToggleButton.class);
        assertThat(fiveMinutes.isSelected()).as("5 minutes at first").isTrue();
        robot.interact(oneMinute::requestFocus);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, oneMinute::isSelected);
        assertThat(fiveMinutes.isSelected()).isFalse();
    }
}
