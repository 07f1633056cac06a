namespace Graph.Engine.Semantics;

/// <summary>
/// The variables visible at one point of a query, in the order they were bound (RETURN * sorts
/// them by name). Immutable: binding returns a new scope, so nested expressions can add
/// locals without touching the clause's scope.
/// </summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new([]);

    private readonly List<Variable> _variables;

    private Scope(List<Variable> variables) => _variables = variables;

    public IReadOnlyList<Variable> Variables => _variables;

    /// <summary>The named (not anonymous) variables.</summary>
    public IEnumerable<Variable> Named => _variables.Where(v => !v.IsAnonymous);

    public Variable? Find(string name)
    {
        for (var i = _variables.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_variables[i].Name, name, StringComparison.Ordinal))
            {
                return _variables[i];
            }
        }

        return null;
    }

    /// <summary>A scope with <paramref name="variable"/> added (shadowing any of the same name).</summary>
    public Scope With(Variable variable)
    {
        var list = new List<Variable>(_variables.Count + 1);
        foreach (var v in _variables)
        {
            if (!string.Equals(v.Name, variable.Name, StringComparison.Ordinal))
            {
                list.Add(v);
            }
        }

        list.Add(variable);
        return new Scope(list);
    }

    public static Scope Of(IEnumerable<Variable> variables)
    {
        var scope = Empty;
        foreach (var v in variables)
        {
            scope = scope.With(v);
        }

        return scope;
    }
}
