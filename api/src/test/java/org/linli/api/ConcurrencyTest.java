package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Job;

class ConcurrencyTest extends ApiTestSupport {

    @Test
    @Timeout(120)
    void statusReads_whileTerminateAndResubmitOfTheSamePlan_neverMissAJob() throws Exception {
        List<String> jobIds = new ArrayList<>();
        jobIds.add(submitted(submit(TestPlans.small("race")).param("timeLimit", "PT60S"))
                .getJobId());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>(jobIds));
        ExecutorService readers = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            running.add(readers.submit(() -> {
                while (!done.get()) {
                    List<String> ids;
                    synchronized (seen) {
                        ids = List.copyOf(seen);
                    }
                    for (String id : ids) {
                        int status = mvc.perform(get("/jobs/{id}", id))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        statuses.computeIfAbsent(status, key -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }

        for (int round = 0; round < 5; round++) {
            String current = jobIds.getLast();
            mvc.perform(post("/jobs/{id}/termination", current));
            Job next = submitted(submit(TestPlans.small("race")).param("timeLimit", "PT60S"));
            jobIds.add(next.getJobId());
            seen.add(next.getJobId());
        }
        done.set(true);
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();

        assertThat(statuses.keySet()).containsOnly(200);
        assertThat(statuses.get(200).get()).isGreaterThan(10);
        for (String id : jobIds.subList(0, jobIds.size() - 1)) {
            assertThat(job(id).getState().getValue()).isEqualTo("TERMINATED");
        }
        assertThat(job(jobIds.getLast()).getState().getValue()).isIn("QUEUED", "SOLVING");
    }
}
