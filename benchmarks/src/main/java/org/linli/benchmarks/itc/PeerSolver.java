package org.linli.benchmarks.itc;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcSolution;
import org.slf4j.LoggerFactory;

/**
 * Another solver of ITC2007 Track 3, run in the same harness, on the same machine, with the same time limit and one
 * thread, and scored by the same official scorer as Linli. Peers live in the {@code peers} Maven profile (their
 * dependencies are heavy) and are found through {@link ServiceLoader}, so the harness builds and runs without them.
 */
public interface PeerSolver {

    /** A short name for tables and files, e.g. {@code optaplanner-8.44}. */
    String name();

    /** What the peer is and how it is configured, for the report. */
    String description();

    /**
     * Solves one instance within the time limit, single-threaded.
     *
     * @param ctt the instance's {@code .ctt} text, as a file or a class path resource
     */
    PeerResult solve(ItcInstance instance, URL ctt, Duration timeLimit, long seed);

    /**
     * The peers on the class path; empty without the {@code peers} profile. A provider whose class is gone (a build
     * left over from the other profile) is skipped rather than breaking the harness.
     */
    static List<PeerSolver> available() {
        List<PeerSolver> peers = new ArrayList<>();
        Iterator<PeerSolver> providers = ServiceLoader.load(PeerSolver.class).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return List.copyOf(peers);
                }
                peers.add(providers.next());
            } catch (ServiceConfigurationError e) {
                LoggerFactory.getLogger(PeerSolver.class).warn("Peer solver skipped: reason ({}).", e.getMessage());
            }
        }
    }

    /**
     * What a peer returns.
     *
     * @param ownScore the best score in the peer's own terms, for reference only; compare {@code solution} scored by
     *     {@code ItcScorer}
     */
    record PeerResult(ItcSolution solution, long millisSpent, String ownScore) {}
}
