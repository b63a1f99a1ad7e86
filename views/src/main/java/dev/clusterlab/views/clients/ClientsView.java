package dev.clusterlab.views.clients;

import dev.clusterlab.views.fx.MenuKeys;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Every producer as a card: state, settings, counts, errors by Kafka's name, and the leaders it
 * believes in (stale ones marked). Right-click, or Enter / the menu key / Shift+F10 on a focused
 * card (Tab moves between cards), offers start, stop, change rate and configure.
 */
public final class ClientsView extends VBox {
    public static final String CARDS_ID = "producer-cards";

    private final ClientsViewModel model;
    private final FlowPane cards = new FlowPane();

    public ClientsView(ClientsViewModel model) {
        this.model = model;
        getStyleClass().add("clients-view");
        Label title = new Label("Clients");
        title.getStyleClass().add("section-title");
        cards.setId(CARDS_ID);
        cards.getStyleClass().add("producer-cards");
        getChildren().addAll(title, cards);
        model.cards().addListener((ListChangeListener<ProducerCard>) change -> refresh());
        refresh();
    }

    /** Updates the cards in place (a rebuilt card would lose focus and an open menu's anchor). */
    private void refresh() {
        List<ProducerCard> current = model.cards();
        while (cards.getChildren().size() > current.size()) {
            cards.getChildren().remove(cards.getChildren().size() - 1);
        }
        for (int i = 0; i < current.size(); i++) {
            if (i == cards.getChildren().size()) {
                cards.getChildren().add(newCard());
            }
            ((ProducerCardView) cards.getChildren().get(i)).show(current.get(i));
        }
    }

    private ProducerCardView newCard() {
        ProducerCardView card = new ProducerCardView();
        Tooltip.install(card, new Tooltip("Right-click, or Enter / the menu key, for actions"));
        card.setOnContextMenuRequested(e -> {
            menu(card.shown().id()).show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        card.setOnMouseClicked(e -> card.requestFocus());
        card.setOnKeyPressed(e -> {
            if (MenuKeys.opensMenu(e)) {
                menu(card.shown().id()).show(card, Side.BOTTOM, 0, 0);
                e.consume();
            }
        });
        return card;
    }

    private ContextMenu menu(String producer) {
        ContextMenu menu = new ContextMenu();
        for (ProducerAction action : model.actions(producer)) {
            MenuItem item = new MenuItem(action.text());
            item.setDisable(!action.isEnabled());
            item.setOnAction(e -> run(action));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Runs an action: at once, or after its dialog was confirmed. */
    private void run(ProducerAction action) {
        run(getScene().getWindow(), model, action);
    }

    /**
     * Runs a producer action as the card's menu does (the menu bar's Producers menu too): at once,
     * or after its dialog, owned by owner, was confirmed.
     */
    public static void run(Window owner, ClientsViewModel model, ProducerAction action) {
        switch (action.kind()) {
            case CHANGE_RATE -> {
                String current = model.card(action.producer()).map(c -> ProducerCard.rateText(c.ratePerSec()))
                        .orElse("");
                RateDialog.ask(owner, action.producer(), current)
                        .ifPresent(rate -> model.setRate(action.producer(), rate));
            }
            case CONFIGURE -> ConfigureProducerDialog.ask(owner, model.configureForm(action.producer()))
                    .ifPresent(model::configure);
            default -> model.perform(action);
        }
    }
}
