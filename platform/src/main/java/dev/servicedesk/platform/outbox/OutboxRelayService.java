package dev.servicedesk.platform.outbox;

import dev.servicedesk.platform.kafka.KafkaConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.DriverManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs this instance's outbox relay from start-up to shut-down, on a connection of its own. */
@ApplicationScoped
public class OutboxRelayService {

    private final OutboxConfig config;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final KafkaConnection kafka;
    private final String applicationName;
    private volatile OutboxRelay relay;

    OutboxRelayService(OutboxConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            KafkaConnection kafka,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.kafka = kafka;
        this.applicationName = applicationName;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relay().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts (or restarts) the relay of this instance. */
    public synchronized void start() {
        if (relay == null || !relay.isRunning()) {
            relay = newRelay(applicationName);
            relay.start();
        }
    }

    /** Stops the relay of this instance; another instance's relay takes over. */
    public synchronized void stop() {
        if (relay != null) {
            relay.stop();
        }
    }

    /** A further relay on the same outbox, as another instance of the service would run; the caller starts and stops it. */
    public OutboxRelay newRelay(String name) {
        return new OutboxRelay(name, () -> DriverManager.getConnection(jdbcUrl, username, password), kafka.settings(),
                "servicedesk-outbox-" + applicationName, config.relay(), config.source());
    }

    public boolean isActive() {
        OutboxRelay current = relay;
        return current != null && current.isActive();
    }

    public long publishedCount() {
        OutboxRelay current = relay;
        return current == null ? 0 : current.publishedCount();
    }
}
