package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.List;

/** A generated community: its site, the partner sites near it, and everything that meets there. */
final class Community {

    final String id;
    final String name;
    final String district;
    final double latitude;
    final double longitude;

    final List<PartnerSite> partnerSites = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    final List<Child> children = new ArrayList<>();
    final List<Offering> groups = new ArrayList<>();
    final List<Teacher> teachers = new ArrayList<>();
    /** The nearest other community of the district, or null when there is none. */
    Community neighbour;

    Community(String id, String name, String district, double latitude, double longitude) {
        this.id = id;
        this.name = name;
        this.district = district;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** The community's own site and its partner sites: where its groups meet and its teachers work. */
    List<String> siteIds() {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        partnerSites.forEach(site -> ids.add(site.id()));
        return ids;
    }

    /** A partner's location near the community. */
    record PartnerSite(String id, String name, double latitude, double longitude) {}
}
