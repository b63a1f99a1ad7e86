package dev.clusterlab.cluster;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.fault.Command;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A user command executed at its simulated time: traced under its action name, or as
 * ActionRefused with the reason when it was impossible at that moment.
 */
final class CommandEvent extends SimEvent {
    private final Command command;
    private final Function<Command, String> executor;
    private final Consumer<String> onRefused;
    private String refusal;
    private boolean executed;

    CommandEvent(Command command, Function<Command, String> executor) {
        this(command, executor, null);
    }

    /** onRefused, if given, hears "action: reason" when the command is refused. */
    CommandEvent(Command command, Function<Command, String> executor, Consumer<String> onRefused) {
        this.command = command;
        this.executor = executor;
        this.onRefused = onRefused;
    }

    Command command() {
        return command;
    }

    /** Null if it was carried out; the reason if it was refused. */
    String refusal() {
        return refusal;
    }

    boolean executed() {
        return executed;
    }

    @Override
    public SimNode node() {
        return null;
    }

    @Override
    public void fire() {
        refusal = executor.apply(command);
        executed = true;
        if (refusal != null && onRefused != null) {
            onRefused.accept(command.action() + ": " + refusal);
        }
    }

    @Override
    public String type() {
        return refusal == null ? command.action() : "ActionRefused";
    }

    @Override
    public void describe(Map<String, Object> fields) {
        if (refusal != null) {
            fields.put("action", command.action());
            fields.put("reason", refusal);
        }
        for (RecordComponent rc : command.getClass().getRecordComponents()) {
            try {
                Object value = rc.getAccessor().invoke(command);
                if (value != null) {
                    fields.put(rc.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
