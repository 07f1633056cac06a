namespace Graph.Seeding.Import;

/// <summary>The value types of neo4j-admin import headers that the seed uses.</summary>
public enum ImportValueType
{
    String,
    Int,
    Long,
    Float,
    Double,
    Boolean,
}
