package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs long work (an import of a hundred thousand rows) off the request thread, as the signed-in user, and hands
 * its result back to the UI. The page polls while work is running, so it needs no push connection.
 */
@Component
public class BackgroundTasks {

    private static final int POLL_MILLIS = 500;

    private final AsyncTaskExecutor asUser;

    // The application's task executor, each task run in the security context of the one who started it.
    BackgroundTasks(AsyncTaskExecutor executor) {
        this.asUser = new DelegatingSecurityContextAsyncTaskExecutor(executor);
    }

    /**
     * Runs the work and then, in the UI, the consumer of its result or of its failure. Must be called from the UI
     * thread, whose security context the work inherits.
     */
    public <T> CompletableFuture<T> run(
            UI ui, Supplier<T> work, SerializableConsumer<T> onDone, SerializableConsumer<Throwable> onFailure) {
        ui.setPollInterval(POLL_MILLIS);
        return CompletableFuture.supplyAsync(work, asUser)
                .whenComplete((result, failure) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    if (failure == null) {
                        onDone.accept(result);
                    } else {
                        onFailure.accept(
                                failure instanceof CompletionException wrapped && wrapped.getCause() != null
                                        ? wrapped.getCause()
                                        : failure);
                    }
                }));
    }
}
