using Graph.Core.Errors;
using Graph.Engine.Ast;
using Graph.Engine.Procedures;

namespace Graph.Engine.Semantics;

/// <summary>CALL procedure: resolution, arguments (explicit or from parameters), YIELD, and SHOW commands.</summary>
internal sealed partial class Binder
{
    private Scope BindProcedureCall(AstCallProcedure call, Scope scope, List<BoundClause> output, QueryRole role, bool last, out IReadOnlyList<BoundColumn>? columns)
    {
        columns = null;
        if (!procedures.TryGet(call.Name, out var procedure))
        {
            throw new ClientException(
                StatusCodes.ProcedureNotFound,
                $"There is no procedure with the name `{call.Name}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                "ProcedureNotFound");
        }

        var standalone = role == QueryRole.Top && last && output.Count == 0;
        _writes |= procedure.Writes;
        List<BoundExpression> args;
        if (call.Arguments is null)
        {
            if (!standalone && procedure.Inputs.Count > 0)
            {
                throw SemanticErrors.Syntax(call.Position, "InvalidArgumentPassingMode", $"Procedure call inside a query does not support passing arguments implicitly. Please pass arguments explicitly in parentheses after procedure name for {procedure.Name}");
            }

            // A left-out input with a default takes it, as Neo4j does when the parameter is not given.
            args = [.. procedure.Inputs.Select(i => i.HasDefault ? new BoundLiteral(i.Default) : (BoundExpression)new BoundParameter(i.Name))];
        }
        else
        {
            var required = procedure.Inputs.Count(i => !i.HasDefault);
            if (call.Arguments.Count < required || call.Arguments.Count > procedure.Inputs.Count)
            {
                var expected = required == procedure.Inputs.Count
                    ? $"{required}"
                    : $"at least {required} (total: {procedure.Inputs.Count}, {procedure.Inputs.Count - required} of which have default values)";
                throw SemanticErrors.Syntax(call.Position, "InvalidNumberOfArguments", $"Procedure call does not provide the required number of arguments: got {call.Arguments.Count} expected {expected}.");
            }

            args = [];
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                var arg = BindExpression(call.Arguments[i], scope, ExpressionContext.Plain("CALL"));
                if (!Accepts(procedure.Inputs[i].Type, KindOf(arg)))
                {
                    throw SemanticErrors.InvalidArgumentType(call.Arguments[i].Position, procedure.Inputs[i].Type, KindOf(arg));
                }

                args.Add(arg);
            }

            args.AddRange(procedure.Inputs.Skip(call.Arguments.Count).Select(i => (BoundExpression)new BoundLiteral(i.Default)));
        }

        var yields = new List<KeyValuePair<int, Variable>>();
        var after = scope;
        if (call.YieldAll || (call.Yield is null && standalone))
        {
            if (call.YieldAll && !standalone)
            {
                throw SemanticErrors.Syntax(call.Position, "UnexpectedSyntax", "YIELD * is only allowed in a standalone procedure call");
            }

            for (var i = 0; i < procedure.Outputs.Count; i++)
            {
                var v = _slots.New(procedure.Outputs[i].Name, KindOfType(procedure.Outputs[i].Type));
                yields.Add(KeyValuePair.Create(i, v));
                after = after.With(v);
            }
        }
        else if (call.Yield is not null)
        {
            foreach (var item in call.Yield)
            {
                var index = IndexOf(procedure.Outputs, item.Field);
                if (index < 0)
                {
                    throw SemanticErrors.Syntax(item.Position, "UndefinedVariable", $"Unknown procedure output: `{item.Field}`");
                }

                if (after.Find(item.Variable) is not null)
                {
                    throw SemanticErrors.VariableAlreadyBound(item.Position, item.Variable);
                }

                var v = _slots.New(item.Variable, KindOfType(procedure.Outputs[index].Type));
                yields.Add(KeyValuePair.Create(index, v));
                after = after.With(v);
            }
        }

        var where = call.Where is null ? null : BindPredicate(call.Where, after, "WHERE");
        output.Add(new BoundProcedureCall(procedure, args, yields, where));
        if (standalone)
        {
            columns = [.. yields.Select(y => new BoundColumn(y.Value.Name, y.Value))];
        }

        return after;
    }

