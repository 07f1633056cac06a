namespace Graph.Engine.Tests.Fuzz;

/// <summary>How a fuzz case ended: a result, an expected error (its Neo4j code), or a failure of the engine (what went wrong).</summary>
internal sealed record FuzzOutcome(string? ErrorCode, string? Failure, string? FailureKind)
{
    public static readonly FuzzOutcome Result = new(null, null, null);

    public TimeSpan Elapsed { get; init; }

    public bool IsFailure => Failure is not null;

    public static FuzzOutcome Error(string code) => new(code, null, null);

    /// <summary>A failure; <paramref name="kind"/> groups failures with one cause (exception type and throwing frame).</summary>
    public static FuzzOutcome Failed(string kind, string description) => new(null, description, kind);
}
