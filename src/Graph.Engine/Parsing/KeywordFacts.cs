namespace Graph.Engine.Parsing;

/// <summary>
/// Cypher's keywords. They are contextual: the parser recognises them by text where the grammar expects them,
/// and most may also name variables, labels and property keys.
/// </summary>
public static class KeywordFacts
{
    /// <summary>Words that begin a clause.</summary>
    public static readonly IReadOnlySet<string> ClauseKeywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CALL", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
        "DETACH", "NODETACH", "FOREACH", "LOAD", "USE", "FINISH", "UNION", "INSERT", "ORDER", "SKIP", "OFFSET", "LIMIT",
    };

    /// <summary>Every word with a meaning somewhere in the grammar this parser reads.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "ALLSHORTESTPATHS", "AND", "ANY", "AS", "ASC", "ASCENDING", "BY", "CALL", "CASE", "COLLECT", "CONSTRAINT",
        "CONSTRAINTS", "CONTAINS", "COUNT", "CREATE", "CSV", "DELETE", "DESC", "DESCENDING", "DETACH", "DISTINCT", "DROP",
        "EACH", "ELSE", "END", "ENDS", "EXISTS", "EXPLAIN", "FALSE", "FIELDTERMINATOR", "FINISH", "FOR", "FOREACH", "FROM",
        "FULLTEXT", "HEADERS", "IF", "IN", "INDEX", "INDEXES", "INF", "INFINITY", "INSERT", "IS", "KEY", "LIMIT", "LOAD", "LOOKUP", "MATCH", "MERGE",
        "NAN", "NODE", "NODETACH", "NONE", "NORMALIZE", "NOT", "NULL", "OF", "OFFSET", "ON", "OPTIONAL", "OPTIONS", "OR", "ORDER", "POINT",
        "PROFILE", "RANGE", "REDUCE", "REL", "RELATIONSHIP", "REMOVE", "REQUIRE", "RETURN", "ROWS", "SET", "SHORTESTPATH",
        "SHOW", "SINGLE", "SKIP", "STARTS", "TEXT", "THEN", "TRIM", "TRANSACTIONS", "TRUE", "TYPED", "UNION", "UNIQUE", "UNWIND",
        "USE", "USING", "WHEN", "WHERE", "WITH", "XOR", "YIELD",
    };

    /// <summary>True when <paramref name="word"/> begins a clause (any case).</summary>
    public static bool IsClauseKeyword(string word) => ClauseKeywords.Contains(word);

    /// <summary>True when <paramref name="word"/> is a keyword (any case).</summary>
    public static bool IsKeyword(string word) => Keywords.Contains(word);

    /// <summary>
    /// Unicode dashes, minus signs and angle brackets that look like Cypher's operators but are not
    /// (e.g. the em dash in <c>42 — 41</c>); the TCK calls using one <c>InvalidUnicodeCharacter</c>.
    /// </summary>
    public static bool IsLookAlikeSymbol(char c) => c is '\u00AD' or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63'
        or '\uFF0D' or '\u27E8' or '\u27E9' or '\u3008' or '\u3009' or '\uFE64' or '\uFE65' or '\uFF1C' or '\uFF1E';
}
