# Sourced by the launchers: builds target/dezero.jar with Maven when it is missing or older
# than any source, so a fresh clone starts with one command. Sets DEZERO_HOME and DEZERO_JAR.
_dezero_lib="${BASH_SOURCE[0]%/*}"
[ "$_dezero_lib" = "${BASH_SOURCE[0]}" ] && _dezero_lib=.
DEZERO_HOME="$(cd "$_dezero_lib/../.." && pwd)"
unset _dezero_lib
DEZERO_JAR="$DEZERO_HOME/target/dezero.jar"

dezero_jar_is_stale() {
    [ ! -f "$DEZERO_JAR" ] && return 0
    [ -n "$(find "$DEZERO_HOME/src/main" "$DEZERO_HOME/pom.xml" -newer "$DEZERO_JAR" -print -quit 2>/dev/null)" ]
}

dezero_ensure_jar() {
    if dezero_jar_is_stale; then
        if ! command -v mvn >/dev/null 2>&1; then
            echo "dezero: target/dezero.jar is missing or stale and Maven (mvn) is not on PATH" >&2
            return 1
        fi
        echo "dezero: building target/dezero.jar (mvn -q -DskipTests package)..." >&2
        # Maven's own output (colour resets even with -q) is shown only when the build fails.
        local log
        log="$(mktemp "${TMPDIR:-/tmp}/dezero-build.XXXXXX")" || return 1
        if ! (cd "$DEZERO_HOME" && mvn -B -q -DskipTests package) >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "dezero: the build failed; run 'mvn -B package' in $DEZERO_HOME to see why" >&2
            return 1
        fi
        rm -f "$log"
    fi
}
