package org.linli.api.repair;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.linli.api.jobs.JobRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly repair: at {@code linli.repair.nightly.cron} in {@code linli.repair.nightly.zone} it queues a repair of
 * every published plan with disruptions no repair has taken into account, each within {@code linli.repair.time-limit}.
 * ShedLock's lock in the shared database makes it run once however many service instances there are; the same run is
 * {@code POST /repairs/nightly} on demand.
 */
@Component
@ConditionalOnProperty(name = "linli.repair.nightly.enabled", havingValue = "true", matchIfMissing = true)
public class NightlyRepair {

    private static final Logger log = LoggerFactory.getLogger(NightlyRepair.class);

    private final RepairService repairs;

    public NightlyRepair(RepairService repairs) {
        this.repairs = repairs;
    }

    @Scheduled(cron = "${linli.repair.nightly.cron:0 0 2 * * *}", zone = "${linli.repair.nightly.zone:Asia/Shanghai}")
    @SchedulerLock(name = "nightly-repair", lockAtMostFor = "${linli.repair.nightly.lock-at-most-for:30m}")
    public void run() {
        log.info("Nightly repair started.");
        List<JobRecord> jobs = repairs.repairAllOpen();
        log.info("Nightly repair ended: repair jobs ({}).", jobs.size());
    }
}
