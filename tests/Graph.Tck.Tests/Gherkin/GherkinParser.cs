using System.Globalization;
using System.Text;

namespace Graph.Tck.Tests.Gherkin;

/// <summary>
/// A small parser for the Gherkin subset the openCypher TCK uses: <c>Feature</c>, <c>Background</c>,
/// <c>Scenario</c>, <c>Scenario Outline</c> with <c>Examples</c>, tags, <c>#</c> comments, docstrings
/// (<c>"""</c>) and tables (<c>|</c> cells with <c>\|</c>, <c>\\</c> and <c>\n</c> escapes).
/// </summary>
internal static partial class GherkinParser
{
    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But", "*"];

    /// <summary>Parses one feature file; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">The text is not in the supported subset.</exception>
    public static GherkinFeature Parse(string text, string source = "<feature>")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var state = new ParseState(source);

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            var lineNumber = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("\"\"\"", StringComparison.Ordinal) || line.StartsWith("```", StringComparison.Ordinal))
            {
                i = ReadDocString(lines, i, state);
                continue;
            }

            if (line.StartsWith('|'))
            {
                state.AddTableRow(SplitRow(line), lineNumber);
                continue;
            }

            if (line.StartsWith('@'))
            {
                state.PendingTags.AddRange(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            if (!TryReadHeader(line, lineNumber, state) && !TryReadStep(line, lineNumber, state))
            {
                throw state.Error(lineNumber, $"unexpected line '{line}'");
            }
        }

        return state.Finish();
    }

    /// <summary>
    /// Splits a table row into cells: <c>\|</c> is a literal bar, <c>\\</c> a backslash, <c>\n</c> a
    /// newline; any other backslash is kept with its character (the value notation has its own escapes).
    /// </summary>
    public static IReadOnlyList<string> SplitRow(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|'))
        {
            throw new FormatException($"a table row starts with '|': {line}");
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\' && i + 1 < trimmed.Length)
            {
                var next = trimmed[i + 1];
                switch (next)
                {
                    case '|':
                        cell.Append('|');
                        i++;
                        continue;
                    case '\\':
                        cell.Append('\\');
                        i++;
                        continue;
                    case 'n':
                        cell.Append('\n');
                        i++;
                        continue;
                    default:
                        cell.Append(c);
                        continue;
                }
            }

            if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        // Text after the last bar is not a cell (Gherkin ignores it); a bare "|" is a row of no cells.
        return cells;
    }

    private static bool TryReadHeader(string line, int lineNumber, ParseState state)
    {
        if (TryKeyword(line, "Feature:", out var rest))
        {
            state.StartFeature(rest, lineNumber);
        }
        else if (TryKeyword(line, "Background:", out _))
        {
            state.StartBackground(lineNumber);
        }
        else if (TryKeyword(line, "Scenario Outline:", out rest) || TryKeyword(line, "Scenario Template:", out rest))
        {
            state.StartScenario(rest, isOutline: true, lineNumber);
        }
        else if (TryKeyword(line, "Scenario:", out rest) || TryKeyword(line, "Example:", out rest))
        {
            state.StartScenario(rest, isOutline: false, lineNumber);
        }
        else if (TryKeyword(line, "Examples:", out _) || TryKeyword(line, "Scenarios:", out _))
        {
            state.StartExamples(lineNumber);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool TryReadStep(string line, int lineNumber, ParseState state)
    {
        foreach (var keyword in StepKeywords)
        {
            if (line.StartsWith(keyword, StringComparison.Ordinal)
                && (line.Length == keyword.Length || line[keyword.Length] == ' '))
            {
                state.AddStep(keyword, line[keyword.Length..].Trim(), lineNumber);
                return true;
            }
        }

        return false;
    }

    private static bool TryKeyword(string line, string keyword, out string rest)
    {
        if (line.StartsWith(keyword, StringComparison.Ordinal))
        {
            rest = line[keyword.Length..].Trim();
            return true;
        }

        rest = string.Empty;
        return false;
    }

    /// <summary>Reads a docstring starting at <paramref name="start"/>; returns the index of its closing line.</summary>
    private static int ReadDocString(string[] lines, int start, ParseState state)
    {
        var opening = lines[start];
        var indent = opening.Length - opening.TrimStart().Length;
        var delimiter = opening.Trim()[..3];
        var content = new List<string>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var raw = lines[i];
            if (raw.Trim() == delimiter)
            {
                state.SetDocString(string.Join('\n', content), start + 1);
                return i;
            }

            // Lines lose up to the delimiter's indentation, as in Cucumber.
            var strip = 0;
            while (strip < indent && strip < raw.Length && char.IsWhiteSpace(raw[strip]))
            {
                strip++;
            }

            content.Add(raw[strip..].TrimEnd().Replace("\\\"\\\"\\\"", "\"\"\"", StringComparison.Ordinal));
        }

        throw state.Error(start + 1, string.Create(CultureInfo.InvariantCulture, $"docstring opened on line {start + 1} is not closed"));
    }
}
