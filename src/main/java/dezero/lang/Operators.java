package dezero.lang;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * The arithmetic operators. With a Variable on either side they go through the engine's
 * {@link Functions} (numbers stay constants, lists and arrays become constant leaves); arrays
 * and lists alone compute with numpy's rules; numbers alone follow Python.
 */
final class Operators {
    private Operators() {}

    /** {@code a op b} for {@code + - * / @ **}. */
    static Value binary(String op, Value a, Value b, Span span) {
        if (a instanceof Value.Var || b instanceof Value.Var) {
            return new Value.Var(onVariables(op, a, b, span));
        }
        if (isNumber(a) && isNumber(b) && !op.equals("@")) {
            return numbers(op, (Value.Num) asNum(a), (Value.Num) asNum(b), span);
        }
        if (a instanceof Value.Str x && b instanceof Value.Str y && op.equals("+")) {
            long length = (long) x.value().length() + y.value().length();
            if (length > Limits.MAX_STRING_LENGTH) {
                throw new LangError(LangError.Kind.MemoryError, "string too long: " + length
                        + " characters, the limit is " + Limits.MAX_STRING_LENGTH, span);
            }
            return new Value.Str(x.value() + y.value());
        }
        if (Convert.isArrayLike(a) && Convert.isArrayLike(b) && !(a instanceof Value.Tuple)
                && !(b instanceof Value.Tuple)) {
            return new Value.Array(arrays(op, a, b, span));
        }
        throw unsupported(op, a, b, span);
    }

    /** The engine op for {@code a op b} when one side is a Variable (also {@code add(2, 3)}). */
    static Variable onVariables(String op, Value a, Value b, Span span) {
        if (op.equals("**")) {
            if (!(a instanceof Value.Var x) || !isNumber(b)) {
                throw LangError.type("unsupported operand type(s) for **: '" + a.typeName() + "' and '" + b.typeName()
                        + "' (pow takes a Variable and a constant exponent)", span);
            }
            return Functions.pow(x.variable(), ((Value.Num) asNum(b)).value());
        }
        checkOperand(op, a, b, span);
        if (isNumber(b) && !op.equals("@")) {
            Variable x = Convert.toVariable(a, span, "left operand");
            double c = ((Value.Num) asNum(b)).value();
            return switch (op) {
                case "+" -> Functions.add(x, c);
                case "-" -> Functions.sub(x, c);
                case "*" -> Functions.mul(x, c);
                default -> Functions.div(x, c);
            };
        }
        if (isNumber(a) && !op.equals("@")) {
            double c = ((Value.Num) asNum(a)).value();
            Variable x = Convert.toVariable(b, span, "right operand");
            return switch (op) {
                case "+" -> Functions.add(c, x);
                case "-" -> Functions.sub(c, x);
                case "*" -> Functions.mul(c, x);
                default -> Functions.div(c, x);
            };
        }
        Variable x0 = Convert.toVariable(a, span, "left operand");
        Variable x1 = Convert.toVariable(b, span, "right operand");
        return switch (op) {
            case "+" -> Functions.add(x0, x1);
            case "-" -> Functions.sub(x0, x1);
            case "*" -> Functions.mul(x0, x1);
            case "/" -> Functions.div(x0, x1);
            default -> Functions.matmul(x0, x1);
        };
    }

    /** {@code -v} and {@code +v}. */
    static Value unary(String op, Value v, Span span) {
        if (op.equals("+")) {
            if (v instanceof Value.Var || isNumber(v) || v instanceof Value.Array) {
                return v instanceof Value.Bool ? asNum(v) : v;
            }
        } else if (v instanceof Value.Var x) {
            return new Value.Var(Functions.neg(x.variable()));
        } else if (isNumber(v)) {
            Value.Num n = (Value.Num) asNum(v);
            return new Value.Num(-n.value(), n.isInt());
        } else if (Convert.isArrayLike(v) && !(v instanceof Value.Tuple)) {
            return new Value.Array(Convert.toArray(v, span, "operand").neg());
        }
        throw LangError.type("bad operand type for unary " + op + ": '" + v.typeName() + "'", span);
    }

    private static void checkOperand(String op, Value a, Value b, Span span) {
        Value other = a instanceof Value.Var ? b : a;
        if (!(other instanceof Value.Var) && !(Convert.isArrayLike(other) && !(other instanceof Value.Tuple))) {
            throw unsupported(op, a, b, span);
        }
    }

    private static NDArray arrays(String op, Value a, Value b, Span span) {
        NDArray x = Convert.toArray(a, span, "left operand");
        if (op.equals("**")) {
            if (!isNumber(b)) {
                throw unsupported(op, a, b, span);
            }
            return x.pow(((Value.Num) asNum(b)).value());
        }
        NDArray y = Convert.toArray(b, span, "right operand");
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.sub(y);
            case "*" -> x.mul(y);
            case "/" -> x.div(y);
            default -> x.matmul(y);
        };
    }

    private static Value numbers(String op, Value.Num a, Value.Num b, Span span) {
        double x = a.value();
        double y = b.value();
        boolean ints = a.isInt() && b.isInt();
        return switch (op) {
            case "+" -> number(x + y, ints);
            case "-" -> number(x - y, ints);
            case "*" -> number(x * y, ints);
            case "/" -> {
                if (y == 0) {
                    throw new LangError(LangError.Kind.ZeroDivisionError, "division by zero", span);
                }
                yield Value.Num.ofFloat(x / y);
            }
            default -> {
                if (x == 0 && y < 0) {
                    throw new LangError(LangError.Kind.ZeroDivisionError,
                            "0.0 cannot be raised to a negative power", span);
                }
                yield number(Math.pow(x, y), ints && y >= 0);
            }
        };
    }

    /** An int stays an int while it is exact in a double, as Python's int would be. */
    private static Value number(double v, boolean isInt) {
        return new Value.Num(v, isInt && Math.abs(v) <= (1L << 53));
    }

    private static boolean isNumber(Value v) {
        return v instanceof Value.Num || v instanceof Value.Bool;
    }

    private static Value asNum(Value v) {
        return v instanceof Value.Bool b ? Value.Num.ofInt(b.value() ? 1 : 0) : v;
    }

    private static LangError unsupported(String op, Value a, Value b, Span span) {
        return LangError.type("unsupported operand type(s) for " + op + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'", span);
    }
}
