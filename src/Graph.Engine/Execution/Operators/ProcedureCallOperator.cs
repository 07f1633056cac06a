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

    private static object? Coerce(object? value, ProcedureParameter parameter)
    {
        var type = parameter.Type.TrimEnd('?').ToUpperInvariant();
        return (value, type) switch
        {
            (long l, "FLOAT") => (double)l,
            (null, _) => null,
            (bool, "INTEGER" or "FLOAT" or "NUMBER" or "STRING") or (string, "INTEGER" or "FLOAT" or "NUMBER" or "BOOLEAN")
                or (long or double, "STRING" or "BOOLEAN") =>
                throw new CypherTypeException($"Type mismatch for procedure argument `{parameter.Name}`: expected {parameter.Type}", "InvalidArgumentType"),
            _ => value,
        };
    }

    public override void Reset()
    {
        _rows?.Dispose();
        _rows = null;
        input.Reset();
    }
}
