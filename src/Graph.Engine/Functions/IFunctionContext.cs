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

    /// <summary>Stops the statement when its caller has gone or its time is up; functions with long loops call it in them.</summary>
    void Check()
    {
    }

    /// <summary>
    /// Refuses, before it is made, a value of about <paramref name="bytes"/> that would not fit in the statement's memory
    /// budget (<see cref="Graph.Core.Errors.MemoryLimitException"/>); also checks the time as <see cref="Check"/> does.
    /// </summary>
    void Reserve(long bytes)
    {
    }
}
