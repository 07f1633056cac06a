using Graph.Engine.Functions;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>
/// Parses Cypher expressions (literals, lists, maps, parameters, variables, property access, indexing, function
/// calls, arithmetic, comparison and boolean operators) into closures over the value library under test.
/// Anything else throws <see cref="NotSupportedException"/>, which excludes the scenario.
/// </summary>
internal sealed class MiniExpressionParser(List<MiniToken> tokens, string source)
{
    private int position;

    public MiniToken Current => tokens[position];

    public int Position { get => position; set => position = value; }

    public string Source => source;

    public MiniToken Next() => tokens[position++];

    public bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        position++;
        return true;
    }

    public void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw new NotSupportedException($"Expected '{symbol}' at '{Current.Text}'");
        }
    }

    public string Identifier() =>
        Current.Kind == MiniTokenKind.Identifier ? Next().Text : throw new NotSupportedException($"Expected a name at '{Current.Text}'");

    public MiniExpression Expression() => Or();

    private MiniExpression Or()
    {
        var left = Xor();
        while (Accept("OR"))
        {
            var (l, r) = (left, Xor());
            left = (row, c) => Logic.Or(l(row, c), r(row, c));
        }

        return left;
    }

    private MiniExpression Xor()
    {
        var left = And();
        while (Accept("XOR"))
        {
            var (l, r) = (left, And());
            left = (row, c) => Logic.Xor(l(row, c), r(row, c));
        }

        return left;
    }

    private MiniExpression And()
    {
        var left = Not();
        while (Accept("AND"))
        {
            var (l, r) = (left, Not());
            left = (row, c) => Logic.And(l(row, c), r(row, c));
        }

        return left;
    }

    private MiniExpression Not()
    {
        if (Accept("NOT"))
        {
            var operand = Not();
            return (row, c) => operand(row, c) is bool b ? !b : null;
        }

        return Comparison();
    }

    private MiniExpression Comparison()
    {
        var left = Predicates(Additive());
        MiniExpression? result = null;
        while (true)
        {
            Func<object?, object?, object?>? op = Current.Text switch
            {
                "=" => (a, b) => ValueEquality.Equal(a, b),
                "<>" => (a, b) => ValueEquality.Equal(a, b) is bool e ? !e : null,
                "<" => (a, b) => ValueComparison.LessThan(a, b),
                ">" => (a, b) => ValueComparison.GreaterThan(a, b),
                "<=" => (a, b) => ValueComparison.LessThanOrEqual(a, b),
                ">=" => (a, b) => ValueComparison.GreaterThanOrEqual(a, b),
                "=~" => (a, b) => StringOperators.RegexMatch(a, b),
                _ => null,
            };
            if (op is null || Current.Kind != MiniTokenKind.Symbol)
            {
                break;
            }

            Next();
            var (l, r) = (left, Predicates(Additive()));
            MiniExpression comparison = (row, c) => op(l(row, c), r(row, c));
            var previous = result;
            result = previous is null ? comparison : (row, c) => Logic.And(previous(row, c), comparison(row, c));
            left = r;
        }

        return result ?? left;
    }

    private MiniExpression Predicates(MiniExpression left)
    {
        while (true)
        {
            if (Accept("IS"))
            {
                var negated = Accept("NOT");
                Expect("NULL");
                var operand = left;
                left = (row, c) => (operand(row, c) is null) != negated;
            }
            else if (Accept("IN"))
            {
                var (l, r) = (left, Additive());
                left = (row, c) => ListOperators.In(l(row, c), r(row, c));
            }
            else if (Current.Is("STARTS") || Current.Is("ENDS") || Current.Is("CONTAINS"))
            {
                var keyword = Next().Text.ToUpperInvariant();
                if (keyword != "CONTAINS")
                {
                    Expect("WITH");
                }

                var (l, r) = (left, Additive());
                left = keyword switch
                {
                    "STARTS" => (row, c) => StringOperators.StartsWith(l(row, c), r(row, c)),
                    "ENDS" => (row, c) => StringOperators.EndsWith(l(row, c), r(row, c)),
                    _ => (row, c) => StringOperators.Contains(l(row, c), r(row, c)),
                };
            }
            else
            {
                return left;
            }
        }
    }

    private MiniExpression Additive()
    {
        var left = Multiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var plus = Next().Text == "+";
            var (l, r) = (left, Multiplicative());
            left = plus ? (row, c) => Arithmetic.Add(l(row, c), r(row, c)) : (row, c) => Arithmetic.Subtract(l(row, c), r(row, c));
        }

        return left;
    }

    private MiniExpression Multiplicative()
    {
        var left = Power();
        while (Current.Is("*") || Current.Is("/") || Current.Is("%"))
        {
            var op = Next().Text;
            var (l, r) = (left, Power());
            left = op switch
            {
                "*" => (row, c) => Arithmetic.Multiply(l(row, c), r(row, c)),
                "/" => (row, c) => Arithmetic.Divide(l(row, c), r(row, c)),
                _ => (row, c) => Arithmetic.Modulo(l(row, c), r(row, c)),
            };
        }

        return left;
    }

    private MiniExpression Power()
    {
        var left = Unary();
        while (Accept("^"))
        {
            var (l, r) = (left, Unary());
            left = (row, c) => Arithmetic.Power(l(row, c), r(row, c));
        }

        return left;
    }

    private MiniExpression Unary()
    {
        if (Accept("-"))
        {
            if (Current.Kind is MiniTokenKind.Integer or MiniTokenKind.Float)
            {
                var literal = Next();
                object? negated = literal.Value switch
                {
                    long l => (object)(-l),
                    decimal m when m == 9223372036854775808m => long.MinValue,
                    double d => -d,
                    _ => throw new NotSupportedException("integer literal out of range"),
                };
                return Postfix((_, _) => negated);
            }

            var operand = Unary();
            return (row, c) => Arithmetic.Negate(operand(row, c));
        }

        Accept("+");
        return Postfix(Atom());
    }

    private MiniExpression Postfix(MiniExpression target)
    {
        while (true)
        {
            if (Accept("."))
            {
                var key = Identifier();
                var t = target;
                target = (row, c) => PropertyAccess.Get(t(row, c), key);
            }
            else if (Accept("["))
            {
                var t = target;
                var index = Expression();
                Expect("]");
                target = (row, c) => Index(t(row, c), index(row, c));
            }
            else
            {
                return target;
            }
        }
    }

    private static object? Index(object? container, object? index)
    {
        if (container is null || index is null)
        {
            return null;
        }

        if (index is string key)
        {
            return PropertyAccess.Get(container, key);
        }

        if (!CypherValuesAccess.TryList(container, out var list) || index is not long i)
        {
            throw new Graph.Core.Errors.CypherTypeException("Invalid element access", "InvalidArgumentType");
        }

        i = i < 0 ? list.Count + i : i;
        return i >= 0 && i < list.Count ? list[(int)i] : null;
    }

    private MiniExpression Atom()
    {
        var token = Next();
        switch (token.Kind)
        {
            case MiniTokenKind.Integer or MiniTokenKind.Float or MiniTokenKind.String:
                var value = token.Value is decimal ? throw new NotSupportedException("integer literal out of range") : token.Value;
                return (_, _) => value;
            case MiniTokenKind.Symbol when token.Text == "(":
                var inner = Expression();
                Expect(")");
                return inner;
            case MiniTokenKind.Symbol when token.Text == "[":
                return ListLiteral();
            case MiniTokenKind.Symbol when token.Text == "{":
                return MapLiteral();
            case MiniTokenKind.Symbol when token.Text == "$":
                var parameter = Identifier();
                return (_, c) => c.Parameters.TryGetValue(parameter, out var p) ? p : throw new NotSupportedException($"Missing parameter {parameter}");
            case MiniTokenKind.Identifier:
                return NamedAtom(token);
            default:
                throw new NotSupportedException($"Unexpected '{token.Text}'");
        }
    }

    private MiniExpression NamedAtom(MiniToken token)
    {
        switch (token.Text.ToUpperInvariant())
        {
            case "NULL":
                return (_, _) => null;
            case "TRUE":
                return (_, _) => true;
            case "FALSE":
                return (_, _) => false;
            case "CASE" or "EXISTS" or "ALL" or "ANY" or "NONE" or "SINGLE" or "REDUCE" or "COUNT" or "COLLECT":
                throw new NotSupportedException($"{token.Text} is not supported by the mini runner");
        }

        var name = token.Text;
        while (Current.Is(".") && tokens[position + 1].Kind == MiniTokenKind.Identifier && tokens[position + 2].Is("("))
        {
            Next();
            name += "." + Next().Text;
        }

        if (!Accept("("))
        {
            return (row, _) => row.TryGetValue(name, out var v) ? v : throw new NotSupportedException($"Unknown variable {name}");
        }

        if (FunctionRegistry.IsAggregate(name) || !FunctionRegistry.TryGetScalar(name, out var function))
        {
            throw new NotSupportedException($"Function {name} is not supported by the mini runner");
        }

        var arguments = new List<MiniExpression>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(Expression());
            }
            while (Accept(","));
            Expect(")");
        }

        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw new NotSupportedException($"Wrong number of arguments for {name}");
        }

        return (row, c) => function.Invoke(arguments.Select(a => a(row, c)).ToArray(), c);
    }

    private MiniExpression ListLiteral()
    {
        var items = new List<MiniExpression>();
        if (!Accept("]"))
        {
            if (Current.Kind == MiniTokenKind.Identifier && tokens[position + 1].Is("IN"))
            {
                throw new NotSupportedException("List comprehensions are not supported by the mini runner");
            }

            do
            {
                items.Add(Expression());
            }
            while (Accept(","));
            Expect("]");
        }

        return (row, c) => items.Select(i => i(row, c)).ToList();
    }

    private MiniExpression MapLiteral()
    {
        var entries = new List<(string Key, MiniExpression Value)>();
        if (!Accept("}"))
        {
            do
            {
                var key = Current.Kind == MiniTokenKind.String ? (string)Next().Value! : Identifier();
                Expect(":");
                entries.Add((key, Expression()));
            }
            while (Accept(","));
            Expect("}");
        }

        return (row, c) => entries.ToDictionary(e => e.Key, e => e.Value(row, c), StringComparer.Ordinal);
    }
}
