namespace Graph.Neo4j;

/// <summary>
/// Retries for work that is safe to repeat: an auto-commit statement or the opening of a transaction that
/// failed with <c>Neo.TransientError.*</c> (timeouts excluded), a gateway status (502/503/504), or a transport
/// failure before any response. Statements inside an explicit transaction are never retried: Neo4j has
/// already rolled that transaction back, so the caller must redo the whole unit of work.
/// </summary>
public sealed record Neo4jRetryPolicy
{
    /// <summary>4 attempts, 100 ms doubling to at most 2 s, ±20 % jitter: about 0.7 s of waiting in the worst case.</summary>
    public static Neo4jRetryPolicy Default { get; } = new();

    /// <summary>One attempt: no retries.</summary>
    public static Neo4jRetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>Total attempts including the first.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Each delay is this many times the one before.</summary>
    public double Multiplier { get; init; } = 2.0;

    /// <summary>Fraction of each delay added or removed at random, so clients that failed together do not retry together.</summary>
    public double JitterFactor { get; init; } = 0.2;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, where 1 is the first attempt.</summary>
    public TimeSpan DelayAfter(int attempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponential = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, Math.Max(0, attempt - 1));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        var jitter = capped * JitterFactor * ((random.NextDouble() * 2) - 1);
        return TimeSpan.FromMilliseconds(Math.Max(0, capped + jitter));
    }

    public void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"Retry.MaxAttempts must be at least 1, not {MaxAttempts}.", nameof(MaxAttempts));
        }

        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay)
        {
            throw new ArgumentException("Retry delays must satisfy 0 <= InitialDelay <= MaxDelay.", nameof(InitialDelay));
        }

        if (Multiplier < 1 || JitterFactor is < 0 or > 1)
        {
            throw new ArgumentException("Retry.Multiplier must be >= 1 and Retry.JitterFactor within [0, 1].", nameof(Multiplier));
        }
    }
}
