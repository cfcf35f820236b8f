package org.linli.datasets.generator;

/**
 * Kilometres to degrees near a latitude, distances, and the rounding that keeps generated coordinates short. It uses
 * {@link StrictMath}, whose results are the same on every platform, so that a seed gives the same plan everywhere.
 */
final class Geo {

    private static final double KM_PER_DEGREE = 111.32;
    private static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {}

    static double latitudeDegrees(double km) {
        return km / KM_PER_DEGREE;
    }

    static double longitudeDegrees(double km, double latitude) {
        return km / (KM_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(latitude)));
    }

    /**
     * Travel minutes along the straight line at {@code speedKmh}, rounded up, as the solver's travel table computes
     * them (up to the last bit of its platform's trigonometry).
     */
    static int travelMinutes(double lat1, double lon1, double lat2, double lon2, double speedKmh) {
        double dLat = StrictMath.toRadians(lat2 - lat1);
        double dLon = StrictMath.toRadians(lon2 - lon1);
        double a = StrictMath.sin(dLat / 2) * StrictMath.sin(dLat / 2)
                + StrictMath.cos(StrictMath.toRadians(lat1))
                        * StrictMath.cos(StrictMath.toRadians(lat2))
                        * StrictMath.sin(dLon / 2)
                        * StrictMath.sin(dLon / 2);
        double km = 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1.0, StrictMath.sqrt(a)));
        return (int) Math.ceil(km / speedKmh * 60.0);
    }

    /** Five decimals: about a metre, and the same text on every machine. */
    static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
