package dezero.lang.syntax;

import java.util.Set;

/**
 * What a function body binds, found once when it is parsed (as CPython's symbol table):
 * {@code locals} are the names assigned in the body (parameters included) that are not
 * declared {@code global} or {@code nonlocal}; {@code generator} says whether it yields.
 */
public record Scope(Set<String> locals, Set<String> globals, Set<String> nonlocals, boolean generator) {}
