package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.views.partitions.PartitionRow;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.replicalog.EpochPalette;
import dev.clusterlab.views.replicalog.ReplicaLogView;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Replica logs tab on the real window (headless): it follows the table's selection and draws the logs. */
class ReplicaLogTabTest extends RealWindowTest {

    @Test
    void theTabShowsTheSelectedPartitionsLogsInEpochColoursAndFollowsTheTable()
            throws TimeoutException, ExecutionException, InterruptedException {
        TableView<PartitionRow> table = robot.lookup("#" + PartitionsView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        robot.clickOn("Replica logs");
        @SuppressWarnings("unchecked")
        ComboBox<TopicPartition> chooser = robot.lookup("#" + ReplicaLogView.CHOOSER_ID).queryAs(ComboBox.class);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> TopicPartition.of("orders", 0).equals(chooser.getValue()));
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItem().name()).get())
                .as("the table shows the same partition selected").isEqualTo("orders-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvasShows(EpochPalette.colorOf(0)));

        robot.interact(() -> table.getSelectionModel().select(4));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> TopicPartition.of("orders", 4).equals(chooser.getValue()));

        robot.interact(() -> chooser.setValue(TopicPartition.of("orders", 2)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> table.getSelectionModel().getSelectedItem().name()).get().equals("orders-2"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvasShows(EpochPalette.colorOf(0)));
    }

    /** True if some pixel of the log canvas has the colour (the legend is outside the canvas). */
    private boolean canvasShows(String webColor) throws ExecutionException, InterruptedException {
        Pane holder = robot.lookup("#" + ReplicaLogView.CANVAS_ID).queryAs(Pane.class);
        Canvas canvas = (Canvas) holder.getChildren().get(0);
        Color wanted = Color.web(webColor);
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = canvas.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < (int) image.getHeight(); y += 2) {
                for (int x = 0; x < (int) image.getWidth(); x += 4) {
                    Color c = pixels.getColor(x, y);
                    if (Math.abs(c.getRed() - wanted.getRed()) < 0.02
                            && Math.abs(c.getGreen() - wanted.getGreen()) < 0.02
                            && Math.abs(c.getBlue() - wanted.getBlue()) < 0.02) {
                        return true;
                    }
                }
            }
            return false;
        }).get();
    }
}
