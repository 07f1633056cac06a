using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>What a function may ask of the statement that calls it.</summary>
public interface IFunctionContext
{
    /// <summary>
    /// The statement's clock: every <c>datetime()</c>, <c>date()</c>, <c>timestamp()</c> … of one
    /// statement sees the same instant, as in Neo4j.
    /// </summary>
    DateTimeOffset StatementTime { get; }

    /// <summary>The node with that id as the current transaction sees it, or null when it does not exist.</summary>
    Node? FindNode(long id);
}
