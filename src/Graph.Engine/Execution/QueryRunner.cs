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
        MemoryPool? pool,
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

        using var budget = new QueryBudget(options.Timeout, options.MaxMemory, pool, options.MaxTotalMemory, cancellationToken);
        try
        {
            return Run(prepared, plan, tx, values, options, procedureContext, budget);
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            // Procedures and nested statements stop on the run's token; its own check tells the deadline from the caller.
            budget.Check();
            throw;
        }
    }

    private static QueryResult Run(
        PreparedStatement prepared,
        LogicalPlan plan,
        StoreTransaction tx,
        Dictionary<string, object?> values,
        QueryOptions options,
        Func<StoreTransaction, CancellationToken, IProcedureContext> procedureContext,
        QueryBudget budget)
    {
        var context = new QueryContext(tx, values, budget);
        context.ProcedureContext = procedureContext(tx, budget.Token);
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
        var rows = new ResultRows(budget, options.MaxResponseBytes);
        var truncated = false;
        var max = options.MaxRows;
        while (root.Pull(frame))
        {
            context.Tick();
            if (columns.Count == 0)
            {
                continue;
            }

            if (truncated || (max is { } m && rows.Rows.Count >= m) || !rows.TryAdd(frame.Slots, columns))
            {
                // Cut by the row cap or the response budget; a writing statement still runs to its end.
                truncated = true;
                if (!plan.Writes)
                {
                    break;
                }
            }
        }

        context.Tick();
        return new QueryResult([.. columns.Select(c => c.Name)], rows.Rows, context.Counters.ToCounters())
        {
            Truncated = truncated,
            Plan = profile ? PlanPrinter.Print(plan.Root, builder.RowsOf) : null,
        };
    }
}
