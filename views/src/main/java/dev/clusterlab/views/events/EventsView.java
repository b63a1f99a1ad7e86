package dev.clusterlab.views.events;

import dev.clusterlab.views.fx.Visibility;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The timeline: every recorded event and command as it happens, newest at the bottom, with
 * filters by node, category, type and text, and the selected event's fields beside it. A
 * TableView, so only the visible rows are laid out however fast events come. Selecting a row or
 * scrolling back stops following the newest; Follow (or End in the table) resumes it.
 */
public final class EventsView extends VBox {
    public static final String TABLE_ID = "events-table";
    public static final String FOLLOW_ID = "events-follow";
    public static final String DETAILS_ID = "events-details";
    public static final String NODE_FILTER_ID = "events-node-filter";
    public static final String TYPE_FILTER_ID = "events-type-filter";
    public static final String TEXT_FILTER_ID = "events-text-filter";

    private final EventsViewModel model;
    private final TableView<TimelineEntry> table;

    public EventsView(EventsViewModel model) {
        this.model = model;
        getStyleClass().add("events-view");
        table = table();
        SplitPane body = new SplitPane(table, details());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.75);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), filters(), body);
        // The tab pane shows and hides this view's parent: hidden, the model only keeps the snapshot.
        Visibility.whenShownOrHidden(this, () -> model.setShowing(isVisible() && getParent() != null
                && getParent().isVisible()));
    }

    private HBox header() {
        Label title = new Label("Timeline");
        title.getStyleClass().add("section-title");
        Label clock = new Label();
        clock.getStyleClass().add("events-clock");
        clock.textProperty().bind(model.clockProperty());
        Label status = new Label();
        status.getStyleClass().add("section-summary");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton follow = new ToggleButton("Follow");
        follow.setId(FOLLOW_ID);
        follow.setTooltip(new Tooltip("Keep the newest event in view (End in the table); selecting a row or "
                + "scrolling back stops it"));
        follow.selectedProperty().bindBidirectional(model.followProperty());
        HBox header = new HBox(title, clock, status, spacer, follow);
        header.getStyleClass().add("events-header");
        return header;
    }

    private FlowPane filters() {
        ComboBox<NodeChoice> node = new ComboBox<>(model.nodes());
        node.setId(NODE_FILTER_ID);
        node.setTooltip(new Tooltip("Events of one node (commands are shown for every node)"));
        node.valueProperty().bindBidirectional(model.nodeFilterProperty());
        ComboBox<String> type = new ComboBox<>(model.types());
        type.setId(TYPE_FILTER_ID);
        type.setTooltip(new Tooltip("Events of one type"));
        type.valueProperty().bindBidirectional(model.typeFilterProperty());
        TextField text = new TextField();
        text.setId(TEXT_FILTER_ID);
        text.setPromptText("Find in type, node or fields");
        text.setPrefColumnCount(16);
        text.textProperty().bindBidirectional(model.textFilterProperty());
        FlowPane filters = new FlowPane(node, type, text);
        for (TimelineCategory c : TimelineCategory.values()) {
            CheckBox on = new CheckBox(c.label());
            on.setId("events-category-" + c.label());
            on.getStyleClass().add("events-category-" + c.label());
            on.selectedProperty().bindBidirectional(model.categoryProperty(c));
            filters.getChildren().add(on);
        }
        filters.getStyleClass().add("events-filters");
        return filters;
    }

    private TableView<TimelineEntry> table() {
        TableView<TimelineEntry> t = new TableView<>(model.rows());
        t.setId(TABLE_ID);
        t.setPlaceholder(new Label("No events yet"));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("Time", e -> EventsViewModel.formatTime(e.timeMs()), 120));
        TableColumn<TimelineEntry, String> seq = column("Seq", e -> Long.toString(e.seq()), 65);
        seq.getStyleClass().add("numeric");
        t.getColumns().add(seq);
        t.getColumns().add(column("Node", e -> e.node().isEmpty() ? "—" : e.node(), 75));
        t.getColumns().add(column("Type", TimelineEntry::type, 175));
        TableColumn<TimelineEntry, String> fields = column("Fields", TimelineEntry::summary, 400);
        fields.setMinWidth(150);
        t.getColumns().add(fields); // the last column takes what is left
        t.setRowFactory(v -> new EntryRow());
        t.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != model.selectedProperty().get()) {
                model.select(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (is == null) {
                t.getSelectionModel().clearSelection();
            }
        });
        model.rows().addListener((ListChangeListener<TimelineEntry>) c -> rowsChanged());
        // Scrolling back to read stops following; End follows again.
        t.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                model.followProperty().set(false);
            }
        });
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.END) {
                model.followProperty().set(true);
                e.consume();
            }
        });
        return t;
    }

    private void rowsChanged() {
        TimelineEntry selected = model.selectedProperty().get();
        if (model.followProperty().get() && !model.rows().isEmpty()) {
            table.scrollTo(model.rows().size() - 1);
        } else if (selected != null && table.getSelectionModel().getSelectedItem() == null) {
            table.getSelectionModel().select(selected); // the rows were rebuilt: keep showing the selection
        }
    }

    private VBox details() {
        Label title = new Label();
        title.getStyleClass().add("events-details-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of cutting the seq and time off
        title.textProperty().bind(model.detailsTitleProperty());
        TextArea fields = new TextArea();
        fields.setId(DETAILS_ID);
        fields.setEditable(false);
        fields.setWrapText(true);
        fields.setPromptText("Select an event to see its fields");
        fields.textProperty().bind(model.detailsTextProperty());
        VBox.setVgrow(fields, Priority.ALWAYS);
        VBox details = new VBox(title, fields);
        details.getStyleClass().add("events-details");
        return details;
    }

    private static TableColumn<TimelineEntry, String> column(String name, Function<TimelineEntry, String> value,
                                                             double width) {
        TableColumn<TimelineEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // the fields column gives way, not the short ones
        c.setSortable(false); // the order is the simulation's
        return c;
    }

    /** A row that marks commands, and refused commands, with their own style. */
    private static final class EntryRow extends TableRow<TimelineEntry> {
        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("event-command", "event-refused");
            if (!empty && entry != null && entry.isCommand()) {
                getStyleClass().add(entry.refused() ? "event-refused" : "event-command");
            }
        }
    }
}
