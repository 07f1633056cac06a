using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Graph.Core.Errors;

namespace Graph.Engine.Values;

/// <summary>
/// <c>STARTS WITH</c>, <c>ENDS WITH</c>, <c>CONTAINS</c> (ordinal, code unit by code unit) and <c>=~</c> (the whole
/// string must match; Java regex syntax is read by .NET's engine, which accepts the common subset). Null, or a
/// non-string on either side, gives null.
/// </summary>
public static class StringOperators
{
    // Patterns are usually literals repeated on every row: compile once, keep a bounded cache.
    private const int MaxCachedPatterns = 256;
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static bool? StartsWith(object? text, object? prefix) =>
        Strings(text, prefix, out var s, out var p) ? s.StartsWith(p, StringComparison.Ordinal) : null;

    public static bool? EndsWith(object? text, object? suffix) =>
        Strings(text, suffix, out var s, out var p) ? s.EndsWith(p, StringComparison.Ordinal) : null;

    public static bool? Contains(object? text, object? part) =>
        Strings(text, part, out var s, out var p) ? s.Contains(p, StringComparison.Ordinal) : null;

    // A pattern such as (a+)+b backtracks exponentially inside one .NET call, which no check between steps can stop:
    // .NET's own match timeout bounds it, and the statement fails as a timeout, not as an unknown error.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static bool? RegexMatch(object? text, object? pattern)
    {
        if (!Strings(text, pattern, out var s, out var p))
        {
            return null;
        }

        try
        {
            return Compile(p).IsMatch(s);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new QueryTimeoutException($"The regular expression ran past its limit of {MatchTimeout.TotalSeconds} s on one value and was stopped.", inner: e);
        }
    }

    internal static Regex Compile(string pattern)
    {
        if (Patterns.TryGetValue(pattern, out var regex))
        {
            return regex;
        }

        try
        {
            regex = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new CypherArgumentException($"Invalid Regex: {e.Message}", "InvalidArgumentValue", e);
        }

        if (Patterns.Count >= MaxCachedPatterns)
        {
            Patterns.Clear();
        }

        Patterns[pattern] = regex;
        return regex;
    }

    private static bool Strings(object? a, object? b, out string first, out string second)
    {
        if (a is string or char && b is string or char)
        {
            first = CypherValues.AsString(a);
            second = CypherValues.AsString(b);
            return true;
        }

        first = second = string.Empty;
        return false;
    }
}
