package org.linli.api.repair;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The repair settings ({@code linli.repair.*} in {@code application.yaml}, where each one is explained).
 *
 * @param timeLimit the time limit of a repair whose request names none, and of each plan's nightly repair
 * @param nightly when the nightly repair runs and how long its lock holds
 */
@ConfigurationProperties("linli.repair")
public record RepairProperties(
        @DefaultValue("60s") Duration timeLimit,
        @DefaultValue Nightly nightly) {

    /**
     * @param enabled whether the service runs the nightly repair itself
     * @param cron a Spring cron expression (second minute hour day month weekday)
     * @param zone the time zone the cron expression is read in
     * @param lockAtMostFor how long the nightly lock holds if the instance that took it dies
     */
    public record Nightly(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 0 2 * * *") String cron,
            @DefaultValue("Asia/Shanghai") ZoneId zone,
            @DefaultValue("30m") Duration lockAtMostFor) {}
}
