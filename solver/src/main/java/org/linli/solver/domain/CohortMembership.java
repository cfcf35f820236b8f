package org.linli.solver.domain;

/** One cohort's enrolment in one group: the fact that joins sessions to the students who attend them. */
public record CohortMembership(Cohort cohort, Group group) {}
