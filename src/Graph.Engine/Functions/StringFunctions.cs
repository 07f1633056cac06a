using System.Text;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// String functions. Positions and lengths count Unicode code points (see <see cref="CodePoints"/>); case mapping
/// is culture-invariant; a null argument gives null.
/// </summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("toUpper", 1, s => Map1("toUpper", s, t => t.ToUpperInvariant())),
        Fn("upper", 1, s => Map1("upper", s, t => t.ToUpperInvariant())),
        Fn("toLower", 1, s => Map1("toLower", s, t => t.ToLowerInvariant())),
        Fn("lower", 1, s => Map1("lower", s, t => t.ToLowerInvariant())),
        Fn("trim", 1, 2, (a, _) => Trim("trim", a, start: true, end: true)),
        Fn("btrim", 1, 2, (a, _) => Trim("btrim", a, start: true, end: true)),
        Fn("ltrim", 1, 2, (a, _) => Trim("ltrim", a, start: true, end: false)),
        Fn("rtrim", 1, 2, (a, _) => Trim("rtrim", a, start: false, end: true)),
        Fn("replace", 3, 3, (a, c) => Replace(a[0], a[1], a[2], c)),
        Fn("substring", 2, 3, (a, _) => Substring(a)),
        Fn("left", (s, n) => Left(s, n)),
        Fn("right", (s, n) => Right(s, n)),
        Fn("split", 2, 2, (a, c) => Split(a[0], a[1], c)),
        Fn("reverse", 1, Reverse) with { CopiesLists = true },
        Fn("normalize", 1, 2, (a, _) => Normalize(a[0], a.Length > 1 ? a[1] : "NFC")),
        Fn("char_length", 1, s => Map1("char_length", s, t => (long)CodePoints.Count(t))),
        Fn("character_length", 1, s => Map1("character_length", s, t => (long)CodePoints.Count(t))),
    ];

    internal static object? Reverse(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is string or char)
        {
            return CodePoints.Reverse(CypherValues.AsString(value));
        }

        var list = List("reverse", value);
        var reversed = new object?[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            reversed[i] = list[list.Count - 1 - i];
        }

        return reversed;
    }

    private static object? Map1(string function, object? value, Func<string, object> map) =>
        value is null ? null : map(String(function, value));

    private static string? Trim(string function, object?[] args, bool start, bool end)
    {
        if (args[0] is null || (args.Length > 1 && args[1] is null))
        {
            return null;
        }

        var text = String(function, args[0]);
        if (args.Length == 1)
        {
            return start && end ? text.Trim() : start ? text.TrimStart() : text.TrimEnd();
        }

        var characters = String(function, args[1]);
        if (CodePoints.Count(characters) != 1)
        {
            throw BadValue(function, "the characters to trim must be a single character");
        }

        var set = characters.ToCharArray();
        return start && end ? text.Trim(set) : start ? text.TrimStart(set) : text.TrimEnd(set);
    }

    private static string? Replace(object? original, object? search, object? replacement, IFunctionContext context)
    {
        if (original is null || search is null || replacement is null)
        {
            return null;
        }

        var text = String("replace", original);
        var find = String("replace", search);
        var with = String("replace", replacement);

        // The longest the result can be, refused before it is built: replace(s, 'x', s) squares the length.
        var longest = find.Length > 0
            ? text.Length + ((long)(text.Length / find.Length) * Math.Max(0, with.Length - find.Length))
            : text.Length + ((text.Length + 1L) * with.Length);
        context.Reserve(ValueSize.String(longest));
        if (find.Length > 0)
        {
            return text.Replace(find, with, StringComparison.Ordinal);
        }

        // Java's replace("", x) inserts x before every character and at the end.
        var result = new StringBuilder(with);
        foreach (var point in CodePoints.Each(text))
        {
            result.Append(point).Append(with);
        }

        return result.ToString();
    }

    private static string? Substring(object?[] args)
    {
        if (args.Any(a => a is null))
        {
            return null;
        }

        var text = String("substring", args[0]);
        var start = WholeNumber("substring", args[1]);
        var length = args.Length > 2 ? WholeNumber("substring", args[2]) : long.MaxValue;
        if (start < 0 || length < 0)
        {
            throw BadValue("substring", "start and length must not be negative");
        }

        return CodePoints.Substring(text, start, length);
    }

    private static string? Left(object? value, object? count)
    {
        if (value is null || count is null)
        {
            return null;
        }

        var text = String("left", value);
        var length = WholeNumber("left", count);
        return length < 0 ? throw BadValue("left", "negative length") : CodePoints.Substring(text, 0, length);
    }

    private static string? Right(object? value, object? count)
    {
        if (value is null || count is null)
        {
            return null;
        }

        var text = String("right", value);
        var length = WholeNumber("right", count);
        if (length < 0)
        {
            throw BadValue("right", "negative length");
        }

        var size = CodePoints.Count(text);
        return CodePoints.Substring(text, Math.Max(0, size - length), length);
    }

    private static object? Split(object? value, object? separator, IFunctionContext context)
    {
        if (value is null || separator is null)
        {
            return null;
        }

        var text = String("split", value);
        if (text.Length == 0)
        {
            return new object?[] { string.Empty };
        }

        string[] separators;
        if (CypherValues.TryGetList(separator, out var list))
        {
            if (list.Any(s => s is null))
            {
                return null;
            }

            separators = list.Select(s => String("split", s)).ToArray();
        }
        else
        {
            separators = [String("split", separator)];
        }

        if (separators.Length == 1 && separators[0].Length == 0)
        {
            // One string per character: some 40 times the text's own size.
            context.Reserve(ValueSize.List(text.Length) + (text.Length * ValueSize.String(2)));
            return CodePoints.Each(text).Cast<object?>().ToList();
        }

        var nonEmpty = separators.Where(s => s.Length > 0).ToArray();
        return nonEmpty.Length == 0
            ? new object?[] { text }
            : text.Split(nonEmpty, StringSplitOptions.None).Cast<object?>().ToList();
    }

    private static string? Normalize(object? value, object? form)
    {
        if (value is null || form is null)
        {
            return null;
        }

        var text = String("normalize", value);
        var normalForm = String("normalize", form).ToUpperInvariant() switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw BadValue("normalize", "unknown normal form; valid forms are NFC, NFD, NFKC and NFKD"),
        };
        return text.Normalize(normalForm);
    }
}
