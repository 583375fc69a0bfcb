package dev.servicedesk.systemtest.faults;

import dev.servicedesk.systemtest.Environment;
import dev.servicedesk.systemtest.ServiceLauncher;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service processes of the fault run, each on a port of its own that it keeps across restarts: one instance of
 * each service, and further instances of a service on other ports. Every process it starts it stops again by its own
 * handle (SIGKILL when told to, SIGTERM otherwise), also when the run fails or the JVM exits; and should this JVM be
 * killed before it can, each process's PID is in {@code target/fault-run/pids/}, where deploy/test.sh finds it.
 */
final class ServiceFleet implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Path PIDS = Environment.repositoryRoot().resolve("deploy/system-tests/target/fault-run/pids");

    /** One instance of a service: a port, and the process serving it now (none while it is down). */
    static final class Instance {
        final Service service;
        final String name;
        final int port;
        private volatile Process process;
        private final AtomicInteger starts = new AtomicInteger();

        private Instance(Service service, String name, int port) {
            this.service = service;
            this.name = name;
            this.port = port;
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        boolean isUp() {
            Process current = process;
            return current != null && current.isAlive();
        }

        long pid() {
            Process current = process;
            return current == null ? -1 : current.pid();
        }

        /** A name per process, for figures that a process keeps in memory and loses when it dies. */
        String processName() {
            return name + "#" + starts.get();
        }

        @Override
        public String toString() {
            return name + " (port " + port + ", pid " + pid() + ")";
        }
    }

    private final List<Instance> instances = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "fault-run-fleet-stop");

    ServiceFleet() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the first instance of every service and waits until all are ready. */
    void startAll() {
        for (Service service : Service.values()) {
            add(service, service.module);
        }
        instances.forEach(this::launch);
        instances.forEach(ServiceFleet::awaitReady);
    }

    /** Starts a further instance of each service, each on a port of its own, and waits until all are ready. */
    List<Instance> startAnother(List<Service> services) {
        List<Instance> started = new ArrayList<>();
        for (Service service : services) {
            Instance instance = add(service, service.module + "-" + (instancesOf(service).size() + 1));
            launch(instance);
            started.add(instance);
        }
        started.forEach(ServiceFleet::awaitReady);
        return started;
    }

    Instance first(Service service) {
        return instancesOf(service).get(0);
    }

    List<Instance> instancesOf(Service service) {
        return instances.stream().filter(i -> i.service == service).toList();
    }

    List<Instance> all() {
        return List.copyOf(instances);
    }

    /** The instances of a service that run now. */
    List<Instance> upInstancesOf(Service service) {
        return instancesOf(service).stream().filter(Instance::isUp).toList();
    }

    /** Base URLs of the instances of a service that run now; of all its instances while none does. */
    List<String> urls(Service service) {
        List<Instance> up = upInstancesOf(service);
        return (up.isEmpty() ? instancesOf(service) : up).stream().map(Instance::baseUrl).toList();
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill(Instance instance) {
        Process process = instance.process;
        if (process != null) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(30));
        }
        forgetPid(instance);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    void stop(Instance instance) {
        Process process = instance.process;
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!awaitExit(process, Duration.ofSeconds(30))) {
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(10));
            }
        }
        instance.process = null;
        forgetPid(instance);
    }

    /** Starts the instance again on its port and waits until it is ready. */
    void restart(Instance instance) {
        launch(instance);
        awaitReady(instance);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs or ran
        }
    }

    private void stopAll() {
        List<Instance> running = new ArrayList<>(instances.stream().filter(Instance::isUp).toList());
        running.forEach(i -> i.process.destroy());
        running.forEach(this::stop);
    }

    private Instance add(Service service, String name) {
        Instance instance = new Instance(service, name, ServiceLauncher.freePort());
        instances.add(instance);
        return instance;
    }

    private void launch(Instance instance) {
        if (instance.isUp()) {
            throw new IllegalStateException(instance + " is running already");
        }
        instance.process = ServiceLauncher.launch(instance.service, instance.port, "fault-run-" + instance.name,
                first(Service.INTAKE).baseUrl());
        instance.starts.incrementAndGet();
        writePid(instance);
    }

    private void writePid(Instance instance) {
        try {
            Files.createDirectories(PIDS);
            Files.writeString(PIDS.resolve(instance.name + ".pid"), Long.toString(instance.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forgetPid(Instance instance) {
        try {
            Files.deleteIfExists(PIDS.resolve(instance.name + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Instance instance) {
        ServiceLauncher.awaitReady(instance.name, instance.baseUrl(), instance.process, READY_TIMEOUT);
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
