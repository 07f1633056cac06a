namespace Graph.Seeding.Import;

/// <summary>What a neo4j-admin import header column holds.</summary>
public enum ImportColumnKind
{
    /// <summary>A property (<c>name</c>, <c>line:int</c>, <c>aliases:string[]</c>).</summary>
    Property,

    /// <summary>The node id (<c>id:ID</c>); when named, also stored as that property.</summary>
    Id,

    /// <summary>The node's labels (<c>:LABEL</c>).</summary>
    Label,

    /// <summary>A relationship's start node id (<c>:START_ID</c>).</summary>
    StartId,

    /// <summary>A relationship's end node id (<c>:END_ID</c>).</summary>
    EndId,

    /// <summary>A relationship's type (<c>:TYPE</c>).</summary>
    Type,
}
