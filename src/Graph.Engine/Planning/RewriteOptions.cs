namespace Graph.Engine.Planning;

/// <summary>Which rewrite rules run; tests switch rules off to check results do not change.</summary>
internal sealed record RewriteOptions
{
    public static RewriteOptions All { get; } = new();

    public static RewriteOptions None { get; } = new() { Disabled = RewritePipeline.RuleNames.ToHashSet(StringComparer.Ordinal) };

    /// <summary>Names of rules not to run.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
