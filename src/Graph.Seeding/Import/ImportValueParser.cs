using System.Globalization;

namespace Graph.Seeding.Import;

/// <summary>
/// Turns a CSV field into the Cypher value its header column declares: <c>int</c>/<c>long</c> → <see cref="long"/>,
/// <c>float</c>/<c>double</c> → <see cref="double"/>, <c>boolean</c> → <see cref="bool"/>, arrays → a list of those.
/// An empty field is no value (null), as neo4j-admin treats it.
/// </summary>
public static class ImportValueParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why, naming the offending text.</summary>
    public static bool TryParse(string text, ImportColumn column, out object? value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(column);
        value = null;
        error = string.Empty;
        if (text.Length == 0)
        {
            return true;
        }

        if (!column.IsArray)
        {
            return TryParseScalar(text, column.Type, out value, out error);
        }

        var items = new List<object?>();
        foreach (var part in text.Split(ImportColumn.ArrayDelimiter))
        {
            if (part.Length == 0)
            {
                error = $"empty element in '{text}' (elements are separated by '{ImportColumn.ArrayDelimiter}')";
                return false;
            }

            if (!TryParseScalar(part, column.Type, out var item, out error))
            {
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryParseScalar(string text, ImportValueType type, out object? value, out string error)
    {
        value = null;
        error = string.Empty;
        switch (type)
        {
            case ImportValueType.String:
                value = text;
                return true;
            case ImportValueType.Int when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                value = (long)i;
                return true;
            case ImportValueType.Long when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                value = l;
                return true;
            case ImportValueType.Float or ImportValueType.Double when TryParseNumber(text, out var d):
                value = d;
                return true;
            case ImportValueType.Boolean when text is "true" or "false":
                value = text == "true";
                return true;
            default:
                error = $"'{text}' is not {Article(type)}";
                return false;
        }
    }

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static string Article(ImportValueType type) => type switch
    {
        ImportValueType.Int => "an int",
        ImportValueType.Long => "a long",
        ImportValueType.Float => "a float",
        ImportValueType.Double => "a double",
        ImportValueType.Boolean => "a boolean (true or false)",
        _ => "a string",
    };
}
