using Graph.Core.Values;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>
/// Runs the clause shapes of the TCK expression scenarios: CREATE and MATCH of single labelled nodes with
/// properties, UNWIND, WITH and RETURN (with aliases). Results are the column names and rows.
/// </summary>
internal static class MiniQuery
{
    public static (List<string> Columns, List<object?[]> Rows) Run(string query, MiniContext context)
    {
        var parser = new MiniExpressionParser(MiniLexer.Tokenize(query), query);
        var rows = new List<Dictionary<string, object?>> { new(StringComparer.Ordinal) };
        List<string>? columns = null;
        while (parser.Current.Kind != MiniTokenKind.End)
        {
            var clause = parser.Identifier().ToUpperInvariant();
            switch (clause)
            {
                case "CREATE":
                    foreach (var row in rows)
                    {
                        foreach (var (_, labels, properties) in NodePatterns(parser, allowVariables: false))
                        {
                            var props = properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
                            var id = context.Nodes.Count;
                            context.Nodes.Add(new NodeSnapshot(id, $"n{id}", labels, props.Where(p => p.Value is not null).ToDictionary(StringComparer.Ordinal)));
                        }
                    }

                    break;
                case "MATCH":
                    var patterns = NodePatterns(parser, allowVariables: true);
                    foreach (var (variable, labels, properties) in patterns)
                    {
                        if (properties is not null)
                        {
                            throw new NotSupportedException("MATCH with properties");
                        }

                        rows = rows.SelectMany(row => context.Nodes
                            .Where(n => labels.All(n.Labels.Contains))
                            .Select(n => new Dictionary<string, object?>(row, StringComparer.Ordinal) { [variable!] = n })).ToList();
                    }

                    rows = Where(parser, rows, context);
                    break;
                case "UNWIND":
                    var list = parser.Expression();
                    parser.Expect("AS");
                    var name = parser.Identifier();
                    rows = rows.SelectMany(row =>
                        CypherValuesAccess.TryList(list(row, context), out var items) ? items.Select(item => new Dictionary<string, object?>(row, StringComparer.Ordinal) { [name] = item }) : []).ToList();
                    break;
                case "WITH" or "RETURN":
                    var items = Projection(parser);
                    columns = items.Select(i => i.Name).ToList();
                    rows = rows.Select(row => items.ToDictionary(i => i.Name, i => i.Value(row, context), StringComparer.Ordinal)).ToList();
                    if (clause == "WITH")
                    {
                        rows = Where(parser, rows, context);
                    }

                    if (parser.Current.Kind != MiniTokenKind.End && (parser.Current.Is("ORDER") || parser.Current.Is("WHERE") || parser.Current.Is("SKIP") || parser.Current.Is("LIMIT")))
                    {
                        throw new NotSupportedException(parser.Current.Text);
                    }

                    break;
                default:
                    throw new NotSupportedException(clause);
            }
        }

        return (columns ?? [], rows.Select(r => (columns ?? []).Select(c => r[c]).ToArray()).ToList());
    }

    private static List<Dictionary<string, object?>> Where(MiniExpressionParser parser, List<Dictionary<string, object?>> rows, MiniContext context)
    {
        if (!parser.Accept("WHERE"))
        {
            return rows;
        }

        var predicate = parser.Expression();
        return rows.Where(row => predicate(row, context) is true).ToList();
    }

    private static List<(string Name, MiniExpression Value)> Projection(MiniExpressionParser parser)
    {
        if (parser.Current.Is("DISTINCT") || parser.Current.Is("*"))
        {
            throw new NotSupportedException(parser.Current.Text);
        }

        var items = new List<(string, MiniExpression)>();
        do
        {
            var start = parser.Current.Start;
            var value = parser.Expression();
            var end = parser.Position > 0 ? PreviousEnd(parser) : start;
            var name = parser.Accept("AS") ? parser.Identifier() : parser.Source[start..end];
            items.Add((name, value));
        }
        while (parser.Accept(","));
        return items;
    }

    private static int PreviousEnd(MiniExpressionParser parser)
    {
        parser.Position--;
        var end = parser.Current.End;
        parser.Position++;
        return end;
    }

    private static List<(string? Variable, List<string> Labels, MiniExpression? Properties)> NodePatterns(MiniExpressionParser parser, bool allowVariables)
    {
        var patterns = new List<(string?, List<string>, MiniExpression?)>();
        do
        {
            parser.Expect("(");
            string? variable = null;
            if (parser.Current.Kind == MiniTokenKind.Identifier)
            {
                variable = parser.Identifier();
            }

            var labels = new List<string>();
            while (parser.Accept(":"))
            {
                labels.Add(parser.Identifier());
            }

            MiniExpression? properties = null;
            if (parser.Current.Is("{"))
            {
                properties = parser.Expression();
            }

            parser.Expect(")");
            if (parser.Current.Is("-") || parser.Current.Is("<"))
            {
                throw new NotSupportedException("relationship patterns");
            }

            if (allowVariables && variable is null)
            {
                throw new NotSupportedException("anonymous MATCH");
            }

            patterns.Add((variable, labels, properties));
        }
        while (parser.Accept(","));
        return patterns;
    }
}
