package dezero.lang.syntax;

import java.util.List;

/** A pattern of a {@code case} clause (Python 3.10's structural pattern matching). */
public sealed interface Pattern {
    Pos pos();

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(Pos pos) implements Pattern {}

    /** {@code name}: matches anything and binds it. */
    record Capture(String name, Pos pos) implements Pattern {}

    /**
     * A literal or a dotted name ({@code 1}, {@code 'a'}, {@code -2.5}, {@code Color.RED}): equal to
     * the subject; None, True and False are compared by identity ({@code identity}).
     */
    record Value(Expr value, boolean identity, Pos pos) implements Pattern {}

    /** {@code [p, *rest, q]} or {@code (p, q)}: a sequence of that length, item by item; {@code star} is the index of the starred item or -1. */
    record Sequence(List<Pattern> items, int star, Pos pos) implements Pattern {}

    /** {@code *rest} in a sequence pattern: the items between, as a list ({@code name} null for {@code *_}). */
    record Star(String name, Pos pos) implements Pattern {}

    /** {@code {'k': p, **rest}}: a mapping with those keys whose values match; {@code rest} may be null. */
    record Mapping(List<Expr> keys, List<Pattern> values, String rest, Pos pos) implements Pattern {}

    /** {@code Cls(p, attr=q)}: an instance of Cls, positional items through {@code __match_args__}. */
    record ClassPattern(Expr cls, List<Pattern> positional, List<String> keywords, List<Pattern> keywordPatterns,
            Pos pos) implements Pattern {}

    /** {@code p | q}: the first alternative that matches. */
    record Or(List<Pattern> alternatives, Pos pos) implements Pattern {}

    /** {@code p as name}: p, and the subject bound to name. */
    record As(Pattern pattern, String name, Pos pos) implements Pattern {}
}
