using Graph.Core.Errors;

namespace Graph.Neo4j.Errors;

/// <summary>One row of <see cref="Neo4jErrorMap"/>: a server code pattern and the exception it becomes.</summary>
/// <param name="Match">How <paramref name="Pattern"/> is compared with a code.</param>
/// <param name="Pattern">A full status code, or a code prefix ending in '.'; <see cref="Neo4jErrorMatch.Contains"/> matches anywhere.</param>
/// <param name="Create">Builds the exception from the server's code and message.</param>
internal sealed record Neo4jErrorRule(Neo4jErrorMatch Match, string Pattern, Func<string, string, GraphException> Create)
{
    public bool Matches(string code) => Match switch
    {
        Neo4jErrorMatch.Exact => string.Equals(code, Pattern, StringComparison.Ordinal),
        Neo4jErrorMatch.Prefix => code.StartsWith(Pattern, StringComparison.Ordinal),
        _ => code.Contains(Pattern, StringComparison.Ordinal),
    };
}
