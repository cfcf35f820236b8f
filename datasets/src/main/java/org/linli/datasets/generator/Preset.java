package org.linli.datasets.generator;

/**
 * The sizes of programme the generator models, after a real city programme of community tutoring: a neighbourhood
 * (one community), a district (18 communities a few kilometres apart) and a city (12 districts).
 */
public enum Preset {
    /**
     * One community with 80 children of grades 1-6, 5 certified tutors, 3 partner instructors, 3 community rooms, a
     * bookshop (with a weekly quota and a cost per hour) and a library (with computers) lending space at some times.
     */
    NEIGHBOURHOOD(1, 1, 80, 80),
    /** 18 communities of 55 to 90 children each (about 1,300 in all) and 32 partner venues across the district. */
    DISTRICT(1, 18, 55, 90),
    /** 12 districts of the district's size: about 15,600 children; generated on demand, never bundled. */
    CITY(12, 18, 55, 90);

    /** Partner venues in a district: two for most communities, one for the rest. */
    static final int PARTNER_VENUES_PER_DISTRICT = 32;

    private final int districts;
    private final int communitiesPerDistrict;
    private final int minStudents;
    private final int maxStudents;

    Preset(int districts, int communitiesPerDistrict, int minStudents, int maxStudents) {
        this.districts = districts;
        this.communitiesPerDistrict = communitiesPerDistrict;
        this.minStudents = minStudents;
        this.maxStudents = maxStudents;
    }

    int districts() {
        return districts;
    }

    int communitiesPerDistrict() {
        return communitiesPerDistrict;
    }

    int minStudents() {
        return minStudents;
    }

    int maxStudents() {
        return maxStudents;
    }

    boolean isNeighbourhood() {
        return this == NEIGHBOURHOOD;
    }
}
