package dezero.jshell;

import java.io.File;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Prints what JShell's documentation lookup (Tab, then Tab again, in the tool) finds for each
 * argument, as {@code signature :: javadoc} lines, in a JShell on this JVM's class path with
 * startup.jsh's imports. Run in a child JVM by {@link JShellDocumentationIT}.
 */
final class DocumentationProbe {
    private DocumentationProbe() {}

    public static void main(String[] codes) {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            shell.eval("import dezero.core.*;");
            shell.eval("import static dezero.functions.Functions.*;");
            shell.eval("Variable x = new Variable(2.0);");
            for (String code : codes) {
                for (SourceCodeAnalysis.Documentation doc : shell.sourceCodeAnalysis().documentation(code, code.length(), true)) {
                    String javadoc = doc.javadoc() == null ? "null" : doc.javadoc().strip().replace('\n', ' ');
                    System.out.println(doc.signature() + " :: " + javadoc);
                }
            }
        }
    }
}
