using System.Globalization;
using System.Text;
using Graph.Core.Store;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>One fuzz case: a statement, the setup statements run before it on a fresh fuzz graph, its parameters and access mode.</summary>
internal sealed record FuzzCase(string Statement, IReadOnlyList<string> Setup, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode)
{
    /// <summary>The case as text to reproduce it: the statement, its setup, parameters and mode.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append("  statement: ").Append(Statement.ReplaceLineEndings(" ")).Append('\n');
        foreach (var setup in Setup)
        {
            sb.Append("  setup:     ").Append(setup.ReplaceLineEndings(" ")).Append('\n');
        }

        if (Parameters.Count > 0)
        {
            sb.Append("  params:    ").Append(string.Join(", ", Parameters.Select(p => $"{p.Key} = {Show(p.Value)}"))).Append('\n');
        }

        return sb.Append("  mode:      ").Append(Mode).ToString();
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{(s.Length > 40 ? s[..40] + "…" : s)}' (string)",
        System.Collections.IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{k}: {Show(map[k])}")) + "}",
        System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(Show))}] ({value.GetType().Name})",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => $"{value} ({value.GetType().Name})",
    };
}
