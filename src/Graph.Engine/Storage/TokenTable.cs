using System.Collections.Concurrent;

namespace Graph.Engine.Storage;

/// <summary>
/// Interns names (labels, relationship types, property keys) to dense ints so records and
/// indexes compare ints, not strings. Tokens are never removed: a name created by a rolled-back
/// transaction stays interned, as in Neo4j's token store.
/// </summary>
internal sealed class TokenTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string[] _names = new string[16];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The id of <paramref name="name"/>, or -1 when it was never interned.</summary>
    public int Find(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    public int GetOrAdd(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        lock (_gate)
        {
            if (_ids.TryGetValue(name, out id))
            {
                return id;
            }

            id = _count;
            if (id == _names.Length)
            {
                Array.Resize(ref _names, id * 2);
            }

            _names[id] = name;
            Volatile.Write(ref _count, id + 1);
            _ids[name] = id;
            return id;
        }
    }

    public string Name(int id) => Volatile.Read(ref _names)[id];
}
