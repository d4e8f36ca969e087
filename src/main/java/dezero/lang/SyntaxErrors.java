package dezero.lang;

import java.util.Set;

/** The parser's messages for Python that the language does not have, and how a target is named. */
final class SyntaxErrors {
    private static final Set<String> PYTHON_KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "global", "if", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private SyntaxErrors() {}

    /** True for a Python keyword ({@code for}, {@code with}, {@code and}, ...): not part of the language. */
    static boolean isPythonKeyword(String word) {
        return PYTHON_KEYWORDS.contains(word);
    }

    /** True for {@code import} and {@code from}: they start an import statement and are nothing else. */
    static boolean isImportKeyword(String word) {
        return word.equals("import") || word.equals("from");
    }

    /** {@code 'with' is not supported ...}, with a hint where there is a way to do it. */
    static LangError unsupportedKeyword(Token t) {
        String word = t.value();
        String hint = switch (word) {
            case "with" -> "; for 'with no_grad():' use the command 'nograd on', then 'nograd off'";
            case "def", "lambda", "class" -> "; the REPL has no user-defined functions";
            case "for", "while" -> "; the REPL has no loops (write each line, or 'load' a script)";
            default -> "";
        };
        return LangError.syntax("'" + word + "' is not supported in the dezero language" + hint, t.span());
    }

    /** How an assignment target that is not a name is named: {@code attribute 'grad'}, {@code True}. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute a) {
            return "attribute '" + a.name() + "'";
        }
        if (e instanceof Expr.Call) {
            return "a function call";
        }
        if (e instanceof Expr.Keyword k) {
            return k.word();
        }
        return e instanceof Expr.Index ? "an item" : "an expression";
    }
}
