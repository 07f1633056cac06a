namespace Graph.Engine.Sqlite.Format;

/// <summary>
/// The on-disk format, version 2: one SQLite file in WAL mode is one database.
/// <list type="bullet">
/// <item><c>PRAGMA application_id</c> = <see cref="ApplicationId"/> marks the file as ours;
/// <c>PRAGMA user_version</c> = <see cref="Version"/> is the format version (also in <c>meta</c>, for people).</item>
/// <item><c>tokens</c>: the interned names (kind 0 label, 1 relationship type, 2 property key) by dense id.
/// Records refer to tokens by id, so a name is stored once.</item>
/// <item><c>nodes</c> and <c>relationships</c>: one row per live entity, keyed by its id; labels and properties are
/// compact blobs (<see cref="ValueCodec"/>). A deleted entity's row is deleted.</item>
/// <item><c>schema_indexes</c>, <c>schema_constraints</c>: the schema rules as SHOW INDEXES / SHOW CONSTRAINTS list them.</item>
/// <item><c>meta</c>: format, id high-water marks (so ids are not handed out twice across restarts) and the commit count.</item>
/// <item>Since version 2, every row of every table carries a
/// <c>checksum</c> (<see cref="RecordChecksum"/>) over its key and encoded bytes, verified when the file is loaded.</item>
/// </list>
/// A change to any of this is a new version, with a migration from the previous one in <see cref="StoreMigrations"/>,
/// and the golden test's expected dump updated.
/// </summary>
internal static class StoreFormat
{
    /// <summary>"GRPH" in ASCII: how a file says it is a Graph database.</summary>
    public const int ApplicationId = 0x47525048;

    public const int Version = 2;

    public const int LabelTokens = 0;

    public const int TypeTokens = 1;

    public const int KeyTokens = 2;

    public const string NodeLimitKey = "node_limit";

    public const string RelationshipLimitKey = "relationship_limit";

    public const string CommitsKey = "commits";

    public const string SchemaNextIdKey = "schema_next_id";

    /// <summary>The tables of a new file, created in one transaction with the pragmas that mark it ours.</summary>
    public const string CreateTables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL, checksum INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE tokens(kind INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY(kind, id)) WITHOUT ROWID;
        CREATE TABLE nodes(id INTEGER PRIMARY KEY, labels BLOB NOT NULL, properties BLOB NOT NULL, checksum INTEGER NOT NULL);
        CREATE TABLE relationships(id INTEGER PRIMARY KEY, type INTEGER NOT NULL, start_node INTEGER NOT NULL, end_node INTEGER NOT NULL, properties BLOB NOT NULL, checksum INTEGER NOT NULL);
        CREATE TABLE schema_indexes(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, entity TEXT NOT NULL, labels_or_types TEXT NOT NULL, properties TEXT NOT NULL, owning_constraint TEXT, checksum INTEGER NOT NULL);
        CREATE TABLE schema_constraints(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, entity TEXT NOT NULL, label TEXT NOT NULL, properties TEXT NOT NULL, property_type TEXT, owned_index TEXT, checksum INTEGER NOT NULL);
        """;

    /// <summary>The tables a file has; a file that claims to be ours but lacks one is damaged.</summary>
    public static readonly string[] Tables = ["meta", "tokens", "nodes", "relationships", "schema_indexes", "schema_constraints"];


}
