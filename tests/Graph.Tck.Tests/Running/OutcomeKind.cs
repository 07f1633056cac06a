namespace Graph.Tck.Tests.Running;

/// <summary>How a scenario ended.</summary>
public enum OutcomeKind
{
    /// <summary>Every check held.</summary>
    Passed,

    /// <summary>The engine answered, but wrongly: rows, columns, side effects, or the error type.</summary>
    Failed,

    /// <summary>The engine threw where an answer was expected (including unsupported features), crashed, timed out, or setup failed.</summary>
    Error,

    /// <summary>Tagged <c>@ignore</c> upstream; not run.</summary>
    Ignored,
}
