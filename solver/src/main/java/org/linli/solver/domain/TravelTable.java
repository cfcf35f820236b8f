package org.linli.solver.domain;

import java.util.Map;

/**
 * How travel minutes between sites are found: a listed pair counts in both directions; an unlisted pair of sites
 * with coordinates takes the straight-line distance at {@code speedKmh}; any other pair takes {@code defaultMinutes}.
 */
public record TravelTable(Map<String, Integer> listedMinutes, double speedKmh, int defaultMinutes) {

    public static final TravelTable NONE = new TravelTable(Map.of(), 15.0, 30);

    private static final double EARTH_RADIUS_KM = 6371.0;

    public TravelTable {
        listedMinutes = Map.copyOf(listedMinutes);
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("The travel speed (" + speedKmh + " km/h) must be positive.");
        }
    }

    /** The key of a listed pair, the same in both directions. */
    public static String pairKey(String siteId, String otherSiteId) {
        return siteId.compareTo(otherSiteId) <= 0 ? siteId + "\u0000" + otherSiteId : otherSiteId + "\u0000" + siteId;
    }

    public int minutes(Site from, Site to) {
        if (from == to) {
            return 0;
        }
        Integer listed = listedMinutes.get(pairKey(from.getId(), to.getId()));
        if (listed != null) {
            return listed;
        }
        if (from.getLatitude() != null
                && from.getLongitude() != null
                && to.getLatitude() != null
                && to.getLongitude() != null) {
            double km = distanceKm(from.getLatitude(), from.getLongitude(), to.getLatitude(), to.getLongitude());
            return (int) Math.ceil(km / speedKmh * 60.0);
        }
        return defaultMinutes;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
