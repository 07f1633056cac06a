using Graph.Engine.Semantics;

namespace Graph.Engine.Procedures;

/// <summary>
/// What of Lucene's query syntax the full-text procedures understand: terms (any of which may match, Lucene's default
/// OR), <c>OR</c> / <c>||</c> between them (the same meaning), and backslash escapes. Every other construct — phrases,
/// AND / NOT / + / - / !, wildcards, fuzzy and proximity, boosts, field-qualified terms, grouping, ranges, regular
/// expressions — would otherwise have been read as plain terms OR-ed together and answered wrong, so it is refused with
/// FeatureNotSupported naming it. Term and operator characters follow Lucene's classic query parser (a <c>-</c> or
/// <c>+</c> inside a word is part of it).
/// </summary>
internal static class FullTextQuerySyntax
{
    public static void Check(string query)
    {
        var atTermStart = true;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
                atTermStart = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                atTermStart = true;
                continue;
            }

            if (atTermStart)
            {
                var word = Word(query, i);
                switch (word)
                {
                    case "OR" or "||":
                        i += word.Length - 1;
                        continue;
                    case "AND" or "&&" or "NOT":
                        throw Refused($"boolean operator {word}");
                }

                if (c is '+' or '-' or '!')
                {
                    throw Refused($"required and prohibited terms ({c})");
                }
            }

            var refused = c switch
            {
                '"' => "phrase queries (\"…\")",
                '*' or '?' => "wildcards (* and ?)",
                '~' => "fuzzy and proximity queries (~)",
                '^' => "boosts (^)",
                ':' => "field-qualified terms (field:term)",
                '(' or ')' => "grouping with parentheses",
                '[' or ']' or '{' or '}' => "range queries ([…], {…})",
                '/' => "regular expressions (/…/)",
                '&' or '|' => "boolean operators (&&, ||)",
                _ => null,
            };
            if (refused is not null)
            {
                throw Refused(refused);
            }

            atTermStart = false;
        }
    }

    private static string Word(string query, int start)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]))
        {
            end++;
        }

        return query[start..end];
    }

    private static Core.Errors.UnsupportedFeatureException Refused(string construct) =>
        SemanticErrors.Unsupported($"the Lucene query syntax of {construct} in full-text queries (plain terms, OR and backslash escapes are supported)");
}
