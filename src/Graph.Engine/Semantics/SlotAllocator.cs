namespace Graph.Engine.Semantics;

/// <summary>Hands out the frame slots of one statement, subqueries included, so every binding has its own slot.</summary>
internal sealed class SlotAllocator
{
    private int _anonymous;

    public int Count { get; private set; }

    public Variable New(string name, ValueKind kind) => new(name, Count++, kind);

    /// <summary>A hidden variable for an unnamed pattern element or an internal value (names start with a space).</summary>
    public Variable Anonymous(ValueKind kind) => New(" anon" + (_anonymous++).ToString(System.Globalization.CultureInfo.InvariantCulture), kind);
}
