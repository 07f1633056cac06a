namespace Graph.Core.Store;

/// <summary>Whether a transaction may write. A read transaction refuses any statement that would write.</summary>
public enum AccessMode
{
    Read,
    Write,
}
