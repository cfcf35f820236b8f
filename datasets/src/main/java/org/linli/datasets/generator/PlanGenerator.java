package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.linli.format.WeeklyPlan;
import org.linli.solver.domain.TravelTable;

/**
 * Generates weekly plans modelled on a real city programme of community tutoring, from a seed: the same preset,
 * week kind and seed always give the same plan, byte for byte, on any machine (no clock, no hash order, a
 * {@link SplittableRandom} for every random choice).
 *
 * <p>A plan is generated community by community (see {@link CommunityGenerator}); then a greedy timetable is placed
 * (see {@link ReferencePlacement}), so that the plan is feasible by construction; then it is written in the format.
 */
public final class PlanGenerator {

    /** Where the first district lies: the centre of a large Chinese city. */
    private static final double BASE_LATITUDE = 31.2304;

    private static final double BASE_LONGITUDE = 121.4737;
    private static final double COMMUNITY_SPACING_KM = 1.6;
    private static final int COMMUNITY_COLUMNS = 6;
    private static final double DISTRICT_SPACING_KM = 12.0;
    private static final int DISTRICT_COLUMNS = 4;
    private static final int RIVER_CROSSINGS_PER_DISTRICT = 3;
    private static final double CERTIFIED_NEIGHBOUR_SHARE = 0.25;
    private static final double INSTRUCTOR_NEIGHBOUR_SHARE = 0.4;

    private PlanGenerator() {}

    /** The plan alone; see {@link #generateWithReference} for the timetable that proves it feasible. */
    public static WeeklyPlan generate(Preset preset, WeekKind week, long seed) {
        return generateWithReference(preset, week, seed).plan();
    }

    public static GeneratedPlan generateWithReference(Preset preset, WeekKind week, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Community> communities = new ArrayList<>();
        for (int district = 0; district < preset.districts(); district++) {
            communities.addAll(district(preset, week, district, random.split()));
        }
        Map<String, Integer> crossings = riverCrossings(preset, communities);
        Map<String, double[]> coordinates = coordinates(communities);
        ReferencePlacement placement = new ReferencePlacement(
                week, random.split(), (from, to) -> travelMinutes(from, to, crossings, coordinates));
        communities.forEach(placement::place);
        PlanAssembler assembler = new PlanAssembler(preset, week, seed, random.split());
        return new GeneratedPlan(
                assembler.plan(communities, crossings),
                assembler.reference(communities),
                placement.droppedSessions(),
                placement.withdrawnEnrolments(),
                placement.extendedTeachers());
    }

    private static List<Community> district(Preset preset, WeekKind week, int index, SplittableRandom random) {
        String districtName = Names.DISTRICTS.get(index);
        double centreLatitude = BASE_LATITUDE + Geo.latitudeDegrees((index / DISTRICT_COLUMNS) * DISTRICT_SPACING_KM);
        double centreLongitude =
                BASE_LONGITUDE + Geo.longitudeDegrees((index % DISTRICT_COLUMNS) * DISTRICT_SPACING_KM, BASE_LATITUDE);
        List<List<PartnerKind>> partners = partnerKinds(preset, random);
        List<Community> communities = new ArrayList<>();
        for (int c = 0; c < preset.communitiesPerDistrict(); c++) {
            String id = preset == Preset.CITY
                    ? String.format(Locale.ROOT, "d%02d-c%02d", index + 1, c + 1)
                    : String.format(Locale.ROOT, "c%02d", c + 1);
            String name =
                    preset == Preset.CITY ? districtName + " " + Names.COMMUNITIES.get(c) : Names.COMMUNITIES.get(c);
            double northKm =
                    preset.isNeighbourhood() ? 0 : (c / COMMUNITY_COLUMNS) * COMMUNITY_SPACING_KM + jitterKm(random);
            double eastKm =
                    preset.isNeighbourhood() ? 0 : (c % COMMUNITY_COLUMNS) * COMMUNITY_SPACING_KM + jitterKm(random);
            Community community = new Community(
                    id,
                    name,
                    districtName,
                    Geo.round(centreLatitude + Geo.latitudeDegrees(northKm)),
                    Geo.round(centreLongitude + Geo.longitudeDegrees(eastKm, centreLatitude)));
            new CommunityGenerator(preset, week, random.split()).generate(community, partners.get(c));
            communities.add(community);
        }
        linkNeighbours(communities, random);
        return communities;
    }

    private static double jitterKm(SplittableRandom random) {
        return (random.nextDouble() - 0.5) * 0.6;
    }

