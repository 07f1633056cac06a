namespace Graph.Engine.Storage;

/// <summary>
/// How well a node's indexed texts match a query's terms. <see cref="Coverage"/> (the score returned) is the share
/// of query terms found in any of the texts; <see cref="Fit"/> breaks ties as Lucene's length norm does: the share
/// of the best-matching text's own terms that the query found, so "中芯" ranks 中芯国际 before 中芯国际扩能 and
/// "大运河" ranks 大运河 before 大运河闪亮明珠. On the seed that puts the entity a full name means alone at the
/// top for 93% of names instead of 80% (docs/fulltext.md).
/// </summary>
internal readonly record struct FullTextScore(double Coverage, double Fit)
{
    public static FullTextScore Of(HashSet<string> queryTerms, IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var fit = 0.0;
        foreach (var text in texts)
        {
            var terms = FullTextTokenizer.Terms(text);
            var matched = 0;
            foreach (var term in terms)
            {
                if (queryTerms.Contains(term))
                {
                    matched++;
                    found.Add(term);
                }
            }

            if (terms.Count > 0)
            {
                fit = Math.Max(fit, (double)matched / terms.Count);
            }
        }

        return new FullTextScore(queryTerms.Count == 0 ? 0 : (double)found.Count / queryTerms.Count, fit);
    }
}