    private BoundStatement BindShow(AstShowSchema show)
    {
        var name = show.Constraints ? "db.showConstraints" : "db.showIndexes";
        var filter = new AstLiteral(show.Position, show.Filter ?? "ALL");
        var clauses = new List<AstClause> { new AstCallProcedure(show.Position, name, [filter], null, show.Rest.Count == 0, null) };
        if (show.Rest.Count > 0)
        {
            // SHOW … YIELD a, b WHERE …: the YIELD becomes the call's YIELD of every column.
            clauses[0] = new AstCallProcedure(show.Position, name, [filter], AllOutputs(name, show.Position), false, null);
            clauses.AddRange(show.Rest);

            // SHOW … YIELD a, b [WHERE …] ends on the WITH it means: return its columns in order.
            if (clauses[^1] is AstWith last)
            {
                var columns = new List<string>();
                if (last.Projection.IncludeExisting)
                {
                    columns.AddRange(AllOutputs(name, show.Position).Select(o => o.Field));
                }

                columns.AddRange(last.Projection.Items.Select(i => i.ColumnName).Where(c => !columns.Contains(c, StringComparer.Ordinal)));
                var items = columns.Select(c => new AstProjectionItem(last.Position, new AstVariable(last.Position, c), null, c)).ToList();
                clauses.Add(new AstReturn(last.Position, new AstProjection(last.Position, false, false, items, [], null, null)));
            }
        }

        var query = BindSingle(new AstSingleQuery(show.Position, clauses), Scope.Empty, QueryRole.Top);
        return new BoundStatement(query, _slots.Count, false, AstQueryPrefix.None);
    }

    private List<AstYieldItem> AllOutputs(string name, SourcePosition at)
    {
        procedures.TryGet(name, out var procedure);
        return [.. procedure.Outputs.Select(o => new AstYieldItem(at, o.Name, null))];
    }

    private static int IndexOf(IReadOnlyList<ProcedureParameter> outputs, string name)
    {
        for (var i = 0; i < outputs.Count; i++)
        {
            if (string.Equals(outputs[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Accepts(string type, ValueKind kind)
    {
        var t = type.TrimEnd('?').ToUpperInvariant();
        return kind switch
        {
            ValueKind.Any or ValueKind.Null => true,
            _ when t.StartsWith("ANY", StringComparison.Ordinal) => true,
            ValueKind.Integer => t is "INTEGER" or "FLOAT" or "NUMBER",
            ValueKind.Float => t is "FLOAT" or "NUMBER",
            ValueKind.String => t == "STRING",
            ValueKind.Boolean => t == "BOOLEAN",
            ValueKind.List => t.StartsWith("LIST", StringComparison.Ordinal),
            ValueKind.Map => t == "MAP",
            ValueKind.Node => t == "NODE",
            ValueKind.Relationship => t == "RELATIONSHIP",
            ValueKind.Path => t == "PATH",
            _ => true,
        };
    }

    private static ValueKind KindOfType(string type) => type.TrimEnd('?').ToUpperInvariant() switch
    {
        "INTEGER" => ValueKind.Integer,
        "FLOAT" => ValueKind.Float,
        "STRING" => ValueKind.String,
        "BOOLEAN" => ValueKind.Boolean,
        "MAP" => ValueKind.Map,
        "NODE" => ValueKind.Node,
        "RELATIONSHIP" => ValueKind.Relationship,
        "PATH" => ValueKind.Path,
        var t when t.StartsWith("LIST", StringComparison.Ordinal) => ValueKind.List,
        _ => ValueKind.Any,
    };
}
