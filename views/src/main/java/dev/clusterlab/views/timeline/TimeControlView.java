package dev.clusterlab.views.timeline;

import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * Play/pause, step and speed buttons, and the keyboard shortcuts: Space play/pause, Right arrow
 * step one event, Shift+Right run to the next leader/ISR/controller change, + and - speed. The shortcuts work wherever the focus is in the window.
 */
public final class TimeControlView extends HBox {
    public static final String PLAY_PAUSE_ID = "play-pause";
    public static final String SPEED_ID = "speed";
    public static final String STEP_ID = "step";
    public static final String RUN_ID = "run-for";

    public TimeControlView(TimeControlViewModel model) {
        getStyleClass().add("time-controls");
        setAlignment(Pos.CENTER_LEFT);
        Button playPause = button("Pause", "Play or pause (Space)", model::togglePlay);
        playPause.setId(PLAY_PAUSE_ID);
        playPause.textProperty().bind(model.pausedProperty().map(p -> p ? "Play" : "Pause"));
        Button step = button("Step", "Run the next event only (Right arrow)", model::step);
        step.setId(STEP_ID);
        Button nextChange = button("Next change", "Run to the next leader, ISR or controller change (Shift+Right)",
                model::stepToStateChange);
        Spinner<Integer> seconds = new Spinner<>(1, 3_600, 10);
        seconds.setEditable(true);
        seconds.setPrefWidth(80);
        seconds.setFocusTraversable(false);
        seconds.getEditor().setFocusTraversable(false); // the window opens with no text field taking the keys
        seconds.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        seconds.setTooltip(new Tooltip("Simulated seconds for Run"));
        Button runFor = button("Run", "Run that many simulated seconds at once, then pause",
                () -> model.runForSeconds(seconds.getValue()));
        runFor.setId(RUN_ID);
        MenuItem sameSeed = new MenuItem("Restart with the same seed");
        sameSeed.setOnAction(e -> model.restartSameSeed());
        MenuItem newSeed = new MenuItem("Restart with a new seed");
        newSeed.setOnAction(e -> model.restartNewSeed());
        MenuButton restart = new MenuButton("Restart", null, sameSeed, newSeed);
        restart.setFocusTraversable(false);
        restart.setTooltip(new Tooltip("Start the scenario again from time 0"));
        Button slower = button("−", "Slower (-)", model::slower);
        slower.disableProperty().bind(model.slowestProperty());
        Button faster = button("+", "Faster (+)", model::faster);
        faster.disableProperty().bind(model.fastestProperty());
        Label speed = new Label();
        speed.setId(SPEED_ID);
        speed.getStyleClass().add("speed");
        speed.textProperty().bind(model.speedTextProperty());
        Label secondsUnit = new Label("s");
        getChildren().addAll(playPause, step, nextChange, runFor, seconds, secondsUnit, slower, speed, faster,
                restart);
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false); // Space belongs to play/pause, not to whichever button has focus
        b.setOnAction(e -> action.run());
        return b;
    }

    private static boolean typing(Node focusOwner) {
        return focusOwner instanceof TextInputControl || focusOwner instanceof Spinner<?>;
    }

    /** Installs the shortcuts on the scene, ahead of the focused control (a table would take Space and arrows). */
    public static void installShortcuts(Scene scene, TimeControlViewModel model) {
        EventHandler<KeyEvent> shortcuts = e -> {
            if (e.isShortcutDown() || e.isAltDown() || typing(scene.getFocusOwner())) {
                return; // typing in a field keeps its keys
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.SPACE) {
                model.togglePlay();
            } else if (code == KeyCode.RIGHT && e.isShiftDown()) {
                model.stepToStateChange();
            } else if (code == KeyCode.RIGHT) {
                model.step();
            } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
                model.faster();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                model.slower();
            } else {
                return;
            }
            e.consume();
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
    }
}
