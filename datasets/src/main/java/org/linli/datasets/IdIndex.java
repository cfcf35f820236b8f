package org.linli.datasets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ids of one collection of a plan (its tracks, tutors, ...) with the path where each first appears, so that a
 * repeated id is reported with both paths and a reference to an unknown id is reported with the ids there are.
 */
final class IdIndex {

    private static final int IDS_SHOWN = 8;

    private final String kind;
    private final String collectionPath;
    private final Map<String, String> pathById = new LinkedHashMap<>();

    /**
     * @param kind the singular noun of the collection's items, such as {@code tutor}
     * @param collectionPath the JSON path of the collection, such as {@code $.tutors}
     */
    IdIndex(String kind, String collectionPath) {
        this.kind = kind;
        this.collectionPath = collectionPath;
    }

    /**
     * Records the id of the item at {@code itemPath}; reports a missing or repeated id.
     *
     * @return whether the id is present and new, so that the item may be built
     */
    boolean register(String id, String itemPath, Problems problems) {
        if (id == null || id.isBlank()) {
            problems.add(
                    itemPath + ".id",
                    "The " + kind + " has no id (" + (id == null ? "missing" : "blank") + "); give every " + kind
                            + " a non-blank id.");
            return false;
        }
        String firstPath = pathById.putIfAbsent(id, itemPath);
        if (firstPath != null) {
            problems.add(
                    itemPath + ".id",
                    "The " + kind + " id (" + id + ") is repeated: " + firstPath + " and " + itemPath
                            + " both use it; give each " + kind + " its own id.");
            return false;
        }
        return true;
    }

    boolean contains(String id) {
        return pathById.containsKey(id);
    }

    boolean isEmpty() {
        return pathById.isEmpty();
    }

    /**
     * Reports a reference that names no item of this collection; a null reference is left to the caller.
     *
     * @return whether the reference is null or known
     */
    boolean checkReference(String id, String path, String owner, Problems problems) {
        if (id == null || contains(id)) {
            return true;
        }
        problems.add(
                path,
                "The " + kind + " (" + id + ") of " + owner + " is not in the plan's " + collectionPath + "; "
                        + knownIds() + ".");
        return false;
    }

    /** What to use instead of an unknown id, with some of the known ones. */
    String knownIds() {
        if (pathById.isEmpty()) {
            return "the plan lists no " + kind + " at " + collectionPath + ": add it there or remove the reference";
        }
        String shown = pathById.keySet().stream().limit(IDS_SHOWN).collect(Collectors.joining(", "));
        String more = pathById.size() > IDS_SHOWN ? ", ... (" + pathById.size() + " in all)" : "";
        return "use one of its ids (" + shown + more + ") or add the " + kind + " there";
    }
}
