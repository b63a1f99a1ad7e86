package dev.clusterlab.views.partitions;

import dev.clusterlab.protocol.TopicPartition;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every topic-partition with its leader, leader epoch, replicas, ISR, ELR, high watermark, the
 * leader's log end offset and its state. A TableView, so only visible rows are laid out: it
 * stays fast with thousands of partitions.
 */
public final class PartitionsView extends VBox {
    public static final String TABLE_ID = "partitions-table";
    private static final List<String> STATE_CLASSES =
            Arrays.stream(PartitionState.values()).map(PartitionState::styleClass).toList();

    public PartitionsView(PartitionsViewModel model) {
        getStyleClass().add("partitions-view");
        Label title = new Label("Partitions");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.getStyleClass().add("section-summary");
        summary.textProperty().bind(model.summaryProperty());

        TableView<PartitionRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No partitions yet"));
        table.getColumns().add(column("Partition", PartitionRow::nameProperty, 130));
        table.getColumns().add(column("Leader", PartitionRow::leaderProperty, 60));
        table.getColumns().add(numeric(column("Epoch", PartitionRow::leaderEpochProperty, 55)));
        table.getColumns().add(column("Replicas", PartitionRow::replicasProperty, 80));
        table.getColumns().add(column("ISR", PartitionRow::isrProperty, 80));
        table.getColumns().add(column("ELR", PartitionRow::elrProperty, 60));
        table.getColumns().add(numeric(column("High watermark", PartitionRow::highWatermarkProperty, 110)));
        table.getColumns().add(numeric(column("Log end offset", PartitionRow::logEndOffsetProperty, 110)));
        table.getColumns().add(stateColumn());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, summary, table);
        bindSelection(table, model);
    }

    /**
     * The table's selection and the model's selected partition follow each other. A row replaced by
     * an update may leave the selection empty for a moment: that does not unselect the partition.
     */
    private static void bindSelection(TableView<PartitionRow> table, PartitionsViewModel model) {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.selectedPartitionProperty().set(PartitionsViewModel.partitionOf(row));
            }
        });
        model.selectedPartitionProperty().addListener((o, old, tp) -> select(table, model, true));
        model.rows().addListener((javafx.collections.ListChangeListener<PartitionRow>) change ->
                select(table, model, false));
    }

    /** Selects the selected partition's row unless it is selected; scrolls to it only when the user picked it. */
    private static void select(TableView<PartitionRow> table, PartitionsViewModel model, boolean scroll) {
        TopicPartition tp = model.selectedPartitionProperty().get();
        PartitionRow selected = table.getSelectionModel().getSelectedItem();
        if (tp == null || selected != null && PartitionsViewModel.shows(selected, tp)) {
            return; // the common case on every update: cheap, with thousands of rows changing
        }
        int index = model.indexOf(tp);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            if (scroll) {
                table.scrollTo(index);
            }
        }
    }

    /** A column showing a row's property: a cell on screen follows it, an off-screen row costs nothing. */
    private static <T> TableColumn<PartitionRow, T> column(String name,
                                                          Function<PartitionRow, ObservableValue<T>> value,
                                                          double width) {
        TableColumn<PartitionRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableColumn<PartitionRow, T> numeric(TableColumn<PartitionRow, T> c) {
        c.getStyleClass().add("numeric");
        return c;
    }

    private static TableColumn<PartitionRow, PartitionState> stateColumn() {
        TableColumn<PartitionRow, PartitionState> c = column("State", PartitionRow::stateProperty, 130);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PartitionState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeAll(STATE_CLASSES);
                if (empty || state == null) {
                    setText(null);
                } else {
                    setText(state.label());
                    getStyleClass().add(state.styleClass());
                }
            }
        });
        return c;
    }
}
