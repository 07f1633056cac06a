namespace Graph.Engine.Sqlite.Import;

/// <summary>How <c>:ID</c> values are read, as neo4j-admin's <c>--id-type</c>: the stored <c>id</c> property takes this type.</summary>
public enum ImportIdType
{
    /// <summary>Ids are strings (neo4j-admin's default; the seed's <c>ent-smic</c>).</summary>
    String,

    /// <summary>Ids are 64-bit integers (the benchmark data).</summary>
    Integer,
}
