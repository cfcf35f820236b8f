package org.linli.api.store;

import java.time.Instant;

/** A stored plan's header: its id, name and when it was last submitted. */
public record StoredPlan(String id, String name, Instant submittedAt) {}
