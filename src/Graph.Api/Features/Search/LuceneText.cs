using System.Text;

namespace Graph.Api.Features.Search;

/// <summary>
/// Makes what a person typed safe as a Lucene query for <c>db.index.fulltext.queryNodes</c>: every character Lucene's
/// query parser treats as syntax is escaped, so <c>C++</c> or <c>a:b</c> search for text instead of failing to parse,
/// and so are the operator words AND, OR and NOT (as <c>\AND</c>: a term, not an operator).
/// </summary>
internal static class LuceneText
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c, StringComparison.Ordinal) || IsOperatorWordAt(text, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsOperatorWordAt(string text, int i)
    {
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[i..end] is "AND" or "OR" or "NOT";
    }
}
