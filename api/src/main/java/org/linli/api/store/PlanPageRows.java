package org.linli.api.store;

import java.util.List;

/** One page of stored plans and how many plans there are in all. */
public record PlanPageRows(List<StoredPlan> plans, long total) {}
