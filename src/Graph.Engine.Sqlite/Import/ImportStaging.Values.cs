using System.Globalization;
using Graph.Seeding.Import;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// Field values by header type, with fast paths for the common scalar types; everything else (arrays, booleans)
/// and every error message go through Graph.Seeding's <see cref="ImportValueParser"/>, so the import and the
/// seed validator read a field the same way.
/// </summary>
internal sealed partial class ImportStaging
{
    private const NumberStyles FloatStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    // Boxes of small integers (years, counts, levels) are shared: at benchmark scale L that is millions of boxes.
    private static readonly object[] SmallIntegers = [.. Enumerable.Range(0, 4096).Select(i => (object)(long)i)];

    // Short strings repeat (status, level, kind): one instance each, up to a bound that keeps the pool small.
    private const int InternedLength = 12;
    private const int InternedMax = 100_000;

    private bool TryValue(ReadOnlySpan<char> text, ImportColumn column, out object? value, out string error)
    {
        error = string.Empty;
        if (!column.IsArray)
        {
            switch (column.Type)
            {
                case ImportValueType.String:
                    value = Intern(text);
                    return true;
                case ImportValueType.Int when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                    value = Box(i);
                    return true;
                case ImportValueType.Long when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                    value = Box(l);
                    return true;
                case ImportValueType.Float or ImportValueType.Double when double.TryParse(text, FloatStyles, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                    value = d;
                    return true;
            }
        }

        if (!ImportValueParser.TryParse(new string(text), column, out value, out error))
        {
            return false;
        }

        if (value is List<object?> list)
        {
            value = list.ToArray();
        }

        return true;
    }

    private static object Box(long value) => (ulong)value < (ulong)SmallIntegers.Length ? SmallIntegers[value] : value;

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length > InternedLength)
        {
            return new string(text);
        }

        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var s))
        {
            return s;
        }

        s = new string(text);
        if (_strings.Count < InternedMax)
        {
            _strings[s] = s;
        }

        return s;
    }
}
