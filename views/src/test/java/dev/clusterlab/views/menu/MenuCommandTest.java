package dev.clusterlab.views.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuCommandTest {

    @Test
    void everyCommandHasItsOwnShortcut() {
        List<String> accelerators = Arrays.stream(MenuCommand.values()).map(MenuCommand::accelerator).toList();

        for (int n = 1; n <= RecentFiles.MAX; n++) {
            accelerators = new java.util.ArrayList<>(accelerators);
            accelerators.add(MenuCommand.recentFileAccelerator(n));
        }
        assertThat(MenuCommand.recentFileAccelerator(1)).isEqualTo("Shortcut+1");
        assertThat(accelerators).doesNotContainNull().doesNotHaveDuplicates().allSatisfy(a -> assertThat(a).isNotBlank());
    }

    @Test
    void theSimulationMenuUsesTheTimeControlsKeys() {
        assertThat(MenuCommand.PLAY_PAUSE.accelerator()).isEqualTo("Space");
        assertThat(MenuCommand.STEP.accelerator()).isEqualTo("Right");
        assertThat(MenuCommand.NEXT_CHANGE.accelerator()).isEqualTo("Shift+Right");
        assertThat(MenuCommand.FASTER.accelerator()).isEqualTo("Plus");
        assertThat(MenuCommand.SLOWER.accelerator()).isEqualTo("Minus");
    }

    @Test
    void theIssuesShortcutsAreTheFileMenus() {
        assertThat(MenuCommand.OPEN.accelerator()).isEqualTo("Shortcut+O");
        assertThat(MenuCommand.RESTART_SAME_SEED.accelerator()).isEqualTo("Shortcut+R");
        assertThat(MenuCommand.RESTART_NEW_SEED.accelerator()).isEqualTo("Shortcut+Shift+R");
        assertThat(MenuCommand.QUIT.accelerator()).isEqualTo("Shortcut+Q");
        assertThat(MenuCommand.CREATE_TOPIC.accelerator()).isEqualTo("Shortcut+N");
    }

    @Test
    void theHelpListsEveryCommandWithItsKeysAndTheMenusOwnKeyboardAccess() {
        List<MenuCommand.HelpRow> rows = MenuCommand.helpRows();

        for (MenuCommand c : MenuCommand.values()) {
            assertThat(rows).contains(new MenuCommand.HelpRow(c.keys(), c.menu().title() + " › " + c.label()));
        }
        assertThat(rows).extracting(MenuCommand.HelpRow::action)
                .contains("File › Open recent › the first to eighth file", "File › Open recent › Clear recent",
                        "Cluster › a broker or controller › an action");
    }
}
