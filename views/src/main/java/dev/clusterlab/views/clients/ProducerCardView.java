package dev.clusterlab.views.clients;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One producer's card, styled as the broker tiles. It keeps its labels and shows whichever card it
 * is given, changing only what differs, so focus and an open menu survive every frame.
 */
final class ProducerCardView extends VBox {
    static final PseudoClass LATEST = PseudoClass.getPseudoClass("latest");
    static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final Label name = new Label();
    private final Label state = new Label();
    private final Label settings = new Label();
    private final Label setup = new Label();
    private final Label counts = new Label();
    private final Label errorsTitle = new Label("Errors");
    private final FlowPane errors = new FlowPane();
    private final Label leadersTitle = new Label();
    private final FlowPane leaders = new FlowPane();
    private ProducerCard shown;

    ProducerCardView() {
        name.getStyleClass().add("tile-title");
        state.getStyleClass().add("tile-state");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, name, gap, state);
        settings.getStyleClass().add("tile-detail");
        setup.getStyleClass().add("tile-detail");
        counts.getStyleClass().add("producer-counts");
        errorsTitle.getStyleClass().add("producer-heading");
        leadersTitle.getStyleClass().add("producer-heading");
        errors.getStyleClass().add("producer-chips");
        leaders.getStyleClass().add("producer-chips");
        errors.getChildren().add(errorsTitle); // each heading leads its own chips, so the card stays short
        leaders.getChildren().add(leadersTitle);
        getChildren().addAll(header, settings, setup, counts, errors, leaders);
        getStyleClass().addAll("node-tile", "producer-card");
        setFocusTraversable(true);
    }

    ProducerCard shown() {
        return shown;
    }

    void show(ProducerCard c) {
        if (c.equals(shown)) {
            return;
        }
        shown = c;
        setId("producer-" + c.id());
        setText(name, c.title());
        setText(state, c.state());
        if (!state.getStyleClass().contains("producer-" + c.state().toLowerCase(Locale.ROOT))) {
            state.getStyleClass().removeIf(s -> s.startsWith("producer-"));
            state.getStyleClass().add("producer-" + c.state().toLowerCase(Locale.ROOT));
        }
        setText(settings, c.settingsLine());
        setText(setup, c.setupLine());
        setText(counts, c.countsLine());
        setText(errorsTitle, c.errors().isEmpty() ? "Errors: none" : "Errors:");
        chips(errors, c.errors(), "error-chip", e -> e.name() + " " + e.count(), ErrorCount::latest, LATEST);
        setText(leadersTitle, c.leadersTitle());
        chips(leaders, c.leaders(), "leader-chip", BelievedLeader::text, BelievedLeader::stale, STALE);
    }

    /** Makes pane show its heading and one label per item, reusing the labels it has. */
    private static <T> void chips(FlowPane pane, List<T> items, String styleClass, Function<T, String> text,
                                  Function<T, Boolean> marked, PseudoClass mark) {
        while (pane.getChildren().size() > items.size() + 1) {
            pane.getChildren().remove(pane.getChildren().size() - 1);
        }
        while (pane.getChildren().size() < items.size() + 1) {
            Label chip = new Label();
            chip.getStyleClass().addAll("producer-chip", styleClass);
            pane.getChildren().add(chip);
        }
        for (int i = 0; i < items.size(); i++) {
            Label chip = (Label) pane.getChildren().get(i + 1);
            setText(chip, text.apply(items.get(i)));
            chip.pseudoClassStateChanged(mark, marked.apply(items.get(i)));
        }
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
