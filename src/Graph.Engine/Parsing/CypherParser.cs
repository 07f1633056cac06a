using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>The entry point of the parsing stage: statement text in, an immutable syntax tree out.</summary>
public static class CypherParser
{
    /// <summary>
    /// Parses one statement (a query, possibly with EXPLAIN/PROFILE, or a schema command) and an optional trailing ';'.
    /// Thread-safe. Throws <see cref="Graph.Core.Errors.CypherSyntaxException"/> naming line and column when the text is not valid Cypher;
    /// valid Cypher the engine does not run comes back as <see cref="AstUnsupportedClause"/> nodes instead.
    /// </summary>
    public static AstStatement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StatementParser(text).ParseStatement();
    }
}
