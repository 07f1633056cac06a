using System.Runtime.InteropServices;

namespace Graph.Engine.Storage;

/// <summary>One adjacency entry: the relationship's id and the node at its other end (see <see cref="AdjacencyList"/>).</summary>
/// <remarks>
/// Two ints (8 bytes) rather than a reference to a relationship object and a long (16): at benchmark scale L the
/// 18.7 M entries take 150 MB instead of 300 MB, and hold no reference the collector has to trace. Ids fit in an
/// int because the store's slot arrays are indexed by int. Sequential layout: <see cref="AdjacencyList"/> reads and
/// writes a group header's count (the second int) on its own.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct EdgeEntry(long relationship, long other)
{
    private readonly int _relationship = checked((int)relationship);
    private readonly int _other = checked((int)other);

    public int Relationship => _relationship;

    public long Other => _other;
}
