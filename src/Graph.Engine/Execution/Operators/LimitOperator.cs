using Graph.Core.Errors;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Stops after a number of rows (evaluated once per reset). With <paramref name="drain"/> (the
/// input writes) it then pulls the input to its end, so every write happens whatever is returned.
/// </summary>
internal sealed class LimitOperator(Operator input, Evaluator count, bool drain) : Operator
{
    private long _remaining = -1;

    public override bool Pull(Frame frame)
    {
        if (_remaining < 0)
        {
            _remaining = Count(count(frame), "LIMIT");
        }

        if (_remaining == 0)
        {
            if (drain)
            {
                Drain(input, frame);
            }

            return false;
        }

        if (!input.Pull(frame))
        {
            return false;
        }

        _remaining--;
        return true;
    }

    internal static void Drain(Operator input, Frame frame)
    {
        var saved = frame.Save();
        while (input.Pull(frame))
        {
            frame.Context.Tick();
        }

        frame.Restore(saved);
    }

    public override void Reset()
    {
        _remaining = -1;
        input.Reset();
    }

    /// <summary>A SKIP or LIMIT value: a non-negative integer. Neo4j reports a bad parameter value with the SyntaxError code.</summary>
    internal static long Count(object? value, string clause) => value switch
    {
        long n when n >= 0 => n,
        int n when n >= 0 => n,
        long or int => throw new CypherSyntaxException(
            $"Invalid input. '{value}' is not a valid value for {clause}. Must be a non-negative integer.", 1, 1, 0, "NegativeIntegerArgument"),
        _ => throw new CypherSyntaxException(
            $"Invalid input. '{ValueText.ToCypherString(value)}' is not a valid value for {clause}. Must be a non-negative integer.", 1, 1, 0, "InvalidArgumentType"),
    };
}
