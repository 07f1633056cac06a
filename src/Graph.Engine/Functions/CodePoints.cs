using System.Text;

namespace Graph.Engine.Functions;

/// <summary>
/// String positions counted in Unicode code points, as Neo4j counts them: <c>size('中芯')</c> is 2 and
/// <c>size('😀')</c> is 1 (one code point, two UTF-16 units). Offsets never split a surrogate pair.
/// </summary>
internal static class CodePoints
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>The UTF-16 index of the code point at <paramref name="codePoint"/> (clamped to the end).</summary>
    public static int IndexOf(string text, long codePoint)
    {
        var index = 0;
        for (long seen = 0; seen < codePoint && index < text.Length; seen++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    public static string Substring(string text, long start, long length)
    {
        var from = IndexOf(text, start);
        var to = from + IndexOf(text[from..], length);
        return text[from..to];
    }

    public static string Reverse(string text)
    {
        var reversed = new StringBuilder(text.Length);
        var elements = Each(text).ToList();
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            reversed.Append(elements[i]);
        }

        return reversed.ToString();
    }

    public static IEnumerable<string> Each(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            yield return text.Substring(i, width);
            i += width;
        }
    }
}
