using System.Globalization;
using System.Text;

namespace Graph.Engine.Storage;

/// <summary>
/// Splits text into full-text terms: CJK runs into overlapping character bigrams (a lone CJK
/// character is its own term), as Lucene's CJK analyzer does; Latin letters and digits into
/// lower-cased words. Everything else separates terms.
/// Bigrams stay, by measurement (docs/fulltext.md): on the seed's names and aliases, jieba.NET's word segmentation
/// found no entity that bigrams missed, and missed partial names that bigrams find (a name's first two characters:
/// 85.5% found against 90.6%); adding its words to the bigrams gained 0.5 points for an 8 MB dictionary.
/// Any substring of two or more CJK characters finds the texts containing it, which is what partial names need.
/// </summary>
internal static class FullTextTokenizer
{
    public static HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var cjk = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                Flush(word, terms);
                cjk.Add(rune.ToString());
                continue;
            }

            FlushCjk(cjk, terms);
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                Flush(word, terms);
            }
        }

        Flush(word, terms);
        FlushCjk(cjk, terms);
        return terms;
    }

    private static void Flush(StringBuilder word, HashSet<string> terms)
    {
        if (word.Length > 0)
        {
            terms.Add(word.ToString());
            word.Clear();
        }
    }

    private static void FlushCjk(List<string> run, HashSet<string> terms)
    {
        if (run.Count == 1)
        {
            terms.Add(run[0]);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            terms.Add(string.Concat(run[i], run[i + 1]));
        }

        run.Clear();
    }

    private static bool IsCjk(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category != UnicodeCategory.OtherLetter)
        {
            return false;
        }

        var v = rune.Value;
        return v is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2FA1F)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF);
    }
}
