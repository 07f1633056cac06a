using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Ast;
using Graph.Engine.Planning;
using Graph.Engine.Procedures;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>Runs a prepared statement inside a store transaction and materialises its result.</summary>
internal static class QueryRunner
{
    public static QueryResult Run(
        PreparedStatement prepared,
        StoreTransaction tx,
        IReadOnlyDictionary<string, object?> parameters,
        QueryOptions options,
        Func<StoreTransaction, CancellationToken, IProcedureContext> procedureContext,
        CancellationToken cancellationToken)
    {
        var plan = prepared.Plan;
        if (options.ExplainOnly || prepared.Prefix == AstQueryPrefix.Explain)
        {
            return new QueryResult([], [], QueryCounters.None) { Plan = PlanPrinter.Print(plan.Root) };
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            values[key] = ValueConversion.Attach(ValueConversion.Parameter(value), tx);
        }

        foreach (var name in plan.Parameters)
        {
            if (!values.ContainsKey(name))
            {
                var missing = plan.Parameters.Where(p => !values.ContainsKey(p));
                throw new ParameterMissingException($"Expected parameter(s): {string.Join(", ", missing)}", "MissingParameter");
            }
        }

        var deadline = options.Timeout is { } t ? DateTimeOffset.UtcNow + t : (DateTimeOffset?)null;
        var context = new QueryContext(tx, values, deadline, cancellationToken);
        context.ProcedureContext = procedureContext(tx, cancellationToken);
        if (prepared.IsSchemaCommand)
        {
            SchemaCommands.Run(((LogicalSchemaCommand)((LogicalProduceResults)plan.Root).Input).Statement, tx, context.Counters);
            return new QueryResult([], [], context.Counters.ToCounters());
        }

        var profile = prepared.Prefix == AstQueryPrefix.Profile;
        var builder = new OperatorBuilder(prepared.Compiler, profile);
        context.Builder = builder;
        var root = builder.Build(plan.Root);
        var frame = new Frame(plan.SlotCount, context);
        var columns = prepared.Columns;
        var rows = new List<object?[]>();
        var truncated = false;
        var max = options.MaxRows;
        while (root.Pull(frame))
        {
            context.Tick();
            if (columns.Count == 0)
            {
                continue;
            }

            if (max is { } m && rows.Count >= m)
            {
                truncated = true;
                if (!plan.Writes)
                {
                    break;
                }

                continue;
            }

            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = ValueConversion.Result(frame.Slots[columns[i].Variable.Slot]);
            }

            rows.Add(row);
        }

        context.CheckLimits();
        return new QueryResult([.. columns.Select(c => c.Name)], rows, context.Counters.ToCounters())
        {
            Truncated = truncated,
            Plan = profile ? PlanPrinter.Print(plan.Root, builder.RowsOf) : null,
        };
    }
}
