package org.linli.benchmarks.run;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Where and with what a benchmark ran, so a figure can be traced back and reproduced: the commit, the JVM, the
 * machine's cores and heap. Each run adds its own dataset hash, configuration, seed and time limit.
 *
 * @param gitCommit {@code git rev-parse HEAD} of the repository ({@code -Dlinli.repository}, else the working
 *     directory), with {@code -dirty} when tracked files are modified; {@code unknown} when git or the repository is not
 *     there
 */
public record Provenance(
        String gitCommit,
        String javaVersion,
        String jvm,
        int cores,
        String os,
        long maxHeapBytes,
        String jvmArguments,
        String timefoldVersion,
        Instant startedAt) {

    public static final String UNKNOWN = "unknown";

    /** The system property naming the repository whose commit a benchmark ran. */
    public static final String REPOSITORY_PROPERTY = "linli.repository";

    public static Provenance capture() {
        Runtime runtime = Runtime.getRuntime();
        return new Provenance(
                gitCommit(repository()),
                System.getProperty("java.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.vm.version"),
                runtime.availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                runtime.maxMemory(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                readTimefoldVersion(),
                Instant.now());
    }

    /** The repository to ask git in: {@code -Dlinli.repository} (set by {@code benchmarks/bench}), else here. */
    private static Path repository() {
        String repository = System.getProperty(REPOSITORY_PROPERTY);
        return Path.of(repository == null || repository.isBlank() ? "" : repository)
                .toAbsolutePath();
    }

    static String gitCommit(Path directory) {
        String head = git(directory, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return UNKNOWN;
        }
        String changes = git(directory, "status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path directory, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String readTimefoldVersion() {
        String version = ai.timefold.solver.core.api.solver.SolverFactory.class
                .getPackage()
                .getImplementationVersion();
        return version == null ? UNKNOWN : version;
    }
}
