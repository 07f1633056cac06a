using Graph.Core.Errors;
using Graph.Engine.Procedures;

namespace Graph.Engine.Execution.Operators;

/// <summary>CALL proc(args) YIELD …: for each input row, one row per result row of the procedure (a void procedure passes the row through).</summary>
internal sealed class ProcedureCallOperator(Operator input, ProcedureDefinition procedure, Evaluator[] arguments, KeyValuePair<int, int>[] yields) : Operator
{
    private IEnumerator<object?[]>? _rows;

    public override bool Pull(Frame frame)
    {
        while (true)
        {
            if (_rows is not null)
            {
                if (_rows.MoveNext())
                {
                    var row = _rows.Current;
                    foreach (var (index, slot) in yields)
                    {
                        frame.Slots[slot] = ValueConversion.Attach(ValueConversion.Parameter(index < row.Length ? row[index] : null), frame.Context.Transaction);
                    }

                    return true;
                }

                _rows.Dispose();
                _rows = null;
            }

            if (!input.Pull(frame))
            {
                return false;
            }

            var args = new object?[arguments.Length];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Coerce(arguments[i](frame), procedure.Inputs[i]);
            }

            var context = frame.Context.ProcedureContext ?? throw new InvalidOperationException("No procedure context.");
            IEnumerable<object?[]> result;
            try
            {
                result = procedure.Invoke(context, args).ToList();
            }
            catch (GraphException)
            {
                throw;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ProcedureException($"Failed to invoke procedure `{procedure.Name}`: {e.Message}", "ProcedureCallFailed", e);
            }

            if (procedure.Outputs.Count == 0)
            {
                return true;
            }

            _rows = result.GetEnumerator();
        }
    }

    /// <summary>
    /// Checks an argument against the declared type: a procedure body casts its arguments, so a
    /// value of another type must stop here as a type error rather than fail inside the body.
    /// </summary>
    private static object? Coerce(object? value, ProcedureParameter parameter)
    {
        var type = parameter.Type.TrimEnd('?').ToUpperInvariant();
        if (value is long l && type == "FLOAT")
        {
            return (double)l;
        }

        var accepted = (value, type) switch
        {
            (null, _) => true,
            (_, "STRING") => value is string,
            (_, "INTEGER") => value is long,
            (_, "FLOAT") => value is double,
            (_, "NUMBER") => value is long or double,
            (_, "BOOLEAN") => value is bool,
            (_, "MAP") => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>,
            _ when type.StartsWith("LIST", StringComparison.Ordinal) => value is System.Collections.IList,
            _ => true,
        };
        return accepted
            ? value
            : throw new CypherTypeException(
                $"Type mismatch for procedure argument `{parameter.Name}`: expected {parameter.Type} but was {CypherTypeName(value)}",
                "InvalidArgumentType");
    }

    private static string CypherTypeName(object? value) => value switch
    {
        string => "String",
        long => "Integer",
        double => "Float",
        bool => "Boolean",
        System.Collections.IList => "List",
        _ => value?.GetType().Name.Replace("Cypher", string.Empty, StringComparison.Ordinal) ?? "Null",
    };

    public override void Reset()
    {
        _rows?.Dispose();
        _rows = null;
        input.Reset();
    }
}