    /**
     * The partners near each community: a bookshop and a library in a neighbourhood; in a district, 32 partners, two
     * for most communities and one for the rest, of kinds drawn by how common they are, never twice the same kind.
     */
    private static List<List<PartnerKind>> partnerKinds(Preset preset, SplittableRandom random) {
        if (preset.isNeighbourhood()) {
            return List.of(List.of(PartnerKind.BOOKSHOP, PartnerKind.LIBRARY));
        }
        int communities = preset.communitiesPerDistrict();
        int twos = Preset.PARTNER_VENUES_PER_DISTRICT - communities;
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            counts.add(c < twos ? 2 : 1);
        }
        shuffle(counts, random);
        Map<PartnerKind, Double> weights = new LinkedHashMap<>();
        weights.put(PartnerKind.BOOKSHOP, 1.0);
        weights.put(PartnerKind.LIBRARY, 1.2);
        weights.put(PartnerKind.SCHOOL, 1.2);
        weights.put(PartnerKind.CULTURAL_CENTRE, 0.8);
        weights.put(PartnerKind.ART_STUDIO, 0.6);
        weights.put(PartnerKind.CODING_CLUB, 0.6);
        List<List<PartnerKind>> result = new ArrayList<>();
        for (int count : counts) {
            List<PartnerKind> kinds = new ArrayList<>();
            while (kinds.size() < count) {
                PartnerKind kind = pickWeighted(weights, random);
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
            kinds.sort(Comparator.naturalOrder());
            result.add(kinds);
        }
        return result;
    }

    private static PartnerKind pickWeighted(Map<PartnerKind, Double> weights, SplittableRandom random) {
        double total =
                weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double draw = random.nextDouble() * total;
        for (Map.Entry<PartnerKind, Double> entry : weights.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        return PartnerKind.BOOKSHOP;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /**
     * Each community's nearest neighbour; some teachers also work there, which lets the solver lend teachers across
     * communities (at the cost of travel).
     */
    private static void linkNeighbours(List<Community> communities, SplittableRandom random) {
        for (Community community : communities) {
            community.neighbour = communities.stream()
                    .filter(other -> other != community)
                    .min(Comparator.comparingDouble((Community other) -> StrictMath.hypot(
                                    other.latitude - community.latitude, other.longitude - community.longitude))
                            .thenComparing(other -> other.id))
                    .orElse(null);
        }
        for (Community community : communities) {
            if (community.neighbour == null) {
                continue;
            }
            for (Teacher teacher : community.teachers) {
                double share = teacher.certified ? CERTIFIED_NEIGHBOUR_SHARE : INSTRUCTOR_NEIGHBOUR_SHARE;
                if (random.nextDouble() < share) {
                    teacher.siteIds.addAll(community.neighbour.siteIds());
                }
            }
        }
    }

    /**
     * A few pairs of neighbouring communities have a river between them, crossed by one bridge, so that travelling
     * takes about twice as long as the straight line suggests: listed travel times override the distance.
     */
    private static Map<String, Integer> riverCrossings(Preset preset, List<Community> communities) {
        Map<String, Integer> crossings = new LinkedHashMap<>();
        if (preset.isNeighbourhood()) {
            return crossings;
        }
        for (int district = 0; district < preset.districts(); district++) {
            int first = district * preset.communitiesPerDistrict();
            for (int i = 0; i < RIVER_CROSSINGS_PER_DISTRICT; i++) {
                // Across the district's middle row: community (column 1 + 2i) and the one north of it.
                Community south = communities.get(first + 1 + 2 * i);
                Community north = communities.get(first + 1 + 2 * i + COMMUNITY_COLUMNS);
                int minutes = Geo.travelMinutes(
                        south.latitude, south.longitude, north.latitude, north.longitude, PlanAssembler.SPEED_KMH);
                crossings.put(TravelTable.pairKey(south.id, north.id), 2 * minutes + 5);
            }
        }
        return crossings;
    }

    /** Each site's latitude and longitude. */
    private static Map<String, double[]> coordinates(List<Community> communities) {
        Map<String, double[]> coordinates = new LinkedHashMap<>();
        for (Community community : communities) {
            coordinates.put(community.id, new double[] {community.latitude, community.longitude});
            for (Community.PartnerSite partner : community.partnerSites) {
                coordinates.put(partner.id(), new double[] {partner.latitude(), partner.longitude()});
            }
        }
        return coordinates;
    }

    /** Travel minutes between two sites as the plan's travel table gives them: listed, or along the straight line. */
    private static int travelMinutes(
            String from, String to, Map<String, Integer> crossings, Map<String, double[]> coordinates) {
        if (from.equals(to)) {
            return 0;
        }
        Integer listed = crossings.get(TravelTable.pairKey(from, to));
        if (listed != null) {
            return listed;
        }
        double[] a = coordinates.get(from);
        double[] b = coordinates.get(to);
        return Geo.travelMinutes(a[0], a[1], b[0], b[1], PlanAssembler.SPEED_KMH);
    }
}
