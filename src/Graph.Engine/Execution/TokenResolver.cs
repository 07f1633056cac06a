using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>Resolves label, type and key names to the store's tokens (-1 while a name is not interned yet).</summary>
internal sealed class TokenResolver(GraphStore store)
{
    public GraphStore Store { get; } = store;

    public int Label(string name) => Store.Labels.Find(name);

    public int Type(string name) => Store.Types.Find(name);

    public int Key(string name) => Store.Keys.Find(name);

    /// <summary>A cached lookup of one key: once the key exists its token never changes.</summary>
    public Func<int> KeyCache(string name)
    {
        var token = -1;
        return () => token >= 0 ? token : token = Store.Keys.Find(name);
    }
}
