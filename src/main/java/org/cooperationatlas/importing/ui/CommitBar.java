package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cooperationatlas.importing.ImportProgress;

/**
 * The last step of an import: the button that writes what was checked, and while it runs, its progress and a Stop
 * button (a stopped import writes nothing).
 */
class CommitBar extends HorizontalLayout {

    final Button commit = new Button();
    final ProgressBar progress = new ProgressBar();
    final Button stop = new Button();
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    CommitBar(Runnable onCommit) {
        commit.setIcon(VaadinIcon.UPLOAD.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.addClickListener(click -> onCommit.run());
        stop.setText(getTranslation("import.stop"));
        stop.addClickListener(click -> {
            stopRequested.set(true);
            stop.setEnabled(false);
        });
        progress.setWidth("20em");
        add(commit, progress, stop);
        setAlignItems(FlexComponent.Alignment.CENTER);
        commit.setVisible(false);
        progress.setVisible(false);
        stop.setVisible(false);
    }

    /** Shows the progress and the Stop button; the listener the import reports to, from any thread. */
    ImportProgress started(UI ui) {
        stopRequested.set(false);
        progress.setVisible(true);
        progress.setValue(0);
        stop.setVisible(true);
        stop.setEnabled(true);
        return new ImportProgress() {
            @Override
            public void done(int count, int total) {
                ui.access(() -> progress.setValue(total == 0 ? 1 : (double) count / total));
            }

            @Override
            public boolean stopRequested() {
                return stopRequested.get();
            }
        };
    }

    void finished() {
        progress.setVisible(false);
        stop.setVisible(false);
    }
}
