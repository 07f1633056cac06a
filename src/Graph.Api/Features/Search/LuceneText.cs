using System.Text;

namespace Graph.Api.Features.Search;

/// <summary>
/// Makes what a person typed safe as a Lucene query for <c>db.index.fulltext.queryNodes</c>: every character Lucene's
/// query parser treats as syntax is escaped, so <c>C++</c> or <c>a:b</c> search for text instead of failing to parse.
/// </summary>
internal static class LuceneText
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
