package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A short ui-bench on the welcome scenario, headless (Monocle): it must open the window, record
 * frames, click and type through the robot and see every effect. Timings are not asserted: speed
 * is measured by running ui-bench, not by a timed test.
 */
class UiBenchTest {

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void reportsFramesViewModelCostsAndEveryClicksEffect() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();

        ObjectNode report = new UiBench(WelcomeScenario.load(),
                new UiBench.Settings(300, 3_000, false, Set.of())).run(stage);

        assertThat(report.get("partitions").asInt()).isEqualTo(6);
        assertThat(report.get("brokers").asInt()).isEqualTo(3);
        assertThat(report.at("/fxWorkPerFrameMs/frames").asInt()).isPositive();
        assertThat(report.at("/fxCpuPerFrameMs/frames").asInt())
                .isEqualTo(report.at("/fxWorkPerFrameMs/frames").asInt());
        assertThat(report.at("/pumpPerFrameMs/frames").asInt()).isPositive();
        assertThat(report.get("snapshotsShown").asLong()).isPositive();
        assertThat(report.get("matrixDraws").asLong()).isPositive();
        assertThat(report.get("viewModelMsPerSnapshot").has("matrix")).isTrue();
        assertThat(report.get("simulatedMs").asLong()).isPositive();
        JsonNode clicks = report.get("clicks");
        assertThat(clicks).hasSize(13);
        assertThat(clicks).allSatisfy(c -> {
            assertThat(c.has("error")).as(c.toString()).isFalse();
            assertThat(c.get("effectOnScreenMs").asDouble()).as(c.toString()).isNotNegative();
        });
        assertThat(clicks.findValuesAsText("what")).contains("matrix row click", "matrix Page Down/Up",
                "tab switch to partitions", "tab switch to matrix");
        assertThat(report.at("/budget").has("frameAverageUnder8Ms")).isTrue();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void leavesOutTheViewModelsItIsToldTo() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();

        ObjectNode report = new UiBench(WelcomeScenario.load(),
                new UiBench.Settings(200, 1_000, false, Set.of("partitions"))).run(stage);

        assertThat(report.get("viewModelMsPerSnapshot").has("partitions")).isFalse();
        assertThat(report.get("viewModelMsPerSnapshot").has("matrix")).isTrue();
        assertThat(report.get("skippedViewModels").toString()).isEqualTo("[\"partitions\"]");
    }
}
