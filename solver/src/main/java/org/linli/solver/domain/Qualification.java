package org.linli.solver.domain;

import java.util.Objects;

/** A certification a tutor holds for a band of grades, both ends included. */
public record Qualification(String certification, int minGrade, int maxGrade) {

    public Qualification {
        Objects.requireNonNull(certification);
    }

    public boolean covers(String requiredCertification, int groupMinGrade, int groupMaxGrade) {
        return certification.equals(requiredCertification) && minGrade <= groupMinGrade && groupMaxGrade <= maxGrade;
    }
}
