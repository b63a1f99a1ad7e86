package dev.clusterlab.app.ui;

import dev.clusterlab.app.ClusterLabApp;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A test on the real application window: started headless (Monocle) before each test, closed after it. */
abstract class RealWindowTest {
    protected final FxRobot robot = new FxRobot();
    protected Stage stage;
    protected ClusterLabApp app;

    @BeforeEach
    void startApp() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (ClusterLabApp) FxToolkit.setupApplication(ClusterLabApp.class);
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
