# Sourced by ./linli and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Keeps a JAVA_HOME that is already 21+; otherwise picks the newest 21+ JDK under /usr/lib/jvm or
# /Library/Java/JavaVirtualMachines; otherwise stops with a message saying what to install.

linli_java_major() {
    # Prints the major version of the java binary given as $1 (17, 21, 25...), or nothing.
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

linli_select_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(linli_java_major "$JAVA_HOME/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            return 0
        fi
        echo "JAVA_HOME ($JAVA_HOME) is JDK ${major:-unknown}; Linli needs JDK 21 or newer, looking for another." >&2
    fi
    best=""
    best_major=0
    for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -x "$home/bin/javac" ] || continue
        major=$(linli_java_major "$home/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$home"
            best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g." >&2
        echo "'apt-get install openjdk-21-jdk' or Temurin 21+, and set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}
