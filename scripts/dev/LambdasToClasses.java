import com.sun.source.tree.*;
import com.sun.source.util.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;
import javax.lang.model.element.*;
import javax.lang.model.type.*;
import javax.lang.model.util.*;
import javax.tools.*;

/**
 * Rewrites the lambdas and method references of the given source files as anonymous classes
 * (one level of nesting per run: run again until it reports no change), with javac's own
 * attribution to name each target type. Why: on JDK 17 each lambda costs about 0.1 ms to link the
 * first time its expression runs, even from the class-data archive, where an anonymous class
 * loads in about a tenth of that; the library's bindings made some 600 of them at every start
 * (see dezero.lang.runtime.Builtin.Body).
 *
 * Usage, from the repository (after mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt):
 *   java scripts/dev/LambdasToClasses.java "$(cat target/cp.txt)" src/main/java src/main/java/dezero/lang/library/X.java
 * Left as they are, with a line on stderr saying why: lambdas that use this or super, or call a
 * method the interface also has (it would change receiver); references bound to an expression
 * other than a plain name; targets with wildcards or captured types. The output wants a look:
 * qualified names the file does not import stay qualified.
 */
public class LambdasToClasses {
    record Edit(long start, long end, String text) {}

    public static void main(String[] args) throws Exception {
        String cp = args[0];
        Path root = Path.of(args[1]);
        Set<Path> targets = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            targets.add(Path.of(args[i]).toAbsolutePath().normalize());
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(".java")).map(p -> p.toAbsolutePath().normalize()).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null);
        JavacTask task = (JavacTask) javac.getTask(null, fm, null,
                List.of("-cp", cp, "-proc:none", "-d", Files.createTempDirectory("l2c").toString()), null,
                fm.getJavaFileObjectsFromPaths(all));
        Iterable<? extends CompilationUnitTree> units = task.parse();
        task.analyze();
        Trees trees = Trees.instance(task);
        Types types = task.getTypes();
        Elements elements = task.getElements();
        SourcePositions pos = trees.getSourcePositions();
        int changed = 0;
        int skipped = 0;
        for (CompilationUnitTree unit : units) {
            Path file = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
            if (!targets.contains(file)) {
                continue;
            }
            String src = unit.getSourceFile().getCharContent(true).toString();
            Names names = Names.of(unit);
            List<Edit> edits = new ArrayList<>();
            int[] skips = {0};
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                    TypeMirror t = trees.getTypeMirror(getCurrentPath());
                    String why = convertible(node, t, types, elements);
                    if (why != null) {
                        skips[0]++;
                        System.err.println(file.getFileName() + ":" + unit.getLineMap().getLineNumber(pos.getStartPosition(unit, node)) + ": kept (" + why + ")");
                        return super.visitLambdaExpression(node, unused);
                    }
                    DeclaredType dt = (DeclaredType) t;
                    ExecutableElement sam = abstractMethod((TypeElement) dt.asElement(), elements);
                    ExecutableType et = (ExecutableType) types.asMemberOf(dt, sam);
                    StringBuilder head = new StringBuilder("new ").append(names.simple(dt.toString())).append("() {\n");
                    String indent = indentOf(src, (int) pos.getStartPosition(unit, node));
                    head.append(indent).append("    @Override\n").append(indent).append("    public ")
                            .append(names.simple(et.getReturnType().toString())).append(' ').append(sam.getSimpleName()).append('(');
                    List<? extends VariableTree> ps = node.getParameters();
                    for (int i = 0; i < ps.size(); i++) {
                        if (i > 0) {
                            head.append(", ");
                        }
                        head.append(names.simple(et.getParameterTypes().get(i).toString())).append(' ').append(ps.get(i).getName());
                    }
                    head.append(')');
                    if (!et.getThrownTypes().isEmpty()) {
                        head.append(" throws ").append(et.getThrownTypes().stream().map(x -> names.simple(x.toString())).collect(Collectors.joining(", ")));
                    }
                    head.append(' ');
                    long start = pos.getStartPosition(unit, node);
                    long end = pos.getEndPosition(unit, node);
                    Tree body = node.getBody();
                    long bodyStart = pos.getStartPosition(unit, body);
                    String bodyText = src.substring((int) bodyStart, (int) end);
                    String text;
                    if (node.getBodyKind() == LambdaExpressionTree.BodyKind.STATEMENT) {
                        text = head + reindent(bodyText, "    ") + "\n" + indent + "}";
                    } else {
                        boolean isVoid = et.getReturnType().getKind() == TypeKind.VOID;
                        text = head + "{\n" + indent + "        " + (isVoid ? "" : "return ") + reindent(bodyText, "    ") + ";\n"
                                + indent + "    }\n" + indent + "}";
                    }
                    edits.add(new Edit(start, end, text));
                    return null; // nested lambdas: the next run
                }

                @Override
                public Void visitMemberReference(MemberReferenceTree node, Void unused) {
                    TypeMirror t = trees.getTypeMirror(getCurrentPath());
                    Element target = trees.getElement(getCurrentPath());
                    String why = t instanceof DeclaredType ? convertible(null, t, types, elements) : "target " + t;
                    ExpressionTree q = node.getQualifierExpression();
                    String qual = src.substring((int) pos.getStartPosition(unit, q), (int) pos.getEndPosition(unit, q));
                    boolean ctor = node.getMode() == MemberReferenceTree.ReferenceMode.NEW;
                    boolean isStatic = target != null && target.getModifiers().contains(Modifier.STATIC);
                    // A type name as qualifier: static or unbound; anything else is a bound receiver,
                    // evaluated once by the reference: only a plain name keeps that meaning.
                    boolean qualIsType = trees.getElement(new TreePath(getCurrentPath(), q)) instanceof TypeElement;
                    if (why == null && target == null) {
                        why = "no element";
                    }
                    if (why == null && !ctor && !qualIsType && !(q instanceof IdentifierTree)) {
                        why = "bound to " + qual;
                    }
                    if (why == null && (qual.equals("this") || qual.equals("super"))) {
                        why = "bound to this";
                    }
                    if (why == null && node.getTypeArguments() != null && !node.getTypeArguments().isEmpty()) {
                        why = "type arguments";
                    }
                    if (why != null) {
                        skips[0]++;
                        System.err.println(file.getFileName() + ":" + unit.getLineMap().getLineNumber(pos.getStartPosition(unit, node)) + ": kept ref (" + why + ")");
                        return null;
                    }
                    DeclaredType dt = (DeclaredType) t;
                    ExecutableElement sam = abstractMethod((TypeElement) dt.asElement(), elements);
                    ExecutableType et = (ExecutableType) types.asMemberOf(dt, sam);
                    List<? extends TypeMirror> pts = et.getParameterTypes();
                    String indent = indentOf(src, (int) pos.getStartPosition(unit, node));
                    StringBuilder head = new StringBuilder("new ").append(names.simple(dt.toString())).append("() {\n");
                    head.append(indent).append("    @Override\n").append(indent).append("    public ")
                            .append(names.simple(et.getReturnType().toString())).append(' ').append(sam.getSimpleName()).append('(');
                    List<String> params = new ArrayList<>();
                    for (int i = 0; i < pts.size(); i++) {
                        String n = pts.size() == 1 ? "v" : "v" + i;
                        params.add(n);
                        head.append(i > 0 ? ", " : "").append(names.simple(pts.get(i).toString())).append(' ').append(n);
                    }
                    head.append(')');
                    if (!et.getThrownTypes().isEmpty()) {
                        head.append(" throws ").append(et.getThrownTypes().stream().map(x -> names.simple(x.toString())).collect(Collectors.joining(", ")));
                    }
                    String call;
                    String name = node.getName().toString();
                    if (ctor) {
                        call = "new " + qual + "(" + String.join(", ", params) + ")";
                    } else if (isStatic || !qualIsType) {
                        call = qual + "." + name + "(" + String.join(", ", params) + ")";
                    } else {
                        call = params.get(0) + "." + name + "(" + String.join(", ", params.subList(1, params.size())) + ")";
                    }
                    boolean isVoid = et.getReturnType().getKind() == TypeKind.VOID;
                    String text = head + " {\n" + indent + "        " + (isVoid ? "" : "return ") + call + ";\n"
                            + indent + "    }\n" + indent + "}";
                    edits.add(new Edit(pos.getStartPosition(unit, node), pos.getEndPosition(unit, node), text));
                    return null;
                }
            }.scan(unit, null);
            skipped += skips[0];
            if (edits.isEmpty()) {
                continue;
            }
            StringBuilder out = new StringBuilder(src);
            edits.sort(Comparator.comparingLong(Edit::start).reversed());
            for (Edit e : edits) {
                out.replace((int) e.start(), (int) e.end(), e.text());
            }
            String result = out.toString();
            Files.writeString(file, result);
            changed += edits.size();
            System.err.println(file.getFileName() + ": " + edits.size() + " lambdas");
        }
        System.err.println("converted " + changed + ", kept " + skipped);
    }

    /** Null when the lambda can become an anonymous class, else why not. */
    static String convertible(LambdaExpressionTree node, TypeMirror t, Types types, Elements elements) {
        if (!(t instanceof DeclaredType)) {
            return "target " + t;
        }
        String ts = t.toString();
        if (ts.contains("?") || ts.contains("capture") || ts.contains("&")) {
            return "target " + ts;
        }
        // An unqualified call to a method the interface also has (toString, andThen...) would
        // change its receiver inside the class.
        Set<String> members = new HashSet<>();
        for (Element e : elements.getAllMembers((TypeElement) types.asElement(t))) {
            members.add(e.getSimpleName().toString());
        }
        boolean[] self = {false};
        if (node == null) {
            return null;
        }
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree id, Void v) {
                String n = id.getName().toString();
                if (n.equals("this") || n.equals("super") || members.contains(n)) {
                    self[0] = true;
                }
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree m, Void v) {
                if (m.getMethodSelect() instanceof IdentifierTree id
                        && members.contains(id.getName().toString())) {
                    self[0] = true;
                }
                return super.visitMethodInvocation(m, v);
            }
        }.scan(node.getBody(), null);
        return self[0] ? "uses this" : null;
    }

    static ExecutableElement abstractMethod(TypeElement te, Elements elements) {
        for (Element e : elements.getAllMembers(te)) {
            if (e instanceof ExecutableElement m && m.getModifiers().contains(Modifier.ABSTRACT)
                    && !Set.of("equals", "hashCode", "toString").contains(m.getSimpleName().toString())) {
                return m;
            }
        }
        throw new IllegalStateException("no abstract method in " + te);
    }

    static String indentOf(String src, int at) {
        int lineStart = src.lastIndexOf('\n', at - 1) + 1;
        int i = lineStart;
        while (i < src.length() && src.charAt(i) == ' ') {
            i++;
        }
        return src.substring(lineStart, i);
    }

    /** The lines after the first indented by {@code more}. */
    static String reindent(String text, String more) {
        return text.replace("\n", "\n" + more);
    }

    /** Shortens qualified type names the file can name simply. */
    record Names(String pkg, Set<String> imports) {
        static Names of(CompilationUnitTree unit) {
            Set<String> imports = new HashSet<>();
            for (ImportTree i : unit.getImports()) {
                if (!i.isStatic()) {
                    imports.add(i.getQualifiedIdentifier().toString());
                }
            }
            return new Names(unit.getPackageName() == null ? "" : unit.getPackageName().toString(), imports);
        }

        String simple(String type) {
            Matcher m = Pattern.compile("\\b((?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)((?:\\.[A-Z]\\w*)*)").matcher(type);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String p = m.group(1).substring(0, m.group(1).length() - 1);
                String top = m.group(2);
                String rest = m.group(3);
                boolean named = p.equals("java.lang") || p.equals(pkg) || imports.contains(p + "." + top) || imports.contains(p + ".*");
                String r;
                if (named) {
                    r = top + rest;
                } else if (!rest.isEmpty() && imports.contains(p + "." + top + rest)) {
                    r = rest.substring(rest.lastIndexOf('.') + 1);
                } else {
                    r = m.group();
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(r));
            }
            m.appendTail(sb);
            return sb.toString().replace(",", ", ");
        }
    }
}
