using System.Text;

namespace Graph.Seeding.Evidence;

/// <summary>
/// The source report, prepared for the evidence rule: all lines joined with every whitespace character removed
/// (spaces, U+3000 ideographic spaces, tabs, line ends), remembering where each line starts. A quote (whitespace
/// removed too) matches line N when it occurs in that text with its first character on line N. This survives the
/// PDF conversion's line breaks in mid-sentence and its stray spaces ("2016 年").
/// </summary>
public sealed class SourceReport
{
    private const int MaxLinesReported = 3;

    private readonly string _text;

    // _lineStarts[n - 1] is the offset in _text of line n's first non-whitespace character; one extra entry ends the last line.
    private readonly int[] _lineStarts;

    private SourceReport(string text, int[] lineStarts)
    {
        _text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The number of lines of the report.</summary>
    public int LineCount => _lineStarts.Length - 1;

    public static SourceReport Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
        {
            lines = lines[..^1]; // the final line end closes the last line; it does not open another
        }

        var text = new StringBuilder(content.Length);
        var starts = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i] = text.Length;
            text.Append(RemoveWhitespace(lines[i]));
        }

        starts[^1] = text.Length;
        return new SourceReport(text.ToString(), starts);
    }

    public static SourceReport Load(string path) => Parse(File.ReadAllText(path, new UTF8Encoding(false, true)));

    /// <summary>Looks <paramref name="quote"/> up against its stated 1-based <paramref name="line"/>.</summary>
    public EvidenceMatch Find(string quote, int line)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var needle = RemoveWhitespace(quote);
        if (needle.Length == 0)
        {
            return EvidenceMatch.Of(EvidenceOutcome.Empty);
        }

        if (line < 1 || line > LineCount)
        {
            return EvidenceMatch.Of(EvidenceOutcome.LineOutOfRange);
        }

        // The first occurrence at or after the line's start decides: if it starts past the line, none starts within it.
        var at = _text.IndexOf(needle, _lineStarts[line - 1], StringComparison.Ordinal);
        if (at >= 0 && at < _lineStarts[line])
        {
            return EvidenceMatch.Of(EvidenceOutcome.Found);
        }

        var lines = new List<int>();
        for (var i = _text.IndexOf(needle, StringComparison.Ordinal); i >= 0 && lines.Count < MaxLinesReported; i = _text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            var lineOf = LineOf(i);
            if (!lines.Contains(lineOf))
            {
                lines.Add(lineOf);
            }
        }

        return lines.Count == 0 ? EvidenceMatch.Of(EvidenceOutcome.NotFound) : new EvidenceMatch(EvidenceOutcome.OnOtherLines, lines);
    }

    /// <summary>The first line that holds exactly <paramref name="heading"/> (whitespace ignored), or null.</summary>
    public int? FindHeading(string heading)
    {
        var needle = RemoveWhitespace(heading);
        for (var line = 1; line <= LineCount; line++)
        {
            var start = _lineStarts[line - 1];
            if (_lineStarts[line] - start == needle.Length && string.CompareOrdinal(_text, start, needle, 0, needle.Length) == 0)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Removes every whitespace character (<see cref="char.IsWhiteSpace(char)"/>: includes U+3000 and line ends).</summary>
    public static string RemoveWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The 1-based line whose text holds offset <paramref name="offset"/> (empty lines hold none).</summary>
    private int LineOf(int offset)
    {
        // The last line whose start is at or before offset, skipping empty lines that share a start with the next.
        var index = Array.BinarySearch(_lineStarts, 0, LineCount, offset);
        if (index < 0)
        {
            return ~index; // insertion point - 1 is the 0-based line, + 1 makes it 1-based
        }

        while (index + 1 < LineCount && _lineStarts[index + 1] == offset)
        {
            index++;
        }

        return index + 1;
    }
}
