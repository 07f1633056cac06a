using System.Collections.Concurrent;

namespace Graph.Engine.Procedures;

/// <summary>The procedures callable with CALL, by name (matched ignoring case, as Neo4j resolves namespaces).</summary>
internal sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, ProcedureDefinition> _procedures = new(StringComparer.OrdinalIgnoreCase);

    public void Register(ProcedureDefinition procedure) => _procedures[procedure.Name] = procedure;

    public bool TryGet(string name, out ProcedureDefinition procedure) => _procedures.TryGetValue(name, out procedure!);

    public IEnumerable<ProcedureDefinition> All => _procedures.Values;
}
