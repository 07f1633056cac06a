using System.Collections;

namespace Graph.Engine.Storage;

/// <summary>
/// The texts a full-text index reads from a property value: a string, or each string of a list of strings
/// (Neo4j's full-text indexes take STRING and LIST&lt;STRING&gt;, which is how the seed stores aliases).
/// Other values are not indexed.
/// </summary>
internal static class FullTextValues
{
    public static IEnumerable<string> Texts(object? value)
    {
        switch (value)
        {
            case string text:
                yield return text;
                break;
            case IList list:
                foreach (var item in list)
                {
                    if (item is string s)
                    {
                        yield return s;
                    }
                }

                break;
        }
    }
}
